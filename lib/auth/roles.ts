export const ROLES = ['penpal', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ['moderator', 'admin'] as const satisfies readonly Role[];

export function isStaff(role: string): boolean {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
