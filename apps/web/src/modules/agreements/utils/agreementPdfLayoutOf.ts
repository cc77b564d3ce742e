// What the PK's printable page and PDF show, in the customary layout: kop, title, the two
// parties, sasaran – indikator – target, program – anggaran, the A3 text and the signatures with
// their dates; an unsigned PK carries a DRAFT watermark.
import { formatDateTime } from '../../format/formatDate';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { formatRupiah } from '../../format/formatRupiah';
import type { AgreementPdfLayout } from '../types/AgreementPdfLayout';
import type { AgreementVersionData } from '../types/AgreementVersionData';
import { agreementTargetText } from './agreementTargetText';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function agreementPdfLayoutOf(
  version: AgreementVersionData,
  year: number,
  t: Translate,
  options: { generatedAt: Date; locale?: string; timeZone?: string },
): AgreementPdfLayout {
  const { locale = 'id-ID', timeZone = DEFAULT_TIME_ZONE } = options;
  const nip = (value: string | null | undefined) => (value ? t('agreements.print.nip', { nip: value }) : '');
  const parties = [
    { label: t('agreements.print.firstParty'), party: version.firstParty },
    { label: t('agreements.print.secondParty'), party: version.secondParty },
  ];
  let objective = '';
  const targets = version.targets.map((row, i) => {
    const sasaran = row.objectiveCode === objective ? '' : `${row.objectiveCode} ${row.objectiveName}`;
    objective = row.objectiveCode;
    return [String(i + 1), sasaran, row.name, agreementTargetText(row, locale)];
  });
  const total = version.budget.reduce((sum, line) => sum + BigInt(line.pagu), 0n);
  const signedBy = new Map(version.signatures.map((s) => [s.party, s]));
  const signed = version.status === 'SIGNED' || version.status === 'SUPERSEDED';
  return {
    kop: [version.tenantName.toUpperCase(), version.unitName],
    title:
      version.version > 1
        ? t('agreements.print.titleAmended', { year })
        : t('agreements.print.title', { year }),
    subtitle:
      version.version > 1
        ? [
            t('agreements.print.version', { version: version.version }),
            t('agreements.print.reason', { reason: version.reason ?? '' }),
          ]
        : [],
    parties: parties.map(({ label, party }) => ({
      label,
      name: party.name,
      nip: nip(party.nip),
      position: party.position,
    })),
    preamble: t('agreements.print.preamble', { year }),
    targetsTitle: t('agreements.print.targetsTitle'),
    targetsHead: [
      t('agreements.print.no'),
      t('agreements.print.objective'),
      t('agreements.print.indicator'),
      t('agreements.print.target'),
    ],
    targets,
    budgetTitle: t('agreements.print.budgetTitle'),
    budgetHead: [t('agreements.print.no'), t('agreements.print.program'), t('agreements.print.budget')],
    budget: version.budget.map((line, i) => [
      String(i + 1),
      `${line.code} ${line.name}`,
      formatRupiah(line.pagu, locale),
    ]),
    budgetTotal: ['', t('agreements.print.total'), formatRupiah(total.toString(), locale)],
    a3Title: t('agreements.print.a3Title'),
    a3: [
      { label: t('agreements.a3.attitude'), text: version.attitude },
      { label: t('agreements.a3.attention'), text: version.attention },
      { label: t('agreements.a3.action'), text: version.action },
    ],
    signatures: (['SECOND', 'FIRST'] as const).map((party) => {
      const block = party === 'FIRST' ? parties[0]! : parties[1]!;
      const signature = signedBy.get(party);
      return {
        label: block.label,
        position: block.party.position,
        name: block.party.name,
        nip: nip(block.party.nip),
        signed: signature
          ? t('agreements.print.signedAt', { when: formatDateTime(signature.signedAt, { locale, timeZone }) })
          : t('agreements.print.unsigned'),
        isSigned: Boolean(signature),
      };
    }),
    watermark: signed ? null : t('agreements.print.watermark'),
    hashLine: t('agreements.print.hash', { hash: version.contentHash }),
    generatedAt: t('agreements.print.generatedAt', {
      when: formatDateTime(options.generatedAt.toISOString(), { locale, timeZone }),
    }),
    pageLabel: t('agreements.print.pageLabel', { page: '{page}', pages: '{pages}' }),
    fileName: `PK-${year}-v${version.version}-${version.firstParty.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`,
  };
}
