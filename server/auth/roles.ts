/**
 * Who may do what, each role including the ones before it: readers are signed in but write
 * nothing (FORBIDDEN), editors write facts, admins also manage API tokens. Reading needs no role.
 */
export const ROLES = ['reader', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** True when `value` names a role. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when a user of role `held` may do what needs `needed`: admin includes editor, editor reader. */
export function isRoleSufficient(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}
