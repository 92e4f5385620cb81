import { describe, expect, it } from 'vitest';
import { distinct, earliest, latest } from '../../../src/lib/data/figures.ts';
import type { CheckedDataset } from '../../../src/lib/data/validate.ts';

const ds = {
	file: 'data/x.csv',
	lines: [2, 3, 4],
	declaration: {
		schema: {
			fields: [
				{ name: 'as_of', type: 'yearmonth' },
				{ name: 'n', type: 'integer', unit: 'villages' },
			],
		},
	},
	rows: [
		{ as_of: '2023-09', n: 613, source: 'b' },
		{ as_of: '2025-03', n: 1909, source: 'c' },
		{ as_of: '2019-12', n: 1, source: 'a' },
		{ as_of: '2026-01', n: null, source: 'd' },
	],
} as unknown as CheckedDataset;

describe('headline figures', () => {
	it('latest() takes the newest row that has a number, with its unit and source', () => {
		expect(latest(ds, 'as_of', 'n')).toEqual({
			value: 1909,
			unit: 'villages',
			asOf: '2025-03',
			sources: ['c'],
		});
	});
	it('earliest() takes the oldest row', () => {
		expect(earliest(ds, 'as_of', 'n')?.value).toBe(1);
	});
	it('distinct() drops nulls and repeats', () => {
		expect(distinct([{ a: 'x' }, { a: 'x' }, { a: null }, { a: 'y' }], 'a')).toEqual(['x', 'y']);
	});
});
