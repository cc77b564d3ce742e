// Demo mode: operators enter plausible values and unit heads verify them every few seconds,
// through the same service layer as real users, so a fresh install's wall moves by itself.
import { randomUUID } from 'node:crypto';
import { createContext, type AppServices } from '../../../context';
import { currentPeriod } from '../../../period';
import type { Viewer } from '../../policy/lib/policy';
import { saveMeasurement } from '../../measurements/providers/saveMeasurement';
import { transitionMeasurement } from '../../measurements/providers/measurementTransitions';

async function viewerOf(services: AppServices, username: string): Promise<Viewer | null> {
  const user = await services.prisma.user.findUnique({
    where: { username },
    include: { roles: true },
  });
  if (!user) return null;
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    sessionId: 'simulator',
    grants: user.roles.map((r) => ({ role: r.role, scopeId: r.orgUnitId ?? r.tenantId })),
  };
}

/** One round: an operator reports a month that has a target and no verified value, a head verifies it. */
export async function simulateOnce(
  services: AppServices,
  now: Date = new Date(),
  timeZone = 'Asia/Makassar',
): Promise<boolean> {
  const { year, month } = currentPeriod(timeZone, now);
  const [candidate] = await services.prisma.$queryRaw<
    {
      indicatorId: string;
      month: number;
      target: number;
      polarity: string;
      username: string;
      version: number | null;
    }[]
  >`
    SELECT t."indicatorId", t.month, t.value AS target, i.polarity::text AS polarity, u.username, m.version
    FROM "Target" t
    JOIN "Indicator" i ON i.id = t."indicatorId"
    JOIN "IndicatorOperator" o ON o."indicatorId" = t."indicatorId"
    JOIN "User" u ON u.id = o."userId"
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    WHERE t.year = ${year} AND t.month <= ${month} AND t.value IS NOT NULL
      AND (m.id IS NULL OR m.status IN ('DRAFT', 'REJECTED'))
    ORDER BY random() LIMIT 1`;
  if (!candidate) return false;
  const operator = await viewerOf(services, candidate.username);
  if (!operator) return false;
  const context = (viewer: Viewer) =>
    createContext(services, { viewer, requestId: randomUUID(), ip: null, userAgent: 'demo-simulator' });
  // Most units land near their target; a few fall short, so the wall shows every band.
  const value = Math.round(candidate.target * (0.7 + Math.random() * 0.45) * 100) / 100;
  const short = candidate.polarity === 'MINIMIZE' ? value > candidate.target : value < candidate.target;
  const saved = await saveMeasurement(context(operator), {
    indicatorId: candidate.indicatorId,
    year,
    month: candidate.month,
    value,
    note: 'Diisi otomatis oleh simulator demo',
    // A value short of its target goes up with its written analysis, as an operator's would.
    analysis: short ? simulatedAnalysis(year, candidate.month) : null,
    expectedVersion: candidate.version ?? 0,
  });
  const submitted = await transitionMeasurement(context(operator), 'submit', {
    measurementId: saved.measurement.id,
    expectedVersion: saved.measurement.version,
  });
  const verifier = await viewerOf(services, 'superadmin');
  if (!verifier) return false;
  await transitionMeasurement(context(verifier), 'verify', {
    measurementId: saved.measurement.id,
    expectedVersion: submitted.measurement.version,
  });
  return true;
}

function simulatedAnalysis(year: number, month: number) {
  const due = new Date(Date.UTC(year, month, 28)).toISOString().slice(0, 10);
  return {
    obstacles: 'Data dari puskesmas/UPT belum lengkap pada akhir bulan (simulator demo).',
    supportingFactors: null,
    followUpPlan: 'Pendampingan pelaporan dan verifikasi data lapangan bulan berikutnya.',
    followUpDue: due,
  };
}

export function startDemoSimulator(services: AppServices, intervalMs = 5000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    simulateOnce(services)
      .catch((error: unknown) => services.logger.warn({ err: error }, 'demo simulator round failed'))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
