/**
 * Hands text to the browser as a downloaded file (the teacher's own export: .github/CONTRIBUTING.md rule 4, nothing is
 * sent anywhere). The object URL is revoked once the download has had time to start; revoking it in the
 * same task can cancel the download in some browsers.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
