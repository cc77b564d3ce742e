// Internal models behind the settings module's GraphQL types (used by codegen).
export type { StoredSettings as TenantSettingsMapper } from './lib/scoringSettings';
