import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join('docs', 'screenshots');

/**
 * Saves a README picture of our UI as docs/screenshots/<name>.png when the files that draw it changed (or
 * E2E_REFRESH_SCREENSHOTS is set). docs/screenshots/<name>.sources keeps their SHA-256, so a run that only shows other
 * times and ids leaves the committed picture alone, and CI fails when a change to them comes without a new picture.
 * options go to page.screenshot (e.g. a clip). Returns whether the picture was taken.
 */
export async function readmeScreenshot(page, name, sourceFiles, options = {}) {
  const hash = createHash('sha256');
  for (const file of sourceFiles) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  const stamp = `sha256 ${hash.digest('hex')} of ${sourceFiles.join(' ')}\n`;
  const png = join(DIR, `${name}.png`);
  const stampFile = join(DIR, `${name}.sources`);
  const current = existsSync(png) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
  if (current && !process.env.E2E_REFRESH_SCREENSHOTS) {
    return false;
  }
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ ...options, path: png });
  writeFileSync(stampFile, stamp);
  return true;
}
