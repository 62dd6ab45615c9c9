import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { env } from '@/lib/env';

// Scanned pages of replies: checked by their bytes, images cleaned of metadata, stored in a private folder outside
// public/ and served only through the scan route, which checks who is asking (app/(account)/inbox/scans).

export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export const MAX_SCANS = 10;
// A page scanned at 300 dpi is about 2550 x 3300 pixels; this keeps handwriting legible while bounding memory.
const MAX_SCAN_PIXELS = 60_000_000;
const MAX_STORED_SIDE = 3600;
const SCAN_NAME = /^[0-9a-f]{32}\.(webp|pdf)$/;

export type StoredScan = { fileName: string; mimeType: string; bytes: number };
export type CheckedScan = { ok: true; data: Buffer; kind: 'image' | 'pdf' } | { ok: false; error: string };

export function scansFolder(): string {
  return path.join(env.dataDir, 'replies');
}

/** Judged by the bytes only: the file name and the browser's type are whatever the scanner or sender chose. */
export async function checkScan(file: File): Promise<CheckedScan> {
  const label = file.name ? `“${file.name}”` : 'A file';
  if (file.size > MAX_SCAN_BYTES) return { ok: false, error: `${label} is larger than 10 MB.` };
  const data = Buffer.from(await file.arrayBuffer());
  if (isPdf(data)) return { ok: true, data, kind: 'pdf' };
  const meta = await sharp(data, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (meta?.format !== 'jpeg' && meta?.format !== 'png')
    return { ok: false, error: `${label} is not a JPEG, PNG or PDF file.` };
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_SCAN_PIXELS)
    return { ok: false, error: `${label} has too many pixels. Please scan at 300 dpi or less.` };
  return { ok: true, data, kind: 'image' };
}

// A PDF starts with its version line and ends with an end-of-file marker (a truncated upload lacks it).
function isPdf(data: Buffer): boolean {
  return (
    data.subarray(0, 5).toString('latin1') === '%PDF-' &&
    data.subarray(Math.max(0, data.length - 1024)).includes('%%EOF', 0, 'latin1')
  );
}

/** Stores a checked scan: an image upright, re-encoded as WebP without metadata (EXIF, XMP, ICC); a PDF as it is. */
export async function storeScan(scan: Extract<CheckedScan, { ok: true }>): Promise<StoredScan> {
  const output =
    scan.kind === 'pdf'
      ? scan.data
      : await sharp(scan.data, { limitInputPixels: MAX_SCAN_PIXELS })
          .autoOrient()
          .resize({ width: MAX_STORED_SIDE, height: MAX_STORED_SIDE, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 85 })
          .toBuffer();
  const fileName = `${randomBytes(16).toString('hex')}.${scan.kind === 'pdf' ? 'pdf' : 'webp'}`;
  await mkdir(scansFolder(), { recursive: true });
  await writeFile(path.join(scansFolder(), fileName), output, { flag: 'wx' });
  return { fileName, mimeType: scan.kind === 'pdf' ? 'application/pdf' : 'image/webp', bytes: output.length };
}

export async function readScan(fileName: string): Promise<Buffer | null> {
  if (!SCAN_NAME.test(fileName)) return null;
  return readFile(path.join(scansFolder(), fileName)).catch(() => null);
}

export async function deleteScans(fileNames: readonly string[]): Promise<void> {
  await Promise.all(
    fileNames.filter((name) => SCAN_NAME.test(name)).map((name) => rm(path.join(scansFolder(), name), { force: true })),
  );
}
