/**
 * Saves text as a file through the browser's own download, with nothing sent anywhere. The text
 * may come in pieces, which the file joins: no need to build one string of 10 MB first (a piece
 * may be a Blob, such as a file a worker wrote).
 */
export function downloadText(
  fileName: string,
  mimeType: string,
  text: string | readonly (string | Blob)[],
): void {
  const parts = typeof text === 'string' ? [text] : [...text];
  const url = URL.createObjectURL(new Blob(parts, { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
