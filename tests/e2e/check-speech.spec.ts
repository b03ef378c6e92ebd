// 朗读: shown only when the device has a voice for the page's language; reads the question, and on
// the result page the summary. The browser's speech is replaced by a recorder (no sound in tests).
import { test, expect, type Page } from '@playwright/test';
import { openCheck, persona, walkPersona, words } from './helpers/check.ts';

async function fakeSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((initial) => {
    const listeners = new Set<() => void>();
    let list = initial;
    const spoken: { text: string; lang: string }[] = [];
    const synth = {
      getVoices: () => list,
      speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
      addEventListener: (_: string, f: () => void) => listeners.add(f),
      removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        text: string;
        lang = '';
        voice: unknown = null;
        onend: unknown = null;
        onerror: unknown = null;
        constructor(text: string) {
          this.text = text;
        }
      },
      configurable: true,
    });
    Object.assign(window, {
      spoken,
      setVoices: (v: typeof list) => {
        list = v;
        listeners.forEach((f) => f());
      },
    });
  }, voices);
}

const readAloud = (page: Page, locale: 'zh-CN' | 'en' = 'zh-CN') => page.getByRole('button', { name: words(locale)['common:readAloud'], exact: true });

test('no voice for the language: no 朗读 button', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await openCheck(page);
  await expect(readAloud(page)).toHaveCount(0);
});

test('a Chinese voice: 朗读 reads the question and its hint in zh-CN; on the result, the summary', async ({ page }) => {
  await fakeSpeech(page, [{ lang: 'zh-CN', name: '婷婷' }]);
  await openCheck(page);
  await readAloud(page).click();
  const spoken = () => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  const w = words('zh-CN');
  expect((await spoken())[0].lang).toBe('zh-CN');
  expect((await spoken())[0].text).toContain(w['check:q.area']);
  expect((await spoken())[0].text).toContain(w['check:q.area.hint']);

  await walkPersona(page, persona('disability-family'));
  await page.getByRole('button', { name: w['common:readAloud'], exact: true }).click();
  const last = (await spoken()).at(-1)!;
  expect(last.text).toContain('最低生活保障（低保）：可能符合，全家 3 口人每月约 935 元');
  expect(last.text).toContain('特困人员供养：可能不符合');
});

test('voices that arrive later (voiceschanged) make the button appear; English page speaks en-US', async ({ page }) => {
  await fakeSpeech(page, []);
  await openCheck(page, 'en');
  await expect(readAloud(page, 'en')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { setVoices: (v: unknown[]) => void }).setVoices([{ lang: 'en-GB', name: 'Daniel' }]));
  await readAloud(page, 'en').click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken[0].lang).toBe('en-US');
  expect(spoken[0].text).toContain(words('en')['check:q.area']);
});
