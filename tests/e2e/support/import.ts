// Importing a file the way a user does (the Import button's file chooser), and the spies that
// tell whether an import read a file it should have refused or polluted the page's prototypes.
import type { Page } from 'playwright-core';

export interface FileToImport {
  name: string;
  mimeType: string;
  /** The file's contents, as UTF-8 text or as bytes. */
  text?: string;
  buffer?: Buffer;
}

export const importButton = (page: Page) =>
  page.getByRole('button', { name: 'Import', exact: true });
export const importPreview = (page: Page) =>
  page.getByRole('dialog', { name: 'Import preview', exact: true });

/** Clicks Import and hands the file chooser `file` (failing within `timeout` ms if it can't). */
export async function importFile(page: Page, file: FileToImport, timeout = 5000): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout }),
    importButton(page).click({ timeout }),
  ]);
  const buffer = file.buffer ?? Buffer.from(file.text ?? '', 'utf8');
  await chooser.setFiles({ name: file.name, mimeType: file.mimeType, buffer });
}

/**
 * A place in the file as an import error names it (`forecasts[3].deadline.latest: not a date`):
 * `(root)` or a key path with a `.key` or `[n]` step anywhere, or a single key (`header`,
 * `format`) that begins a line and is followed by a colon.
 */
export const PATH_LIKE =
  /\(root\)|[A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)+|\[\d+\]|^\s*(?!(?:error|warning|note)\b)[A-Za-z_$][\w$-]*:\s/im;

/** The texts of the page's alerts, with the file's name taken out (`x.json` looks like a path). */
export async function alertTexts(page: Page, fileName?: string): Promise<string[]> {
  const texts = await page.getByRole('alert').allInnerTexts();
  return texts.map((text) => (fileName ? text.replaceAll(fileName, '') : text));
}

/** True if anything reached Object.prototype (`({}).polluted`, or any key named polluted). */
export const prototypePolluted = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      (({}) as Record<string, unknown>).polluted !== undefined ||
      Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'),
  );

/** Files at least this big count as "big" for the read spy. */
export const BIG_FILE_BYTES = 10 * 1024 * 1024;

interface SpyWindow {
  __e2eBigReads?: string[];
}

/**
 * An init script recording every read of a big Blob (or of a slice cut from one) through the
 * Blob and FileReader APIs, in `window.__e2eBigReads`: a size cap must refuse such a file
 * before reading any of it.
 */
export function bigFileReadSpy(bigBytes: number): void {
  const spy = window as unknown as SpyWindow;
  const reads: string[] = [];
  spy.__e2eBigReads = reads;
  const cutFromBig = new WeakSet<Blob>();
  const isBig = (blob: unknown) =>
    blob instanceof Blob && (blob.size >= bigBytes || cutFromBig.has(blob));

  const slice = Blob.prototype.slice;
  Blob.prototype.slice = function (this: Blob, ...args: Parameters<Blob['slice']>) {
    const part = slice.apply(this, args);
    if (isBig(this)) cutFromBig.add(part);
    return part;
  };
  const blobProto = Blob.prototype as unknown as Record<string, unknown>;
  for (const name of ['text', 'arrayBuffer', 'bytes', 'stream']) {
    const original = blobProto[name];
    if (typeof original !== 'function') continue;
    blobProto[name] = function (this: Blob, ...args: unknown[]) {
      if (isBig(this)) reads.push(`Blob.${name}`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  const readerProto = FileReader.prototype as unknown as Record<string, unknown>;
  for (const name of ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']) {
    const original = readerProto[name];
    if (typeof original !== 'function') continue;
    readerProto[name] = function (this: FileReader, blob: unknown, ...rest: unknown[]) {
      if (isBig(blob)) reads.push(`FileReader.${name}`);
      return (original as (...a: unknown[]) => unknown).call(this, blob, ...rest);
    };
  }
}

/** The reads `bigFileReadSpy` recorded. */
export const bigFileReads = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as SpyWindow).__e2eBigReads ?? []);
