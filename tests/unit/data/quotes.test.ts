// Quotes contain their figures (quote-mismatch): the numeral reader in both languages, the
// catalogue check located at the cell, the `derived` exemption, and the real data.
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem } from '../../../src/lib/data/problems.ts';
import {
	checkQuotes,
	figuresIn,
	readNumeral,
	textHasFigure,
} from '../../../src/lib/data/quotes.ts';
import { checkDataset, type CheckedDataset } from '../../../src/lib/data/validate.ts';

describe('readNumeral()', () => {
	it.each([
		['1909', 'any', [1909]],
		['1.909', 'any', [1909, 1.909]],
		['1,909', 'any', [1909, 1.909]],
		['1.909', 'id', [1909]],
		['1,909', 'id', [1.909]],
		['1,909', 'en', [1909]],
		['1.909', 'en', [1.909]],
		['1,8', 'any', [1.8]],
		['251.071,5', 'any', [251071.5]],
		['251,071.5', 'en', [251071.5]],
		['1.055.340.950.000', 'id', [1055340950000]],
		['1.055.340.950.000', 'en', []],
		['12.34.5', 'any', []],
		['Rp', 'any', []],
	] as const)('%s read as %s gives %j', (token, reading, values) => {
		expect(readNumeral(token, reading).sort()).toEqual([...values].sort());
	});
});

describe('textHasFigure()', () => {
	it.each([
		['Indonesian thousands', 'LPEI mencatat sebanyak 1.909 Desa Devisa', 1909],
		['English thousands', 'LPEI counted 1,909 export villages', 1909],
		['hectares', 'kebun kakao seluas 1.161 hektare', 1161],
		['Rp with scale word', 'dengan nilai ekspor mencapai Rp123,9 miliar', 123_900_000_000],
		['English scale word', 'exports worth Rp123.9 billion', 123_900_000_000],
		['tonnes', 'potensi produksi 765 ton per tahun', 765],
		['ribu ton', 'pada 2021 naik jadi 382,71 ribu ton', 382_710],
		['decimal with groups', 'mencapai 251.071,5 ton', 251071.5],
		['US$ juta', 'senilai US$284,8 juta', 284_800_000],
		['Triliun capitalised', 'sebesar Rp5,4 Triliun per Juni 2022', 5_400_000_000_000],
		['percent', 'menyumbang 25% dari total', 25],
		['ordinal', 'menjadi Desa Devisa ke-27 di Indonesia', 27],
		['number word', 'LPEI telah berhasil membentuk dua Desa Devisa', 2],
		['English number word', 'five continents', 5],
	])('finds %s', (_name, text, value) => {
		expect(textHasFigure(text, value)).toBe(true);
	});

	it.each([
		['another number', 'sebanyak 1.909 Desa Devisa', 1908],
		['a number only inside a longer one', 'sebanyak 1.909 Desa Devisa', 909],
		['the wrong scale', 'Rp123,9 juta', 123_900_000_000],
		['a figure only in a note elsewhere', '40 desa fashion ... 50 desa kakao', 26],
		['a number word inside a word', 'duanya', 2],
	])('misses %s', (_name, text, value) => {
		expect(textHasFigure(text, value)).toBe(false);
	});

	it('reads a headline literal in its own language only', () => {
		expect(textHasFigure('1.909', 1909, 'id')).toBe(true);
		expect(textHasFigure('1.909', 1909, 'en')).toBe(false);
		expect(textHasFigure('1,909', 1909, 'en')).toBe(true);
		expect(figuresIn('Dari 16 ke 46 negara').map((f) => f.text)).toEqual(['16', '46']);
	});
});

/** A one-dataset catalogue with a `sources` dataset, built from literal texts. */
function catalogue(csv: string, quote: string, derived?: unknown): Map<string, CheckedDataset> {
	const sourceDecl = parseDeclaration(
		JSON.stringify({
			id: 'sources',
			title: { id: 'Sumber', en: 'Sources' },
			description: { id: 'Sumber', en: 'Sources' },
			licence: { name: 'CC-BY-4.0', title: 'CC BY', path: 'https://creativecommons.org/' },
			updated: '2026-01-01',
			schema: {
				fields: [
					{ name: 'id', type: 'string', description: 'id' },
					{ name: 'quote', type: 'string', description: 'quote' },
				],
				primaryKey: ['id'],
			},
		}),
		'data/sources.dataset.json',
		'sources',
	).declaration;
	const decl = parseDeclaration(
		JSON.stringify({
			id: 'ekspor',
			title: { id: 'Ekspor', en: 'Exports' },
			description: { id: 'Ekspor', en: 'Exports' },
			licence: { name: 'CC-BY-4.0', title: 'CC BY', path: 'https://creativecommons.org/' },
			updated: '2026-01-01',
			schema: {
				fields: [
					{ name: 'year', type: 'year', description: 'Year' },
					{ name: 'basis', type: 'string', description: 'Basis' },
					{
						name: 'value',
						type: 'number',
						description: 'Value',
						unit: 'IDR',
						...(derived ? { derived } : {}),
					},
					{ name: 'source', type: 'string', description: 'Source' },
				],
				primaryKey: ['year'],
				foreignKeys: [{ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } }],
			},
		}),
		'data/ekspor.dataset.json',
		'ekspor',
	);
	expect(decl.problems).toEqual([]);
	if (!sourceDecl || !decl.declaration) throw new Error('bad test declaration');
	const sources = checkDataset(
		`id,quote\nberita,"${quote}"\n`,
		sourceDecl,
		'data/sources.csv',
	).dataset;
	const ekspor = checkDataset(csv, decl.declaration, 'data/ekspor.csv').dataset;
	return new Map([
		['sources', sources],
		['ekspor', ekspor],
	]);
}

describe('checkQuotes()', () => {
	const CSV =
		'year,basis,value,source\n2021,full,1800000000000,berita\n2022,sum,3100000000000,berita\n';

	it('reports a figure its quote does not hold at the cell, with the value, the quote and a hint', () => {
		const problems = checkQuotes(catalogue(CSV, 'nilai ekspor Lamongan mencapai 1,8 triliun'));
		expect(problems).toHaveLength(1);
		const p = problems[0];
		expect(p).toMatchObject({
			file: 'data/ekspor.csv',
			line: 3,
			col: 3,
			severity: 'error',
			code: 'quote-mismatch',
			field: 'value',
			value: '3100000000000',
		});
		const text = formatProblem(p!, 'en');
		expect(text).toContain('data/ekspor.csv:3:3: error quote-mismatch [ekspor.value]');
		expect(text).toContain('3.100.000.000.000 / 3,100,000,000,000');
		expect(text).toContain('data/sources.csv:2');
		expect(text).toContain('it says "nilai ekspor Lamongan mencapai 1,8 triliun"');
		expect(text).toMatch(/hint: .*derived/);
		const id = formatProblem(p!);
		expect(id).toContain('tidak ada dalam kutipan sumbernya "berita" (data/sources.csv:2)');
		expect(id).toContain('kutipannya berbunyi "nilai ekspor Lamongan mencapai 1,8 triliun"');
		expect(id).toMatch(/saran: .*derived/);
	});

	it('accepts the figure in the other language’s style, and a derived column', () => {
		expect(checkQuotes(catalogue(CSV, 'exports reached Rp1.8 trillion … Rp3.1 trillion'))).toEqual(
			[],
		);
		expect(
			checkQuotes(catalogue(CSV, 'nilai ekspor mencapai 1,8 triliun', 'sum of the two halves')),
		).toEqual([]);
	});

	it('exempts only the rows a conditional derived declaration names', () => {
		const rule = {
			formula: { id: 'jumlah', en: 'the sum' },
			if: { field: 'basis', equals: 'sum' },
		};
		expect(checkQuotes(catalogue(CSV, 'mencapai 1,8 triliun', rule))).toEqual([]);
		const other = { ...rule, if: { field: 'basis', equals: 'full' } };
		expect(checkQuotes(catalogue(CSV, 'mencapai 1,8 triliun', other)).map((p) => p.line)).toEqual([
			3,
		]);
	});

	it('finds no miss in the real data', () => {
		const { problems } = loadCatalog(process.cwd());
		const misses = problems.filter((p) => p.code === 'quote-mismatch');
		expect(misses.map((p) => formatProblem(p))).toEqual([]);
	});
});
