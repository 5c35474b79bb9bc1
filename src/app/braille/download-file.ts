/**
 * Offers `content` as a file download by clicking a temporary link to a blob URL, which works
 * offline and leaves nothing behind in the page.
 */
export function downloadFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser may read the blob after click() returns, so the URL is revoked later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Returns a file name part made of letters, digits and hyphens, such as "12-PPID-DINKES-PI-2026". */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'braille';
}

/**
 * Returns translated text as a lower-case file name part of ASCII letters, digits and hyphens,
 * with accents dropped, so "Formulir Keberatan" becomes "formulir-keberatan".
 */
export function fileNameSlug(text: string): string {
  return fileNamePart(text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}
