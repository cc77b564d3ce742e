// A program's pagu murni and, when any of its sub-kegiatan was revised (APBD-P), its pagu perubahan
// (revised lines at their new pagu, the others at pagu murni) and the latest revision date.
export interface ProgramCeilings {
  murni: string;
  perubahan: string | null;
  berlaku: string | null;
}

type Line = { paguMurni: string; paguPerubahan?: string | null; paguPerubahanBerlaku?: string | null };

export function programCeilingsOf(program: {
  activities: readonly { subActivities: readonly Line[] }[];
}): ProgramCeilings {
  const lines = program.activities.flatMap((a) => a.subActivities);
  const murni = lines.reduce((sum, l) => sum + BigInt(l.paguMurni), 0n);
  const revised = lines.filter((l) => l.paguPerubahan != null);
  if (revised.length === 0) return { murni: murni.toString(), perubahan: null, berlaku: null };
  const perubahan = lines.reduce((sum, l) => sum + BigInt(l.paguPerubahan ?? l.paguMurni), 0n);
  const berlaku =
    revised
      .map((l) => l.paguPerubahanBerlaku ?? '')
      .sort()
      .at(-1) || null;
  return { murni: murni.toString(), perubahan: perubahan.toString(), berlaku };
}
