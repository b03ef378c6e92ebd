// A page's print read back as its reader gets it: the A4 PDF (page.pdf, the print stylesheets),
// turned into text by pdftotext (-layout), page by page. The PDF goes to pdftotext on standard
// input: nothing is left behind in /tmp. The page is back on screen media afterwards.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

const PDFTOTEXT = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';

/** The print as A4 pages, each its non-empty lines, trimmed. */
export async function printedPages(page: Page): Promise<string[][]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  return text
    .split('\f')
    .map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((p) => p.length > 0);
}

/** Text without its white space: -layout spaces out and wraps lines as the page does. */
export const squash = (s: string) => s.replace(/\s+/g, '');
