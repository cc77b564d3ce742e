// A chosen file's bytes as base64 (what the import mutation carries) and its format by extension.
export type SheetFormat = 'XLSX' | 'CSV';

/** 1.5 MB: the API's limit for an imported file. */
export const MAX_IMPORT_BYTES = 1_500_000;

export function formatOf(fileName: string): SheetFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return 'XLSX';
  if (name.endsWith('.csv')) return 'CSV';
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
