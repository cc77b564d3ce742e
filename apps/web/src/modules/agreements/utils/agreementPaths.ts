// Where the PK pages live: the printable PK of an official and year, and the admin list.
export const agreementPaths = {
  print: (officialId: string, year: number) => `/agreement/${encodeURIComponent(officialId)}/${year}`,
  unsigned: '/admin/agreements',
};
