// npm run new:source's row: quoted as CSV needs, checked by the validator before it is written,
// each bad value located at the line and column the row would have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import { appendSource, suggestSourceId } from '../../../src/lib/data/source-row.ts';
import { renderProblem } from '../../../src/lib/data/problems.ts';
import { checkDataset } from '../../../src/lib/data/validate.ts';

const ROOT = join(import.meta.dirname, '../../..');
const declaration = parseDeclaration(
	readFileSync(join(ROOT, 'data/sources.dataset.json'), 'utf8'),
	'data/sources.dataset.json',
	'sources',
).declaration!;
const HEADER = `${declaration.schema.fields.map((f) => f.name).join(',')}\n`;
const EXISTING = `${HEADER}kompas-2025-01-02,Kompas,,https://kompas.id/a,2025-01-02,Naik 5 persen,id,`;
const TODAY = '2026-11-23';
const add = (values: Record<string, string>) =>
	appendSource(EXISTING, declaration, values, 'data/sources.csv', TODAY);

describe('appendSource()', () => {
	it('quotes a quote holding commas and quote marks, and the validator reads it back', () => {
		const quote = 'Nilai ekspor "kakao" naik, kata Kadis, menjadi Rp12,4 miliar';
		const r = add({
			id: 'berau-1',
			outlet: 'Berau Terkini',
			url: 'https://x.id/a',
			published: '2025-06-25',
			quote,
			quote_lang: 'id',
		});
		expect(r.problems).toEqual([]);
		expect(r.line).toBe(3);
		// The file had no final newline: one is added before the row.
		expect(r.text).toBe(`${EXISTING}\n${r.row}\n`);
		expect(r.row).toBe(
			'berau-1,Berau Terkini,,https://x.id/a,2025-06-25,"Nilai ekspor ""kakao"" naik, kata Kadis, menjadi Rp12,4 miliar",id,',
		);
		const rows = checkDataset(r.text, declaration, 'data/sources.csv').dataset.rows;
		expect(rows.at(-1)).toMatchObject({ id: 'berau-1', quote, published: '2025-06-25' });
	});

	it('reports every bad value at the line and column the row would have', () => {
		const r = add({
			id: 'kompas-2025-01-02',
			outlet: 'Kompas',
			url: 'kompas.id/b',
			published: '02/01/2025',
			quote: '',
			quote_lang: 'jv',
		});
		expect(r.problems.map((p) => [p.code, p.line, p.col, p.field])).toEqual([
			['primary-key', 3, 1, 'id'],
			['constraint-error', 3, 4, 'url'],
			['type-error', 3, 5, 'published'],
			['constraint-error', 3, 6, 'quote'],
			['constraint-error', 3, 7, 'quote_lang'],
		]);
		const hints = r.problems.map((p) => renderProblem(p, 'en').hint);
		expect(hints[0]).toMatch(/this id is taken/);
		expect(hints[1]).toMatch(/https:\/\//);
		expect(hints[2]).toMatch(/YYYY-MM-DD/);
		expect(renderProblem(r.problems[0]!).hint).toMatch(/id ini sudah dipakai/);
	});

	it('refuses a publication date in the future', () => {
		const r = add({
			id: 'x-1',
			outlet: 'X',
			published: '2027-01-01',
			quote: 'q',
			quote_lang: 'id',
		});
		expect(r.problems.map((p) => renderProblem(p, 'en'))).toEqual([
			expect.objectContaining({
				code: 'constraint-error',
				field: 'published',
				col: 5,
				expected: 'a date up to 2026-11-23',
			}),
		]);
	});
});

describe('suggestSourceId()', () => {
	it('makes an id from the outlet and the date, never a taken one', () => {
		const taken = new Set(['kompas-2025-01-02', 'kompas-2025-01-02-2']);
		expect(suggestSourceId('Kompas', '2025-01-02', taken)).toBe('kompas-2025-01-02-3');
		expect(suggestSourceId('Berau Terkini', '2025-06-25', taken)).toBe('berau-terkini-2025-06-25');
		expect(suggestSourceId('BAIT.ID', undefined, taken)).toBe('bait-id');
		expect(suggestSourceId('Kompas', '02/01/2025', taken)).toBe('kompas');
		expect(suggestSourceId('—', undefined, taken)).toBe('sumber');
	});
});
