// Hands a built file to the browser as a download, through a temporary object URL.
// Revoking the URL at once can cancel the download in some browsers (Safari, older Firefox), so it
// is freed a minute later, as FileSaver.js does.
const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
