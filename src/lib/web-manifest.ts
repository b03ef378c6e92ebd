// The web app manifest of each locale (/manifest.webmanifest, /en/manifest.webmanifest), which
// with the icons in public/icons/ (scripts/make-icons.ts) and the service worker lets a phone
// add the site to its home screen and open it like an app, offline too. Build time only.
import css from '../styles/global.css?raw';
import { BASE, localePath, type Locale } from '../i18n/index.ts';
import { rootColour } from './css-colours.ts';

/** The browser's bar and the splash screen: the site's accent colour and its page background. */
export const THEME_COLOR = rootColour(css, '--accent');
export const BACKGROUND_COLOR = rootColour(css, '--bg');

export const manifestPath = (locale: Locale) => localePath(locale, '/manifest.webmanifest');

export function webManifest(locale: Locale): Record<string, unknown> {
  const common = BASE[locale].common;
  const start = localePath(locale, '/');
  return {
    // one app per locale: each opens on its own start page
    id: start,
    name: common['site.name'],
    short_name: common['site.name'],
    description: common['site.tagline'],
    lang: locale,
    dir: 'ltr',
    start_url: start,
    // the whole site, so the language switch stays inside the app
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/** The endpoint's response (src/pages/manifest.webmanifest.ts and its /en/ twin). */
export const manifestResponse = (locale: Locale): Response =>
  new Response(JSON.stringify(webManifest(locale), null, 2), { headers: { 'content-type': 'application/manifest+json' } });
