// The service worker, /sw.js: the whole built site in the browser's Cache Storage, so that every
// page, the questionnaire, the hotline and the caseload work with the network off.
//
// scripts/service-worker.ts builds it after `astro build`: it compiles it and puts the two
// constants below in front, VERSION (a hash of every file's path and contents) and PRECACHE (the
// URL of every file of the build). Any change to any file changes VERSION, so the browser sees a
// new sw.js; the new worker caches the new build beside the old one and waits until the page's
// 刷新 button (src/lib/offline.ts) tells it to take over.
//
// It caches the site's own files and nothing else: it never stores a request the page makes
// (nothing is ever POSTed; a URL with a query string is not in the list), so no answer can end
// up in the cache.
//
// Written against the DOM library (the project has one tsconfig): the few service-worker
// types it uses are declared here.

declare const VERSION: string;
declare const PRECACHE: string[];

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
}
const worker = self as unknown as WorkerScope;

const PREFIX = 'jinzhucha-';
const CACHE = `${PREFIX}${VERSION}`;
const LISTED = new Set(PRECACHE);

worker.addEventListener('install', (event) => {
  // 'reload': past the HTTP cache, so a new version never caches an older file
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))))
      // the page that installed it works offline from now on, without a reload
      .then(() => worker.clients.claim()),
  );
});

// The page's 刷新: the new version takes over now (the page reloads on controllerchange).
worker.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin || url.search !== '') return;
  // '/check' goes to '/check/', as a static host redirects it
  if (!LISTED.has(url.pathname)) {
    if (LISTED.has(`${url.pathname}/`)) event.respondWith(Promise.resolve(Response.redirect(`${url.pathname}/`, 301)));
    return;
  }
  // the cached file, or the network if the browser has dropped the cache
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.pathname))
      .then((cached) => cached ?? fetch(request)),
  );
});
