// Export of the household file (contract §2). Apart from the import so that saving a file does
// not load the schema that opening one needs.
import type { HouseholdInput } from '../rules/index.ts';

/**
 * Every file written is v2 (contract §2): a v1 file opened is saved back as v2, without v1's
 * `singlePersonCoverage`, which a v2 file may not carry (§8: 单人保 is found in the family).
 */
export function writeHouseholdFile(h: HouseholdInput): string {
  // schemaVersion first, as a reader expects it; every other field in the household's own order
  const file = { schemaVersion: 2, ...h };
  file.schemaVersion = 2;
  if (file.household) {
    const { singlePersonCoverage: _, ...household } = file.household;
    file.household = household;
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

// The file's blob URL lives until the next save, 清除 / 新来电 (forgetSavedFile), or a minute.
// Revoking it at once, or after a second, can cancel the download on a slow phone or a busy
// machine: the browser then saves a file named "download", or nothing.
const KEEP_MS = 60_000;
let saved: { url: string; timer: ReturnType<typeof setTimeout> } | null = null;

/** Offers `h` as a download named `name`, through a blob URL (nothing leaves the device). */
export function saveHouseholdFile(h: HouseholdInput, name: string): void {
  saveBlob(new Blob([writeHouseholdFile(h)], { type: 'application/json' }), name);
}

/** Offers any file made in the browser (the caseload's CSV) as a download, the same way. */
export function saveBlob(blob: Blob, name: string): void {
  forgetSavedFile();
  const url = URL.createObjectURL(blob);
  saved = { url, timer: setTimeout(forgetSavedFile, KEEP_MS) };
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Frees the last saved file's copy in memory. */
export function forgetSavedFile(): void {
  if (!saved) return;
  clearTimeout(saved.timer);
  URL.revokeObjectURL(saved.url);
  saved = null;
}
