// mailroom: a volunteer who prints, posts, records returns and enters replies; never sees flagged letter text or users.
export const ROLES = ['penpal', 'mailroom', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['moderator', 'admin'] as const satisfies readonly Role[];

/** Who works the print queue, posting, returns and reply intake. */
export const MAILROOM_ROLES = ['mailroom', 'moderator', 'admin'] as const satisfies readonly Role[];

export function isStaff(role: string): boolean {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
