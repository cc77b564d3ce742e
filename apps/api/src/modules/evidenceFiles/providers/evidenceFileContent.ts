// Decides what an uploaded file is from its bytes and makes the copy that is stored: images are
// decoded and re-encoded (EXIF orientation applied, metadata such as GPS dropped unless the tenant
// keeps it), PDFs kept as sent.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { badInput } from '../../../errors';
import { EVIDENCE_FILE_MAX_BYTES, isEvidenceMediaType, nameContradicts } from '../lib/evidenceFileRules';

export interface AcceptedEvidenceFile {
  mediaType: string;
  content: Buffer;
  size: number;
  sha256: string;
}

/**
 * The stored form of an upload, or BAD_USER_INPUT on `file`: `empty`, `tooLarge`, `fileType`
 * (not a JPEG, PNG, WebP or PDF by its bytes: SVG, HTML and the rest), `typeMismatch` (the name
 * says another type than the bytes) or `unreadableImage` (an image that does not decode whole).
 * The Content-Type the client sent is never consulted.
 */
export async function acceptEvidenceFile(
  bytes: Buffer,
  name: string,
  options: { keepMetadata: boolean } = { keepMetadata: false },
): Promise<AcceptedEvidenceFile> {
  if (bytes.length === 0) throw badInput('file', 'empty');
  if (bytes.length > EVIDENCE_FILE_MAX_BYTES)
    throw badInput('file', 'tooLarge', { max: EVIDENCE_FILE_MAX_BYTES });
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isEvidenceMediaType(detected.mime))
    throw badInput('file', 'fileType', { detected: detected?.mime ?? null });
  if (nameContradicts(name, detected.mime))
    throw badInput('file', 'typeMismatch', { detected: detected.mime });
  const content =
    detected.mime === 'application/pdf'
      ? bytes
      : await reencodeImage(bytes, detected.mime, options.keepMetadata);
  return {
    mediaType: detected.mime,
    content,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/**
 * Decoding fails on a truncated or corrupt image: `failOn: 'truncated'` (sharp's default is the
 * stricter 'warning', which also refuses photos with harmless decoder warnings; 'none' would
 * store a half-grey picture). Sharp writes no metadata unless asked, so EXIF (GPS, camera
 * serials), XMP and comments are gone from the stored copy.
 */
async function reencodeImage(bytes: Buffer, mediaType: string, keepMetadata: boolean): Promise<Buffer> {
  try {
    const oriented = sharp(bytes, { failOn: 'truncated' }).rotate();
    // A tenant that keeps metadata (its setting) gets the photo's EXIF back, location included.
    const image = keepMetadata ? oriented.keepMetadata() : oriented;
    if (mediaType === 'image/jpeg') return await image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
    if (mediaType === 'image/png') return await image.png().toBuffer();
    return await image.webp({ quality: 90 }).toBuffer();
  } catch {
    throw badInput('file', 'unreadableImage');
  }
}
