// Which catalog message names an upload's refusal: the API's rule for a bad file, else its code.

export interface UploadRefusal {
  status: number;
  code?: string;
  rule?: string;
  params?: Record<string, unknown>;
}

const RULES = new Set([
  'tooLarge',
  'fileType',
  'typeMismatch',
  'unreadableImage',
  'empty',
  'alreadyVerified',
]);
const CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'PERIOD_LOCKED']);

/** The i18n key (under `evidence.errors`) and its parameters; sizes are turned into megabytes. */
export function evidenceUploadErrorKey(refusal: UploadRefusal): {
  key: string;
  params: Record<string, unknown>;
} {
  if (refusal.code === 'BAD_USER_INPUT' && refusal.rule && RULES.has(refusal.rule)) {
    const max = refusal.params?.max;
    return {
      key: `evidence.errors.${refusal.rule}`,
      params: typeof max === 'number' ? { maxMb: Math.round(max / 1024 / 1024) } : {},
    };
  }
  if (refusal.status === 413) return { key: 'evidence.errors.tooLarge', params: { maxMb: 10 } };
  if (refusal.code && CODES.has(refusal.code)) return { key: `evidence.errors.${refusal.code}`, params: {} };
  return { key: 'evidence.errors.failed', params: {} };
}
