// Where an audit entry can be opened: the indicator it concerns or the scope's dashboard.
export interface AuditLink {
  kind: 'indicator' | 'scope';
  path: string;
}
