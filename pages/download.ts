/**
 * Offers bytes or text to the reader as a download, without a server: a
 * hidden link to an object URL, clicked once. Used by the checker page (the
 * spreadsheet template) and the feed editor (the feed as JSON, XLSX, ODS).
 */

/** Offers `blob` as a download named `name`. */
export function downloadBlob(blob: Blob, name: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to have read it.
  (doc.defaultView ?? window).setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
