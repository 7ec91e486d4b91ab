import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Waits for a print view to say it is ready, then has Chromium make the PDF. */
export async function printToPdf(page: Page, path: string): Promise<void> {
  await page.locator('html[data-print-ready="true"]').waitFor();
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
}

/** Text of each page, via poppler's pdftotext (form feed separates pages). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

/** PNGs of the first and last pages, for a person to look at. */
export function renderPages(path: string, outDir: string, pages: number): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(outDir, 'page')]);
  if (pages > 1) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pages), '-l', String(pages), path, join(outDir, 'page')]);
}
