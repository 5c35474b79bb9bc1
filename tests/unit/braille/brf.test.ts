import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { blankFormSource } from '../../../src/app/braille/blank-form-source.ts';
import en from '../../../src/app/i18n/locales/en.json';
import id from '../../../src/app/i18n/locales/id.json';
import { brailleAscii, toBrf } from '../../../src/domain/braille/brf.ts';
import { cellsFromDots } from '../../../src/domain/braille/cells.ts';
import type { BrailleDocument } from '../../../src/domain/braille/document.ts';
import { layoutBraille } from '../../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS } from '../../../src/domain/braille/page-size.ts';
import { isBrailleAscii, MAX_BRF_BYTES } from '../../../src/domain/braille/print-job.ts';
import type { KioskConfig } from '../../../src/domain/config.ts';
import { formDefinitions } from '../../../src/domain/forms/registry.ts';
import { LOCALES } from '../../../src/domain/submission.ts';

/**
 * North American Braille ASCII by dots, written independently of the string in brf.ts and
 * checked by hand against liblouis's `en-us-brf.dis` (Debian liblouis-data 3.24). "" is the
 * empty cell.
 */
const NABCC_BY_DOTS: readonly [string, string][] = [
  ['', ' '], ['2346', '!'], ['5', '"'], ['3456', '#'], ['1246', '$'], ['146', '%'], ['12346', '&'], ['3', "'"],
  ['12356', '('], ['23456', ')'], ['16', '*'], ['346', '+'], ['6', ','], ['36', '-'], ['46', '.'], ['34', '/'],
  ['356', '0'], ['2', '1'], ['23', '2'], ['25', '3'], ['256', '4'], ['26', '5'], ['235', '6'], ['2356', '7'],
  ['236', '8'], ['35', '9'], ['156', ':'], ['56', ';'], ['126', '<'], ['123456', '='], ['345', '>'], ['1456', '?'],
  ['4', '@'], ['1', 'A'], ['12', 'B'], ['14', 'C'], ['145', 'D'], ['15', 'E'], ['124', 'F'], ['1245', 'G'],
  ['125', 'H'], ['24', 'I'], ['245', 'J'], ['13', 'K'], ['123', 'L'], ['134', 'M'], ['1345', 'N'], ['135', 'O'],
  ['1234', 'P'], ['12345', 'Q'], ['1235', 'R'], ['234', 'S'], ['2345', 'T'], ['136', 'U'], ['1236', 'V'], ['2456', 'W'],
  ['1346', 'X'], ['13456', 'Y'], ['1356', 'Z'], ['246', '['], ['1256', '\\'], ['12456', ']'], ['45', '^'], ['456', '_'],
];

function cell(dots: string): string {
  return dots === '' ? '\u2800' : cellsFromDots(dots);
}

function documentOf(pages: string[][]): BrailleDocument {
  return {
    title: 'Contoh',
    size: BRAILLE_PAGE_PRESETS.brf,
    pages: pages.map((lines, index) => ({ number: index + 1, lines })),
    unknown: [],
  };
}

function bytesOf(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

describe('brailleAscii', () => {
  it('maps all 64 cells by the chart', () => {
    expect(new Set(NABCC_BY_DOTS.map(([dots]) => dots)).size).toBe(64);
    for (const [dots, char] of NABCC_BY_DOTS) expect(brailleAscii(cell(dots)), `dots ${dots || 'none'}`).toBe(char);
  });

  it('gives each cell its own character', () => {
    const characters = Array.from({ length: 64 }, (_, bits) => brailleAscii(String.fromCharCode(0x2800 + bits)));
    expect(new Set(characters).size).toBe(64);
    expect(characters.every((char) => char >= ' ' && char <= '_')).toBe(true);
  });

  it('maps a line cell by cell', () => {
    expect(brailleAscii(cell('6') + cell('1') + cell('') + cell('3456') + cell('1') + cell('245'))).toBe(',A #AJ');
    expect(brailleAscii('')).toBe('');
  });

  it('rejects text that is not six-dot braille', () => {
    expect(() => brailleAscii('A')).toThrow();
    expect(() => brailleAscii('\u2840')).toThrow(/U\+2840/);
    expect(() => brailleAscii(`${cell('1')}\n`)).toThrow();
  });
});

describe('toBrf', () => {
  it('ends every line with CRLF and every page with a form feed', () => {
    const brf = toBrf(documentOf([[cell('6') + cell('1'), cell('1') + cell('') + cell('12'), '', cell('14')], [cell('1'), cell('3456') + cell('12')]]));
    expect(brf).toBe(',A\r\nA B\r\n\r\nC\r\n\fA\r\n#B\r\n\f');
  });

  it('writes exactly those bytes', () => {
    const brf = toBrf(documentOf([[cell('1')], [cell('12')]]));
    expect(bytesOf(brf)).toEqual([0x41, 0x0d, 0x0a, 0x0c, 0x42, 0x0d, 0x0a, 0x0c]);
  });

  for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
    it(`writes a full ${preset} page whole`, () => {
      const line = cell('123456').repeat(size.cells);
      const brf = toBrf({ ...documentOf([Array.from({ length: size.lines }, () => line)]), size });
      expect(brf).toBe(`${'='.repeat(size.cells)}\r\n`.repeat(size.lines) + '\f');
    });
  }

  it('ends with a form feed after one page', () => {
    expect(toBrf(documentOf([[cell('1')]]))).toBe('A\r\n\f');
  });

  describe('for laid-out documents', () => {
    const config = JSON.parse(readFileSync('config/loket.json', 'utf8')) as KioskConfig;
    const i18n = i18next.createInstance();
    void i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', fallbackLng: 'id', initAsync: false, interpolation: { escapeValue: false } });

    for (const definition of Object.values(formDefinitions)) {
      for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
        for (const locale of LOCALES) {
          it(`writes only Braille ASCII for ${definition.id} in ${locale} on ${preset}`, () => {
            const document = layoutBraille(blankFormSource(definition, i18n.getFixedT(locale), { config, locale }), size);
            const brf = toBrf(document);

            expect(isBrailleAscii(brf)).toBe(true);
            expect(bytesOf(brf).every((byte) => (byte >= 0x20 && byte <= 0x5f) || byte === 0x0d || byte === 0x0a || byte === 0x0c)).toBe(true);
            expect(brf.length).toBeLessThanOrEqual(MAX_BRF_BYTES);
            expect(brf.endsWith('\r\n\f')).toBe(true);
            // No bare CR or LF: every CR starts a CRLF and every LF ends one.
            expect(brf.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);

            const pages = brf.split('\f');
            expect(pages.pop()).toBe('');
            expect(pages).toHaveLength(document.pages.length);
            pages.forEach((page, index) => {
              const lines = page.split('\r\n');
              expect(lines.pop(), `page ${index + 1} ends with CRLF`).toBe('');
              expect(lines.length).toBeLessThanOrEqual(size.lines);
              expect(lines).toEqual(document.pages[index]?.lines.map(brailleAscii));
              for (const line of lines) expect(line.length).toBeLessThanOrEqual(size.cells);
            });
          });
        }
      }
    }
  });
});
