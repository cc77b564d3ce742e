// The report's table from the scorecard query: objectives grouped under their perspective (the API
// already lists them in BSC order), each with its indicators' year-to-date figures.
import type { ReportScorecardPartsFragment } from '../graphql/reportScorecardQuery.generated';
import type { ReportSection } from '../types/ReportRow';

export function reportSectionsOf(
  scorecard: ReportScorecardPartsFragment | null | undefined,
): ReportSection[] {
  const sections: ReportSection[] = [];
  for (const objective of scorecard?.objectives ?? []) {
    let section = sections.find((s) => s.perspective === objective.perspective);
    if (!section) {
      section = { perspective: objective.perspective, objectives: [] };
      sections.push(section);
    }
    section.objectives.push({
      id: objective.id,
      code: objective.code,
      name: objective.name,
      rows: objective.indicators.map((i) => ({
        id: i.id,
        code: i.code,
        name: i.name,
        unit: i.unit,
        target: i.yearToDate.target,
        targetLow: i.yearToDate.targetLow,
        targetHigh: i.yearToDate.targetHigh,
        realisation: i.yearToDate.realisation,
        raw: i.yearToDate.raw,
        capped: i.yearToDate.capped,
        band: i.yearToDate.band,
        predikat: i.yearToDate.predikat,
        analysis: i.analysis ?? null,
      })),
    });
  }
  return sections;
}
