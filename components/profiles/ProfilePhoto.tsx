import { avatarColor, initials } from '@/lib/comments/avatar';
import { PHOTO_WIDTHS, photoUrl } from '@/lib/photos/photo';

const UPLOADED = '/photos/';

/** Uploaded photos come resized to the nearest stored width (and twice that for sharp screens); demo portraits are small SVGs. */
function sources(photoPath: string, size: number): { src: string; srcSet?: string } {
  if (!photoPath.startsWith(UPLOADED)) return { src: photoPath };
  const name = photoPath.slice(UPLOADED.length);
  const fit = (px: number) => PHOTO_WIDTHS.find((width) => width >= px) ?? 1200;
  return { src: photoUrl(name, fit(size)), srcSet: `${photoUrl(name, fit(size))} 1x, ${photoUrl(name, fit(size * 2))} 2x` };
}

export function ProfilePhoto({ name, photoPath, size }: { name: string; photoPath: string | null; size: number }) {
  if (photoPath) {
    // eslint-disable-next-line @next/next/no-img-element -- our own route serves photos already resized
    return <img {...sources(photoPath, size)} alt={`Photo of ${name}`} width={size} height={size} className="shrink-0 rounded-lg bg-brand-50 object-cover" style={{ width: size, height: size }} loading="lazy" />;
  }
  return (
    <span
      role="img"
      aria-label={`No photo of ${name}`}
      className="flex shrink-0 items-center justify-center rounded-lg font-serif font-bold text-white"
      style={{ width: size, height: size, backgroundColor: avatarColor(name), fontSize: size / 3 }}
    >
      {initials(name)}
    </span>
  );
}
