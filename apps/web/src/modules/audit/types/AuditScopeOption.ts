// A scope whose audit trail the viewer may read (one of their role scopes), for the scope select.
export interface AuditScopeOption {
  id: string;
  name: string;
  kind: 'Tenant' | 'OrgUnit';
}
