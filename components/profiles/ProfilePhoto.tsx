import { avatarColor, initials } from '@/lib/comments/avatar';
import { fitWidth, photoUrl, staffPhotoUrl, uploadedPhotoName } from '@/lib/photos/paths';

/** Uploaded photos come resized to the nearest stored width (and twice that for sharp screens); demo portraits are small SVGs. */
function sources(photoPath: string, size: number, urlOf: typeof photoUrl): { src: string; srcSet?: string } {
  const name = uploadedPhotoName(photoPath);
  if (!name) return { src: photoPath };
  return {
    src: urlOf(name, fitWidth(size)),
    srcSet: `${urlOf(name, fitWidth(size))} 1x, ${urlOf(name, fitWidth(size * 2))} 2x`,
  };
}

/**
 * `forStaff`: the console shows photos of profiles not listed (yet or any more), which the public route refuses.
 * `main`: the photo a page is about, at the top of it (often its largest element): fetched at once and first, where
 * photos in lists wait until they are scrolled near.
 */
export function ProfilePhoto({
  name,
  photoPath,
  size,
  forStaff = false,
  main = false,
}: {
  name: string;
  photoPath: string | null;
  size: number;
  forStaff?: boolean;
  main?: boolean;
}) {
  if (photoPath) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- our own route serves photos already resized
      <img
        {...sources(photoPath, size, forStaff ? staffPhotoUrl : photoUrl)}
        alt={`Photo of ${name}`}
        width={size}
        height={size}
        className="shrink-0 rounded-lg bg-brand-50 object-cover"
        style={{ width: size, height: size }}
        loading={main ? 'eager' : 'lazy'}
        fetchPriority={main ? 'high' : undefined}
      />
    );
  }
  return (
    <span
      role="img"
      aria-label={`No photo of ${name}`}
      className="flex shrink-0 items-center justify-center rounded-lg font-serif font-bold text-white"
      style={{ width: size, height: size, backgroundColor: avatarColor(name), fontSize: Math.round(size / 3) }}
    >
      {initials(name)}
    </span>
  );
}
