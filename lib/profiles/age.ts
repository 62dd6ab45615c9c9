/** Whole years between `birthDate` and `now`, in UTC. */
export function ageOn(birthDate: Date, now: Date): number {
  const age = now.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birthDate.getUTCMonth() ||
    (now.getUTCMonth() === birthDate.getUTCMonth() && now.getUTCDate() < birthDate.getUTCDate());
  return beforeBirthday ? age - 1 : age;
}

export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / (24 * 60 * 60 * 1000)));
}

/** "verified today", "verified 1 day ago", "verified 12 days ago". */
export function verifiedAgo(verifiedAt: Date | null, now: Date): string {
  if (!verifiedAt) return 'not yet verified';
  const days = daysBetween(verifiedAt, now);
  return days === 0 ? 'verified today' : `verified ${days} ${days === 1 ? 'day' : 'days'} ago`;
}
