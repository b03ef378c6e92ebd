// Draws the home-screen icons in public/icons/ (committed; run again only to change them):
// `node scripts/make-icons.ts`. The mark is 津 in white on the site's accent colour, rendered by
// Chromium with a CJK font installed on this machine (Noto Sans CJK SC Bold), so the PNGs carry
// the glyph and no font is ever fetched by the site.
//   icon-192.png, icon-512.png    purpose "any": a rounded square
//   maskable-512.png              purpose "maskable": full bleed, the glyph inside the central
//                                 safe zone (a circle of 80% of the width) that launchers keep
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.ts';
import { rootColour } from '../src/lib/css-colours.ts';

const THEME_COLOR = rootColour(readFileSync(new URL('../src/styles/global.css', import.meta.url), 'utf8'), '--accent');

const OUT = new URL('../public/icons/', import.meta.url);

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
];

function html(size: number, maskable: boolean): string {
  // the glyph fills 70% of a plain icon, 46% of a maskable one (well inside its safe circle)
  const glyph = Math.round(size * (maskable ? 0.46 : 0.7));
  const radius = maskable ? 0 : Math.round(size * 0.18);
  return `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:${THEME_COLOR};color:#fff;
display:flex;align-items:center;justify-content:center;font:700 ${glyph}px/1 'Noto Sans CJK SC',sans-serif">津</div></body></html>`;
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, maskable } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(html(size, maskable));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: new URL(file, OUT).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
