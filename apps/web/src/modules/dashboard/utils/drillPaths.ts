// Where each level of the drill-down lives: scopes (tenant or unit), officials and indicators
// by their global ids.
export const drillPaths = {
  scope: (id: string) => `/dashboard/${encodeURIComponent(id)}`,
  official: (id: string) => `/official/${encodeURIComponent(id)}`,
  indicator: (id: string) => `/indicator/${encodeURIComponent(id)}`,
};
