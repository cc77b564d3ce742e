// What an evidence file may be and how it is named and served: pure rules shared by upload and download.

/** 10 MB (MiB, as express and the error's `max` count it) per file. */
export const EVIDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The media types accepted, each with the file-name extensions that may carry it. */
export const EVIDENCE_MEDIA_TYPES: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

export function isEvidenceMediaType(mediaType: string): boolean {
  return Object.hasOwn(EVIDENCE_MEDIA_TYPES, mediaType);
}

/** The name's extension, lower-cased; null when it has none. */
export function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return null;
  return name.slice(dot + 1).toLowerCase();
}

/**
 * A name whose extension says another type than the bytes (a PNG named `.pdf`, an SVG named
 * `.png`) is refused: the bytes decide the type, and a contradiction means the file is not what
 * the uploader thinks it is. A name without an extension is taken as the bytes say.
 */
export function nameContradicts(name: string, mediaType: string): boolean {
  const extension = extensionOf(name);
  if (extension === null) return false;
  return !(EVIDENCE_MEDIA_TYPES[mediaType] ?? []).includes(extension);
}

const MAX_NAME_LENGTH = 200;

/**
 * The uploader's file name as stored and sent back: the last path segment, without control or
 * bidirectional-override characters, quotes or separators, trimmed and at most 200 characters
 * (the extension kept). Never empty.
 */
export function sanitiseFileName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = [...lastSegment]
    .filter((c) => !isRefusedCharacter(c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return 'berkas';
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const extension = extensionOf(cleaned);
  const tail = extension && extension.length < 10 ? `.${extension}` : '';
  return cleaned.slice(0, MAX_NAME_LENGTH - tail.length) + tail;
}

/** Control characters, the bidirectional marks, overrides and isolates, and characters Windows refuses. */
function isRefusedCharacter(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    '"<>|:*?'.includes(c)
  );
}

/** Images and PDFs open in the browser; anything else (should one ever be stored) downloads. */
export function dispositionFor(mediaType: string): 'inline' | 'attachment' {
  return mediaType.startsWith('image/') || mediaType === 'application/pdf' ? 'inline' : 'attachment';
}

/** A Content-Disposition value with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(mediaType: string, name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${dispositionFor(mediaType)}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
