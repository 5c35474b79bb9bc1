import type { BrailleDocument } from './document.ts';

export interface PefMetadata {
  /** A unique identifier for the document, such as the receipt number or a UUID URN. */
  identifier: string;
  /** BCP 47 tag of the print text's language, such as "id". */
  language: string;
  /** The document's date as YYYY-MM-DD. */
  date: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string);

/**
 * Returns the document as PEF 2008-1 (Portable Embosser Format, DAISY): one volume with one
 * section, a page element per braille page and a row per line, in Unicode braille.
 */
export function toPef(document: BrailleDocument, metadata: PefMetadata): string {
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
    `      <dc:language>${escapeXml(metadata.language)}</dc:language>\n` +
    `      <dc:date>${escapeXml(metadata.date)}</dc:date>\n` +
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
