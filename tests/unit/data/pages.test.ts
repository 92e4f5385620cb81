import { describe, expect, it } from 'vitest';
import {
	isPaged,
	MAX_PAGE_ROWS,
	MIN_PAGE_ROWS,
	PAGE_BYTES,
	pagerNumbers,
	rowPages,
	rowsPerPage,
} from '../../../src/lib/data/pages.ts';
import { summariseColumns, TOP_VALUES } from '../../../src/lib/data/summary.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { ROOT } from '../maps/real-data.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('row pages of large datasets', () => {
	it('page size follows the bytes per row, within bounds', () => {
		expect(rowsPerPage({ rows: rows(100_000), bytes: 40_000_000 })).toBe(MAX_PAGE_ROWS);
		expect(rowsPerPage({ rows: rows(1000), bytes: 1000 * 1000 })).toBe(PAGE_BYTES / 1000);
		expect(rowsPerPage({ rows: rows(1000), bytes: 1000 * 100_000 })).toBe(MIN_PAGE_ROWS);
		expect(rowsPerPage({ rows: [], bytes: 0 })).toBe(MAX_PAGE_ROWS);
	});

	it('pages only what does not fit one page, and covers every row once', () => {
		expect(isPaged({ rows: rows(MAX_PAGE_ROWS), bytes: MAX_PAGE_ROWS * 100 })).toBe(false);
		expect(rowPages({ rows: rows(MAX_PAGE_ROWS), bytes: MAX_PAGE_ROWS * 100 })).toEqual([]);
		const pages = rowPages({ rows: rows(401), bytes: 401 * 100 });
		expect(pages).toEqual([
			{ page: 1, from: 1, to: 200 },
			{ page: 2, from: 201, to: 400 },
			{ page: 3, from: 401, to: 401 },
		]);
	});

	it('no dataset of the real site is paged', () => {
		const { datasets } = loadCatalog(ROOT);
		for (const ds of datasets.values()) expect(isPaged(ds), ds.declaration.id).toBe(false);
	});

	it.each([
		[1, 1, [1]],
		[1, 3, [1, 2, 3]],
		[1, 200, [1, 2, 3, null, 200]],
		[7, 200, [1, null, 5, 6, 7, 8, 9, null, 200]],
		[200, 200, [1, null, 198, 199, 200]],
		[4, 7, [1, 2, 3, 4, 5, 6, 7]],
	])('pagerNumbers(%i, %i) = %j', (current, total, expected) => {
		expect(pagerNumbers(current, total)).toEqual(expected);
	});
});

describe('summariseColumns(declaration, rows)', () => {
	const declaration = {
		schema: {
			fields: [
				{ name: 'id', type: 'string' },
				{ name: 'commodity', type: 'string' },
				{ name: 'year', type: 'integer' },
				{ name: 'designated', type: 'date' },
			],
			primaryKey: ['id'],
		},
	} as unknown as Parameters<typeof summariseColumns>[0];
	const data = [
		{ id: 'a', commodity: 'kopi', year: 2022, designated: '2022-11-01' },
		{ id: 'b', commodity: 'kakao', year: null, designated: null },
		{ id: 'c', commodity: 'kopi', year: 2019, designated: '2019-02-08' },
		{ id: 'd', commodity: 'lada', year: 2024, designated: null },
		{ id: 'e', commodity: 'kakao', year: 2023, designated: '2023-01-11' },
		{ id: 'f', commodity: 'kopi', year: 2023, designated: null },
	];
	const [id, commodity, year, designated] = summariseColumns(declaration, data);

	it('counts filled and missing cells', () => {
		expect([year?.count, year?.missing]).toEqual([5, 1]);
		expect([designated?.count, designated?.missing]).toEqual([3, 3]);
	});

	it('gives the range of numbers and dates', () => {
		expect(year?.range).toEqual({ min: 2019, max: 2024 });
		expect(designated?.range).toEqual({ min: '2019-02-08', max: '2023-01-11' });
		expect(year?.top).toBeUndefined();
	});

	it('lists the most frequent texts, or says every value differs', () => {
		expect(commodity?.top).toEqual([
			{ value: 'kopi', count: 3 },
			{ value: 'kakao', count: 2 },
			{ value: 'lada', count: 1 },
		]);
		expect(commodity?.top).toHaveLength(TOP_VALUES);
		expect(commodity?.distinct).toBe(3);
		expect(id?.top).toBeUndefined();
		expect(id?.distinct).toBe(6);
	});
});
