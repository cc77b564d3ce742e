// The written analysis an operator gives with a value short of its target (LKjIP Bab III), as the
// entry form and the API take it.
import type { Locator } from '@playwright/test';

export const ANALYSIS = {
  obstacles: 'Laporan tiga puskesmas terlambat masuk.',
  supportingFactors: null,
  followUpPlan: 'Pendampingan pelaporan oleh bidang P2P setiap pekan.',
  // The end of next year: never before the period being reported.
  followUpDue: `${new Date().getFullYear() + 1}-12-31`,
};

/** Fills the entry form's analysis fields (open by themselves when the value misses its target). */
export async function fillAnalysis(form: Locator): Promise<void> {
  await form.getByLabel('Faktor penghambat').fill(ANALYSIS.obstacles);
  await form.getByLabel('Rencana tindak lanjut').fill(ANALYSIS.followUpPlan);
  await form.getByLabel('Target waktu tindak lanjut').fill(ANALYSIS.followUpDue);
}

/** A value well short of its target whichever way the indicator counts (red: 40 % of it). */
export function redValueFor(task: { target: number; polarity: string }): number {
  const value = task.polarity === 'MINIMIZE' ? task.target * 2.5 : task.target * 0.4;
  return Math.round(value * 100) / 100;
}
