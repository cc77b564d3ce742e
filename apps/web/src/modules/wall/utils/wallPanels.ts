// The wall's panels, in default playlist order (the ids the API's wall devices use too).
export const wallPanels = [
  'nko',
  'ranking',
  'budget',
  'atRisk',
  'reporting',
  'regencies',
  'activity',
] as const;
