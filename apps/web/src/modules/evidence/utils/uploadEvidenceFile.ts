// Sends one file to the API's evidence endpoint with the session cookie, as the value's evidence.
import type { UploadRefusal } from './evidenceUploadErrorKey';

/** The value the file supports: a measurement, or a sub-activity's month. */
export type EvidenceUploadTarget = { measurementId: string } | { subActivityId: string; month: number };

export type UploadResult = { ok: true } | { ok: false; refusal: UploadRefusal };

export async function uploadEvidenceFile(target: EvidenceUploadTarget, file: File): Promise<UploadResult> {
  const query = new URLSearchParams(
    'measurementId' in target
      ? { measurementId: target.measurementId }
      : { subActivityId: target.subActivityId, month: String(target.month) },
  );
  let res: Response;
  try {
    res = await fetch(`/files/evidence?${query.toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-file-name': encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    return { ok: false, refusal: { status: 0, code: 'NETWORK' } };
  }
  if (res.ok) return { ok: true };
  const body = (await res.json().catch(() => ({}))) as Omit<UploadRefusal, 'status'>;
  return { ok: false, refusal: { ...body, status: res.status } };
}
