import type { BrailleDocument } from './document.ts';

export interface PefMetadata {
  /** A unique identifier for the document, such as the receipt number or a UUID URN. */
  identifier: string;
  /** BCP 47 tag of the print text's language, such as "id". */
  language: string;
  /** The document's date as YYYY-MM-DD. */
  date: string;
}

// XML Schema's `language` type, which the PEF schema uses for dc:language.
const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Characters XML 1.0 does not allow anywhere in a document, not even escaped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const escapeXml = (text: string) =>
  text
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string);

/**
 * Returns the document as PEF 2008-1 (Portable Embosser Format, DAISY): one volume with one
 * section, a page element per braille page and a row per line, in Unicode braille.
 *
 * Throws a RangeError instead of writing an invalid file. The metadata needs a non-empty
 * identifier, a language tag and a YYYY-MM-DD calendar date. The document needs a page, and
 * every page must keep to the schema's Schematron rules: no more rows than the volume's `rows`
 * and no row longer than its `cols`. `xmllint --relaxng` (libxml2 2.9.14) ignores those rules
 * and passes such files, so they are checked here. A character that XML 1.0 forbids in the
 * title or identifier becomes U+FFFD.
 */
export function toPef(document: BrailleDocument, metadata: PefMetadata): string {
  checkMetadata(metadata);
  checkPages(document);
  const pages = document.pages
    .map((page) => `      <page>\n${page.lines.map((line) => `        <row>${line}</row>\n`).join('')}      </page>\n`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<pef version="2008-1" xmlns="http://www.daisy.org/ns/2008/pef">\n' +
    '  <head>\n' +
    '    <meta xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    `      <dc:title>${escapeXml(document.title)}</dc:title>\n` +
    `      <dc:identifier>${escapeXml(metadata.identifier)}</dc:identifier>\n` +
    '      <dc:format>application/x-pef+xml</dc:format>\n' +
    `      <dc:language>${metadata.language}</dc:language>\n` +
    `      <dc:date>${metadata.date}</dc:date>\n` +
    '    </meta>\n' +
    '  </head>\n' +
    '  <body>\n' +
    `    <volume cols="${document.size.cells}" rows="${document.size.lines}" rowgap="0" duplex="false">\n` +
    '    <section>\n' +
    pages +
    '    </section>\n' +
    '    </volume>\n' +
    '  </body>\n' +
    '</pef>\n'
  );
}

function checkMetadata({ identifier, language, date }: PefMetadata): void {
  if (identifier.trim() === '') throw new RangeError('Missing PEF identifier: give the receipt number or a UUID URN');
  if (!LANGUAGE_TAG.test(language)) throw new RangeError(`Invalid PEF language "${language}": expected a language tag such as "id" or "en"`);
  const parts = DATE.exec(date);
  const [year, month, day] = (parts?.slice(1) ?? []).map(Number) as [number, number, number];
  const calendar = parts ? new Date(Date.UTC(year, month - 1, day)) : undefined;
  if (!calendar || calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new RangeError(`Invalid PEF date "${date}": expected a calendar date as YYYY-MM-DD`);
  }
}

function checkPages({ size, pages }: BrailleDocument): void {
  if (!Number.isInteger(size.cells) || !Number.isInteger(size.lines) || size.cells < 1 || size.lines < 1) {
    throw new RangeError(`Invalid PEF page size ${size.cells} × ${size.lines}: cols and rows must be positive whole numbers`);
  }
  if (pages.length === 0) throw new RangeError('A PEF volume needs at least one page, and the document has none');
  for (const page of pages) {
    if (page.lines.length > size.lines) throw new RangeError(`Page ${page.number} has ${page.lines.length} rows, more than the ${size.lines} of the page size`);
    for (const line of page.lines) {
      if (!/^[\u2800-\u28FF]*$/u.test(line)) throw new RangeError(`Page ${page.number} has a row with characters other than Unicode braille`);
      if (line.length > size.cells) throw new RangeError(`Page ${page.number} has a row of ${line.length} cells, more than the ${size.cells} of the page size`);
    }
  }
}
