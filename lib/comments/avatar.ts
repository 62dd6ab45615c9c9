// Initials avatars: computed locally, so no request ever leaves for a third-party avatar service.

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? '') : '';
  return (first + last).toUpperCase();
}

// Background colours that all keep white text above 4.5:1 contrast.
const PALETTE = ['#0f4c5c', '#5f0f40', '#1b4332', '#7c2d12', '#3730a3', '#831843', '#374151', '#155e75'];

export function avatarColor(name: string): string {
  let hash = 0;
  for (const char of name.trim().toLowerCase()) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
