// @vitest-environment jsdom
// jsdom provides DOMParser, which reads the PEF back for the checks of the schema's Schematron rules.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { blankFormSource } from '../../../src/app/braille/blank-form-source.ts';
import en from '../../../src/app/i18n/locales/en.json';
import id from '../../../src/app/i18n/locales/id.json';
import type { BrailleBlock, BrailleDocument } from '../../../src/domain/braille/document.ts';
import { layoutBraille } from '../../../src/domain/braille/layout.ts';
import { BRAILLE_PAGE_PRESETS, type BraillePageSize } from '../../../src/domain/braille/page-size.ts';
import { toPef, type PefMetadata } from '../../../src/domain/braille/pef.ts';
import type { KioskConfig } from '../../../src/domain/config.ts';
import { formDefinitions } from '../../../src/domain/forms/registry.ts';
import type { Locale } from '../../../src/domain/submission.ts';

const PEF_NS = 'http://www.daisy.org/ns/2008/pef';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const JAR = process.env.BRAILLEUTILS_JAR ?? '/usr/share/java/brailleUtils-core.jar';
const SCHEMAS_IN_JAR = { full: 'org/daisy/braille/pef/resource-files/pef-2008-1-full.rng', light: 'org/daisy/braille/pef/resource-files/pef-2008-1-light.rng' };
const METADATA: PefMetadata = { identifier: '12/PPID/DISKOMINFO/PI/2026', language: 'id', date: '2026-12-05' };

const config = JSON.parse(readFileSync('config/loket.json', 'utf8')) as KioskConfig;
const i18n = i18next.createInstance();
void i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', fallbackLng: 'id', initAsync: false, interpolation: { escapeValue: false } });

let folder = '';
let schemas: Record<'full' | 'light', string> | undefined;

/**
 * Returns the paths of the PEF 2008-1 schemas, extracted on first use from Debian's
 * brailleutils jar. A missing tool fails every test that validates, naming the package,
 * because a skipped schema test would let unchecked files pass.
 */
function schemaPaths(): Record<'full' | 'light', string> {
  if (schemas) return schemas;
  const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (xmllint.error) {
    throw new Error(`xmllint is missing (${xmllint.error.message}), so PEF files cannot be validated. Install Debian's libxml2-utils, as \`node tests/setup/install-browser.js\` does.`);
  }
  if (!existsSync(JAR)) {
    throw new Error(`No brailleutils jar at ${JAR}, so the PEF schema is missing. Install Debian's libbrailleutils-java, as \`node tests/setup/install-browser.js\` does, or set BRAILLEUTILS_JAR to a brailleUtils-core jar.`);
  }
  const wanted = new Set(Object.values(SCHEMAS_IN_JAR));
  const files = unzipSync(readFileSync(JAR), { filter: (file) => wanted.has(file.name) });
  folder ||= mkdtempSync(join(os.tmpdir(), 'loket-pef-'));
  const paths = { full: join(folder, 'full.rng'), light: join(folder, 'light.rng') };
  for (const name of ['full', 'light'] as const) {
    const schema = files[SCHEMAS_IN_JAR[name]];
    if (!schema) throw new Error(`${JAR} has no ${SCHEMAS_IN_JAR[name]}. Install Debian's libbrailleutils-java 1.2.3, whose core jar carries the PEF 2008-1 schemas.`);
    writeFileSync(paths[name], schema);
  }
  schemas = paths;
  return schemas;
}

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs `xmllint --noout --relaxng` on the PEF and returns its exit status and messages. */
function validate(pef: string, schema: 'full' | 'light'): { status: number | null; output: string } {
  const schemaFile = schemaPaths()[schema];
  const file = join(folder, `document-${Math.random().toString(36).slice(2)}.pef`);
  writeFileSync(file, pef);
  const result = spawnSync('xmllint', ['--noout', '--relaxng', schemaFile, file], { encoding: 'utf8' });
  rmSync(file, { force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replaceAll(file, 'document.pef') };
}

function expectValid(pef: string): void {
  for (const schema of ['full', 'light'] as const) {
    const { status, output } = validate(pef, schema);
    expect(output, `${schema} schema`).toContain('validates');
    expect(status, `${schema} schema: ${output}`).toBe(0);
  }
}

/** Returns the PEF's page size, rows and metadata, read back with an XML parser. */
function readPef(pef: string) {
  const xml = new DOMParser().parseFromString(pef, 'application/xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  const volume = xml.getElementsByTagNameNS(PEF_NS, 'volume')[0] as Element;
  const pages = [...xml.getElementsByTagNameNS(PEF_NS, 'page')].map((page) => [...page.getElementsByTagNameNS(PEF_NS, 'row')].map((row) => row.textContent ?? ''));
  const dc = (name: string) => xml.getElementsByTagNameNS(DC_NS, name)[0]?.textContent;
  return { cols: Number(volume.getAttribute('cols')), rows: Number(volume.getAttribute('rows')), pages, title: dc('title'), identifier: dc('identifier'), language: dc('language'), date: dc('date') };
}

/** Checks the Schematron rules of pef-2008-1-full.rng for rowgap 0: rows per page and cells per row. */
function expectSchematronRules(pef: string): void {
  const { cols, rows, pages } = readPef(pef);
  pages.forEach((page, index) => {
    expect(page.length, `rows on page ${index + 1}`).toBeLessThanOrEqual(rows);
    for (const row of page) expect(row.length, `cells in a row of page ${index + 1}`).toBeLessThanOrEqual(cols);
  });
}

function blankForm(formId: string, locale: Locale, size: BraillePageSize): BrailleDocument {
  const definition = formDefinitions[formId];
  if (!definition) throw new Error(`No form ${formId}`);
  return layoutBraille(blankFormSource(definition, i18n.getFixedT(locale), { config, locale }), size);
}

function documentOf(pages: string[][], title = 'Contoh', size: BraillePageSize = BRAILLE_PAGE_PRESETS.brf): BrailleDocument {
  return { title, size, pages: pages.map((lines, index) => ({ number: index + 1, lines })), unknown: [] };
}

describe('toPef', () => {
  describe('against the PEF 2008-1 schema', () => {
    for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
      for (const formId of Object.keys(formDefinitions)) {
        it(`validates the blank ${formId} on ${preset}`, () => {
          const document = blankForm(formId, 'id', size);
          const pef = toPef(document, METADATA);
          expect(document.pages.length).toBeGreaterThan(1);
          expectValid(pef);
          expectSchematronRules(pef);
          expect(readPef(pef)).toMatchObject({ cols: size.cells, rows: size.lines, pages: document.pages.map((page) => page.lines) });
        });
      }
    }

    for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
      it(`validates a document of only a title line on ${preset}`, () => {
        const pef = toPef(layoutBraille({ title: 'Tanda bukti', blocks: [] }, size), { ...METADATA, language: 'en' });
        expectValid(pef);
        expect(readPef(pef)).toMatchObject({ cols: size.cells, rows: size.lines });
        expect(readPef(pef).pages).toHaveLength(1);
      });

      it(`validates the blank forms in English on ${preset}`, () => {
        for (const formId of Object.keys(formDefinitions)) {
          const document = blankForm(formId, 'en', size);
          const pef = toPef(document, { ...METADATA, language: 'en' });
          expectValid(pef);
          expectSchematronRules(pef);
          expect(readPef(pef).pages, formId).toEqual(document.pages.map((page) => page.lines));
        }
      });
    }

    it('validates empty pages and rows', () => {
      const pef = toPef(documentOf([[], ['', '\u2801', '']]), METADATA);
      expectValid(pef);
      expect(readPef(pef).pages).toEqual([[], ['', '\u2801', '']]);
    });

    for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
      it(`validates a long multi-page document on ${preset}`, () => {
        const blocks: BrailleBlock[] = [];
        for (let i = 0; i < 40; i++) {
          blocks.push({ kind: 'heading', text: `Bagian ${i + 1}` });
          blocks.push({ kind: 'paragraph', text: 'Rincian informasi yang dibutuhkan: laporan keuangan Dinas Kesehatan 2025, Rp1.500.000,00. '.repeat(4) });
          blocks.push({ kind: 'item', text: `Nomor: ${'9'.repeat(60)}`, keepWithNext: true }, { kind: 'blankLines', count: 3 });
        }
        const document = layoutBraille({ title: 'Tanda bukti permohonan', blocks }, size);
        expect(document.pages.length).toBeGreaterThan(20);
        const pef = toPef(document, METADATA);
        expectValid(pef);
        expectSchematronRules(pef);
      });
    }

    it('is a real check: rejects a broken file', () => {
      const pef = toPef(documentOf([['\u2801']]), METADATA);
      for (const broken of [pef.replace('version="2008-1"', 'version="2008-2"'), pef.replace('<row>\u2801</row>', '<row>A</row>'), pef.replace(/<dc:identifier>.*<\/dc:identifier>\n/, '')]) {
        for (const schema of ['full', 'light'] as const) {
          const { status, output } = validate(broken, schema);
          expect(output, schema).toContain('fails to validate');
          expect(status, schema).not.toBe(0);
        }
      }
    });
  });

  describe('metadata', () => {
    it('escapes the title and identifier', () => {
      const title = 'Tanda & bukti <PI> "kutip" \'satu\'';
      const identifier = 'urn:loket:A&B<1>"2"';
      const pef = toPef(documentOf([['\u2801']], title), { ...METADATA, identifier });
      expect(pef).toContain('<dc:title>Tanda &amp; bukti &lt;PI&gt; &quot;kutip&quot; \'satu\'</dc:title>');
      expect(pef).toContain('<dc:identifier>urn:loket:A&amp;B&lt;1&gt;&quot;2&quot;</dc:identifier>');
      expect(readPef(pef)).toMatchObject({ title, identifier });
      expectValid(pef);
    });

    it('replaces characters XML forbids', () => {
      const pef = toPef(documentOf([['\u2801']], 'Tanda\u0000bukti\u001b'), METADATA);
      expect(readPef(pef).title).toBe('Tanda\uFFFDbukti\uFFFD');
      expectValid(pef);
    });

    it('keeps non-ASCII titles', () => {
      const pef = toPef(documentOf([['\u2801']], 'Permohonan “informasi” — café'), METADATA);
      expect(readPef(pef).title).toBe('Permohonan “informasi” — café');
      expectValid(pef);
    });

    it('writes language and date', () => {
      const pef = toPef(documentOf([['\u2801']]), { ...METADATA, language: 'id-ID', date: '2028-02-29' });
      expect(readPef(pef)).toMatchObject({ language: 'id-ID', date: '2028-02-29', identifier: METADATA.identifier });
      expectValid(pef);
    });

    it('rejects an empty identifier', () => {
      for (const identifier of ['', '  ']) expect(() => toPef(documentOf([['\u2801']]), { ...METADATA, identifier })).toThrow(RangeError);
    });

    it('rejects invalid language tags', () => {
      for (const language of ['', 'id_ID', 'bahasa indonesia', 'id-', 'abcdefghi']) {
        expect(() => toPef(documentOf([['\u2801']]), { ...METADATA, language }), language).toThrow(RangeError);
      }
    });

    it('rejects invalid dates', () => {
      for (const date of ['', '2026-2-3', '2026-02-30', '2027-02-29', '2026-13-01', '05-12-2026', '2026-12-05T10:00']) {
        expect(() => toPef(documentOf([['\u2801']]), { ...METADATA, date }), date).toThrow(RangeError);
      }
    });
  });

  describe('pages', () => {
    it('rejects a document without pages', () => {
      expect(() => toPef(documentOf([]), METADATA)).toThrow(RangeError);
    });

    for (const [preset, size] of Object.entries(BRAILLE_PAGE_PRESETS)) {
      it(`rejects more rows than ${preset} has`, () => {
        const rows = (count: number) => [Array.from({ length: count }, () => '\u2801')];
        expect(() => toPef(documentOf(rows(size.lines + 1), 'Contoh', size), METADATA)).toThrow(`${size.lines + 1} rows`);
        expect(toPef(documentOf(rows(size.lines), 'Contoh', size), METADATA)).toContain('<row>');
      });

      it(`rejects rows wider than ${preset}`, () => {
        const row = (cells: number) => [['\u2801'.repeat(cells)]];
        expect(() => toPef(documentOf(row(size.cells + 1), 'Contoh', size), METADATA)).toThrow(`${size.cells + 1} cells`);
        expect(toPef(documentOf(row(size.cells), 'Contoh', size), METADATA)).toContain('<row>');
      });
    }

    it('rejects rows that are not braille', () => {
      expect(() => toPef(documentOf([['A']]), METADATA)).toThrow(RangeError);
      expect(() => toPef(documentOf([['\u2801<']]), METADATA)).toThrow(RangeError);
    });
  });
});
