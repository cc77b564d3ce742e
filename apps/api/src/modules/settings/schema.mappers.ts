// Internal models behind the settings module's GraphQL types (used by codegen).
export type { TenantSettings as TenantSettingsMapper } from '@ekinerja/db';
