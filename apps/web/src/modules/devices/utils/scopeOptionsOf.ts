// What a device may show: the whole tenant, or one of its OPDs (the tenant first).
export interface DeviceScopeOption {
  id: string;
  name: string;
  kind: 'tenant' | 'opd';
}

export function scopeOptionsOf(tenant: {
  id: string;
  name: string;
  opds: readonly { id: string; name: string }[];
}): DeviceScopeOption[] {
  return [
    { id: tenant.id, name: tenant.name, kind: 'tenant' },
    ...tenant.opds.map((opd) => ({ id: opd.id, name: opd.name, kind: 'opd' as const })),
  ];
}
