// npm run new:source's row: quoted as CSV needs, checked by the validator before it is written,
// each bad value located at the line and column the row would have.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import {
	appendSource,
	homePageReason,
	isHomePage,
	sourceRowWarnings,
	suggestSourceId,
	undatedReason,
} from '../../../src/lib/data/source-row.ts';
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

describe('sources are dated and point at the article', () => {
	const fields = declaration.schema.fields.map((f) => f.name);
	const warn = (values: Record<string, string>) =>
		sourceRowWarnings(values, fields, 'data/sources.csv', 7)
			.map((p) => renderProblem(p, 'id'))
			.map((p) => `${p.file}:${p.line}:${p.col}: ${p.severity} ${p.code} ${p.message}`);

	it('tells a front page from an article', () => {
		expect(isHomePage('https://halopacitan.com')).toBe(true);
		expect(isHomePage('https://ngawi.jatimtimes.com/')).toBe(true);
		expect(isHomePage('https://bait.id/?p=307')).toBe(false);
		expect(isHomePage('https://kompas.id/a')).toBe(false);
		expect(isHomePage('bukan alamat')).toBe(false);
	});

	it('reads the reason an undated source states, as new:source writes it', () => {
		expect(undatedReason('undated: halaman tidak mencantumkan tanggal; catatan lain')).toBe(
			'halaman tidak mencantumkan tanggal',
		);
		expect(undatedReason('Undated: the page shows no date')).toBe('the page shows no date');
		expect(undatedReason('undated: ?')).toBeUndefined();
		expect(undatedReason('Undated article, before 2021')).toBeUndefined();
		expect(undatedReason(undefined)).toBeUndefined();
	});

	it('warns at the published cell of an undated source without a reason, and at a front-page url', () => {
		expect(warn({ id: 'a', url: 'https://halopacitan.com', published: '', note: '' })).toEqual([
			'data/sources.csv:7:5: warning source-undated sumber "a" tidak bertanggal dan tidak menyebut alasannya',
			'data/sources.csv:7:4: warning source-home-page alamat sumber "a" adalah halaman depan situsnya, bukan artikelnya',
		]);
		expect(
			warn({ id: 'a', url: 'https://x.id/a', published: '', note: 'undated: tidak bertanggal' }),
		).toEqual([]);
		expect(warn({ id: 'a', url: 'https://x.id/a', published: '2025-01-02' })).toEqual([]);
	});

	it('keeps quiet about a front page whose note says why the article address is missing', () => {
		expect(
			homePageReason('Article of 16 July 2022; home page: only the site address was kept'),
		).toBe('only the site address was kept');
		expect(homePageReason('home page: ?')).toBeUndefined();
		expect(homePageReason('the home page: x')).toBeUndefined();
		const front = { id: 'a', url: 'https://halopacitan.com', published: '2022-07-16' };
		expect(warn({ ...front, note: 'home page: hanya alamat situsnya yang tersimpan' })).toEqual([]);
		expect(warn({ ...front, note: 'hanya alamat situsnya yang tersimpan' })).toHaveLength(1);
	});

	it('comes with the row npm run new:source appends, which is still written', () => {
		const r = add({
			id: 'halo-pacitan-2025-06-25',
			outlet: 'Halo Pacitan',
			url: 'https://halopacitan.com',
			published: '2025-06-25',
			quote: 'Desa Punjung',
			quote_lang: 'id',
		});
		expect(r.problems.map((p) => `${p.line}:${p.col} ${p.severity} ${p.code}`)).toEqual([
			'3:4 warning source-home-page',
		]);
	});
});

// Issue 16, item 4: the data checks (validate:data, every build, the dev overlay) warn too.
describe('the data checks warn about undated and front-page sources', () => {
	it('reports each at its own line and column of data/sources.csv', () => {
		const root = mkdtempSync(join(tmpdir(), 'sources-'));
		mkdirSync(join(root, 'data'));
		copyFileSync(join(ROOT, 'data/sources.dataset.json'), join(root, 'data/sources.dataset.json'));
		writeFileSync(
			join(root, 'data/sources.csv'),
			[
				'id,outlet,title,url,published,quote,quote_lang,note',
				'dated,A,T,https://a.id/x,2024-01-02,q,id,',
				'no-date,B,T,https://b.id/x,,q,id,',
				'no-date-why,C,T,https://c.id/x,,q,id,undated: the page shows no date',
				'front,D,T,https://d.id,2024-01-02,q,id,',
				'front-why,E,T,https://e.id/,2024-01-02,q,id,home page: only the site address was kept',
			].join('\n') + '\n',
		);
		const warned = loadCatalog(root)
			.problems.filter((p) => p.code.startsWith('source-'))
			.map((p) => `${p.file}:${p.line}:${p.col} ${p.severity} ${p.code} ${p.value}`);
		expect(warned).toEqual([
			'data/sources.csv:3:5 warning source-undated ',
			'data/sources.csv:5:4 warning source-home-page https://d.id',
		]);
	});

	it('finds none in the real data (each undated or front-page source says why)', () => {
		expect(loadCatalog(ROOT).problems.filter((p) => p.code.startsWith('source-'))).toEqual([]);
	});
});
