import { avatarColor, initials } from '@/lib/comments/avatar';

export function ProfilePhoto({ name, photoPath, size }: { name: string; photoPath: string | null; size: number }) {
  if (photoPath) {
    // eslint-disable-next-line @next/next/no-img-element -- portraits are small local files served as they are
    return <img src={photoPath} alt={`Photo of ${name}`} width={size} height={size} className="shrink-0 rounded-lg bg-brand-50 object-cover" loading="lazy" />;
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
