// How uploaded photos are named in the database and in URLs. No server code here: the forms' previews use it too.

export const PHOTO_WIDTHS = [160, 320, 640, 1200] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];

const PREFIX = '/photos/';

/** The smallest stored width that covers `px`, so only four variants of a photo ever exist. */
export function fitWidth(px: number): PhotoWidth {
  return PHOTO_WIDTHS.find((width) => width >= px) ?? PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]!;
}

/** What a profile stores for an uploaded photo (demo portraits store their own public path instead). */
export function storedPhotoPath(name: string): string {
  return `${PREFIX}${name}`;
}

/** The upload's file name behind a stored photo path, or null for anything else (such as a demo portrait). */
export function uploadedPhotoName(photoPath: string | null): string | null {
  return photoPath?.startsWith(PREFIX) ? photoPath.slice(PREFIX.length) : null;
}

export function photoUrl(name: string, width: PhotoWidth): string {
  return `${PREFIX}${name}?w=${width}`;
}

/** Any upload, listed or not, for the moderation console (staff only). */
export function staffPhotoUrl(name: string, width: PhotoWidth): string {
  return `/admin${PREFIX}${name}?w=${width}`;
}

/** The submitter's preview of an upload not yet approved: the URL carries the upload's signed claim. */
export function uploadPreviewUrl(claim: string, width: PhotoWidth): string {
  return `${PREFIX}preview/${claim}?w=${width}`;
}

/** The photo on file for a submission reopened for changes, seen through its private correction link. */
export function correctionPhotoUrl(token: string, width: PhotoWidth): string {
  return `/profiles/submit/${token}/photo?w=${width}`;
}
