// The roles an administrator can give (the API's enum Role), most powerful first.
export const USER_ROLES = [
  'SUPER_ADMIN',
  'TENANT_ADMIN',
  'LEADER',
  'UNIT_HEAD',
  'OPERATOR',
  'VIEWER',
] as const;

export type UserRole = (typeof USER_ROLES)[number];
