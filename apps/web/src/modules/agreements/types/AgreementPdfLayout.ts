// Everything the PK's printable page and PDF show, already translated and formatted: the page
// and the PDF builder only lay it out.
export interface AgreementPartyBlock {
  /** `PIHAK PERTAMA` / `PIHAK KEDUA`. */
  label: string;
  name: string;
  /** `NIP 19700101 199503 1 001`, or empty for a region head who is not an ASN. */
  nip: string;
  position: string;
}

export interface AgreementSignatureBlock {
  label: string;
  position: string;
  name: string;
  nip: string;
  /** `Ditandatangani 20 Jan 2026 10.00 WITA`, or the unsigned text. */
  signed: string;
  isSigned: boolean;
}

export interface AgreementPdfLayout {
  /** The kop: the tenant's name in capitals, then the unit. */
  kop: string[];
  /** `PERJANJIAN KINERJA TAHUN 2026` (with `PERUBAHAN` for a later version). */
  title: string;
  /** The version line and, for a PK Perubahan, its reason. */
  subtitle: string[];
  parties: AgreementPartyBlock[];
  preamble: string;
  targetsTitle: string;
  targetsHead: string[];
  /** Rows: no, sasaran, indikator, target. */
  targets: string[][];
  budgetTitle: string;
  budgetHead: string[];
  /** Rows: no, program/kegiatan, anggaran. */
  budget: string[][];
  budgetTotal: string[];
  a3Title: string;
  a3: { label: string; text: string }[];
  signatures: AgreementSignatureBlock[];
  /** `DRAFT` across every page of an unsigned PK; null once both parties signed. */
  watermark: string | null;
  /** `SHA-256: …` of the content the parties signed. */
  hashLine: string;
  generatedAt: string;
  pageLabel: string;
  /** File name without extension. */
  fileName: string;
}
