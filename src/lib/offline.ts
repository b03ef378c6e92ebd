// The page's side of working offline, for the interactive pages' islands (questionnaire, hotline,
// caseload; content pages ship no JavaScript, and once installed the worker serves them too).
// Registers /sw.js (src/offline/sw.ts, built by scripts/service-worker.ts), whose install caches
// the whole site, and says when a newer version of the site has been installed and waits.

/**
 * Registers the service worker once the page has loaded (its install downloads the whole site:
 * not while the page itself is loading) and calls `onUpdate` when a new version waits. The
 * function `onUpdate` gets switches to it and reloads the page; the questionnaire's answers are
 * in sessionStorage and survive the reload. A browser without service workers, or one that
 * refuses them, simply has no offline copy.
 */
export function watchForUpdate(onUpdate: (reload: () => void) => void): void {
  const sw = navigator.serviceWorker;
  if (!import.meta.env.PROD || !sw) return;
  const start = () =>
    sw.register('/sw.js').then((reg) => {
      // only an update waits behind a controller; the first install takes over at once
      const check = () =>
        reg.waiting &&
        sw.controller &&
        onUpdate(() => {
          // another tab may have switched already: then a reload is all it takes
          if (!reg.waiting) return location.reload();
          sw.addEventListener('controllerchange', () => location.reload());
          reg.waiting.postMessage('skipWaiting');
        });
      // a new version may be installing already, or start to later
      const follow = () => reg.installing?.addEventListener('statechange', check);
      check();
      follow();
      reg.addEventListener('updatefound', follow);
    }, () => {});
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
