import 'server-only';
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { env } from '@/lib/env';
import { fitWidth, PHOTO_WIDTHS, type PhotoWidth } from './paths';

// The one place uploaded photos are checked, cleaned and stored.

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
// Bounds the memory a small, highly compressed file can claim once decoded.
const MAX_PHOTO_PIXELS = 40_000_000;
const MAX_STORED_SIDE = 1600;
const WEBP_QUALITY = 82;
const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp'];

export const PHOTO_NAME = /^[0-9a-f]{32}\.webp$/;

export type StorePhotoResult = { ok: true; name: string } | { ok: false; error: string };

export async function storePhoto(file: File): Promise<StorePhotoResult> {
  if (file.size === 0) return { ok: false, error: 'Please choose a photo.' };
  if (file.size > MAX_PHOTO_BYTES)
    return { ok: false, error: 'The photo is larger than 5 MB. Please choose a smaller one.' };
  const input = Buffer.from(await file.arrayBuffer());
  const problem = await checkContent(input);
  if (problem) return { ok: false, error: problem };

  let output: Buffer;
  try {
    output = await cleanPhoto(input);
  } catch {
    return { ok: false, error: 'The photo could not be read. Please try a different one.' };
  }
  const name = `${randomBytes(16).toString('hex')}.webp`;
  await mkdir(env.uploadsDir, { recursive: true });
  await writeFile(path.join(env.uploadsDir, name), output, { flag: 'wx' });
  return { ok: true, name };
}

// Judged by the bytes only: the file name and the browser's type are whatever the sender chose.
async function checkContent(input: Buffer): Promise<string | null> {
  // Only the header is read here, so no pixel limit is needed yet.
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta?.format || !ACCEPTED_FORMATS.includes(meta.format)) return 'The photo must be a JPEG, PNG or WebP image.';
  if ((meta.width ?? 0) * (meta.height ?? 0) > MAX_PHOTO_PIXELS)
    return 'The photo has too many pixels. Please choose a smaller one.';
  return null;
}

// Upright, at most 1600px a side, WebP, and without metadata: sharp drops EXIF (GPS included), XMP and ICC
// unless asked to keep them, and nothing here asks.
function cleanPhoto(input: Buffer): Promise<Buffer> {
  return sharp(input, { limitInputPixels: MAX_PHOTO_PIXELS })
    .autoOrient()
    .resize({ width: MAX_STORED_SIDE, height: MAX_STORED_SIDE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer();
}

export async function photoExists(name: string): Promise<boolean> {
  if (!PHOTO_NAME.test(name)) return false;
  return access(originalPath(name)).then(
    () => true,
    () => false,
  );
}

export async function deletePhoto(name: string): Promise<void> {
  if (!PHOTO_NAME.test(name)) return;
  const files = [originalPath(name), ...PHOTO_WIDTHS.map((width) => sizedPath(name, width))];
  await Promise.all(files.map((file) => rm(file, { force: true })));
}

export async function resizedPhoto(name: string, width: number): Promise<Buffer | null> {
  if (!PHOTO_NAME.test(name)) return null;
  const snapped = fitWidth(width);
  const cached = await readIfExists(sizedPath(name, snapped));
  if (cached) return cached;

  const original = await readIfExists(originalPath(name));
  if (!original) return null;
  const resized = await sharp(original)
    .resize({ width: snapped, withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer();
  await writeAtomically(sizedPath(name, snapped), resized);
  return resized;
}

export function originalPath(name: string): string {
  return path.join(env.uploadsDir, name);
}

/** Where the sizes of every photo at one width are kept. */
export function sizedFolder(width: PhotoWidth): string {
  return path.join(env.uploadsDir, 'sized', String(width));
}

function sizedPath(name: string, width: PhotoWidth): string {
  return path.join(sizedFolder(width), name);
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

// Two requests may make the same variant at once; a rename means neither ever reads a half-written file.
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}
