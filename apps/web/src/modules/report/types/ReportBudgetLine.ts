// A sub-kegiatan as the quarterly report shows it: its pagu murni, the APBD-P revision, and at the
// quarter's end the pagu in force with the realised spend and serapan.
export interface ReportBudgetLine {
  code: string;
  name: string;
  paguMurni: string;
  paguPerubahan: string | null;
  paguPerubahanBerlaku: string | null;
  budget: { pagu: string; realisedSpend: string; absorption?: number | null } | null;
}
