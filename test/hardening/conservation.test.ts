/** Nothing lost, nothing crashes: every piece of source text ends up somewhere the user sees. */
import fc from 'fast-check';
import { importProgramme } from '../../src/core/import';
import { seedText } from '../helpers/seeds';
import { lostPieces, textPieces } from './conservation';
import { anyDocument, proseDocument, tableDocument } from './generators';
import { forms, FormSpec } from '../helpers/forms';
import { importForms } from '../helpers/importForms';
import { specFromText, structuredDocument } from './structuredForms';

/**
 * Generated documents are imported with an empty agency catalogue: resolving leads is not about
 * text conservation, and the fuzzy agency matcher costs ~30 ms a document under jest (see the
 * never-throws test, which runs a share of documents with the built-in catalogue).
 */
const NO_AGENCIES = { agencies: [] };

describe('text conservation', () => {
  test.each(['000', '001', '002', '003', '004'])('seed %s: every piece of text is kept', (seed) => {
    const text = seedText(seed);
    expect(lostPieces(text, importProgramme(text))).toEqual([]);
  });

  test('generated appendix tables (page breaks, split rows, bold headings, random cell counts)', () => {
    fc.assert(
      fc.property(tableDocument, (text) => {
        expect(lostPieces(text, importProgramme(text, NO_AGENCIES))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  test('generated prose with labels and OCR noise', () => {
    fc.assert(
      fc.property(proseDocument, (text) => {
        expect(lostPieces(text, importProgramme(text, NO_AGENCIES))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  test('the importer never throws, whatever the text', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const p = importProgramme(text, NO_AGENCIES);
        expect(Array.isArray(p.tables)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(anyDocument, (text) => {
        expect(Array.isArray(importProgramme(text).tables)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the conservation check itself can fail', () => {
  test('a programme missing one cell is caught', () => {
    const text = seedText('003');
    const p = importProgramme(text);
    p.tables[0].items[3].task = '';
    const lost = lostPieces(text, p);
    expect(lost.length).toBeGreaterThan(0);
  });

  test('pieces: cells split at TABs and markup; artefact lines skipped', () => {
    expect(textPieces('<b>IV</b>\t<b>Về xây dựng Đảng</b>\t\n-----\nKý bởi: Tỉnh ủy\n**PHỤ LỤC 1****Danh mục**\n## PHỤ LỤC 4')).toEqual([
      'IV',
      'Về xây dựng Đảng',
      'PHỤ LỤC 1',
      'Danh mục',
      'PHỤ LỤC 4',
    ]);
  });

  test('pieces: a label wrapped over a blank line is a label; only a label value loses its closing quote', () => {
    expect(textPieces('Cơ quan chủ trì: Ban A. Thời hạn hoàn\n\nthành Đề án: Trong năm 2025.\n\nTiêu đề khác')).toEqual(['Ban A', 'Trong năm 2025', 'Tiêu đề khác']);
    expect(textPieces('(3)Xây dựng đề án. Thời gian thực hiện: Thường xuyên.”\n\n“Trích dẫn.”')).toEqual(['(3)', 'Xây dựng đề án', 'Thường xuyên', '“Trích dẫn.”']);
  });
});

describe('text conservation in every input form', () => {
  // The same generated documents read as HTML, Markdown (when nothing is merged) and .docx files:
  // every piece of the TAB text of the same spec ends up in the programme.
  const run = async (spec: FormSpec, numRunsForm: Array<'html' | 'markdown' | 'docx'>) => {
    const f = forms(spec);
    const all = await importForms(f);
    for (const form of numRunsForm) {
      const p = all[form];
      if (!p) continue;
      const lost = lostPieces(f.text, p);
      if (lost.length) throw new Error(`[${form}] lost: ${JSON.stringify(lost)}`);
    }
  };

  test('generated appendix tables as HTML and Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(structuredDocument, ({ spec }) => run(spec, ['html', 'markdown'])),
      { numRuns: 150 },
    );
  });

  test('generated appendix tables as .docx', async () => {
    await fc.assert(
      fc.asyncProperty(structuredDocument, ({ spec }) => run(spec, ['docx'])),
      { numRuns: 40 },
    );
  });

  test('the check can fail in a structured form too: a cell dropped from the HTML is caught', async () => {
    const spec = specFromText('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\n1\tLập quy hoạch bến xe\tSở Xây dựng', () => false);
    const f = forms(spec);
    const p = (await importForms({ ...f, html: f.html.replace('Lập quy hoạch bến xe', '') })).html!;
    expect(lostPieces(f.text, p)).toEqual(['Lập quy hoạch bến xe']);
  });
});
