// Bytes as base64 text, as jsPDF takes a font file.

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with ~700k arguments would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
