/**
 * Returns `name`, or `name (2)`, `name (3)`… before its extension, whichever no attachment in
 * `existingNames` has yet. Names are compared without regard to case, because the PPID officer may
 * save the files on a disk that ignores case. Converting makes clashes likely: foto.jpg and
 * foto.webp both become foto.jpg.
 */
export function uniqueAttachmentName(name: string, existingNames: readonly string[]): string {
  const used = new Set(existingNames.map((existing) => existing.toLocaleLowerCase()));
  if (!used.has(name.toLocaleLowerCase())) return name;

  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let number = 2; ; number += 1) {
    const candidate = `${stem} (${number})${extension}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
