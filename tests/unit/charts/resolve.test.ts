// Props → rows: the errors an author meets, filters, names, tables and the CSV download.
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../../src/lib/charts/csv.ts';
import { ChartError, filterRows, groupSources, sourceRefs } from '../../../src/lib/charts/data.ts';
import { resolveBar } from '../../../src/lib/charts/kinds/bar/resolve.ts';
import { resolveLine } from '../../../src/lib/charts/kinds/line/resolve.ts';
import { resolveMultiples } from '../../../src/lib/charts/kinds/multiples/resolve.ts';
import { fixtureCatalog } from './helpers.ts';

const line = (props: Record<string, unknown>) =>
	resolveLine(
		{ id: 'x', title: 'X', dataset: 'counts', x: 'as_of', y: 'villages', ...props } as never,
		fixtureCatalog(),
		'id',
	);

describe('resolvers refuse props that do not fit the data', () => {
	it.each([
		[
			{ dataset: 'count' },
			/LineChart "x": dataset "count" does not exist in data\/ \(did you mean "counts"\?\)/,
		],
		[{ y: 'vilages' }, /y="vilages" is not a column of counts \(did you mean "villages"\?\)/],
		[
			{ y: 'basis' },
			/y="basis" is a string column of counts, not a number; number columns: villages, other/,
		],
		[{ x: 'basis' }, /x="basis" is text; a line needs a time or number column/],
		[{ where: { kind: 'x' } }, /where="kind" is not a column of counts/],
		[{ where: { basis: 'nothing' } }, /no row of counts matches/],
		[{ labels: ['a', 'b'] }, /labels has 2 entries for 1 columns/],
		[{ breaks: [{ x: '2022', label: 'b' }] }, /breaks x "2022" is not a yearmonth value/],
	])('%o', (props, message) => {
		expect(() => line(props)).toThrow(ChartError);
		expect(() => line(props)).toThrow(message);
	});

	it('refuses a bar chart with two rows for one bar', () => {
		expect(() =>
			resolveBar(
				{ id: 'b', title: 'B', dataset: 'trade', category: 'year', value: 'value' },
				fixtureCatalog(),
				'id',
			),
		).toThrow(/several rows have year = "2022"; add a where filter/);
	});
});

describe('rows, notes, tables and sources', () => {
	it('filters with values or lists of values, compared as text', () => {
		const rows = fixtureCatalog().get('trade')?.rows ?? [];
		expect(filterRows(rows, { year: '2022' })).toHaveLength(2);
		expect(filterRows(rows, { year: [2016, 2017], period: 'full-year' })).toHaveLength(2);
	});

	it('builds the table in the language with units in the headers and notes per row', () => {
		const en = resolveLine(
			{ id: 'x', title: 'X', dataset: 'counts', x: 'as_of', y: 'villages' },
			fixtureCatalog(),
			'en',
		);
		expect(en.table.columns.map((c) => c.label)).toEqual(['As of', 'Villages', 'Note', 'Source']);
		expect(en.table.rows[0]).toEqual(['December 2019', '1', 'The first village.', 'Outlet A']);
		const id = line({});
		expect(id.table.rows[5]).toEqual(['Maret 2025', '1.909', '', 'Outlet A']);
	});

	it('lists the sources of the shown rows in order, grouped by outlet for the source line', () => {
		const r = line({ where: { basis: ['first', 'ordinal'] } });
		expect(r.sources).toEqual(['src-a', 'src-b']);
		const all = line({});
		const groups = groupSources(sourceRefs(all.sources, fixtureCatalog()));
		expect(groups.map((g) => [g.outlet, g.refs.length])).toEqual([
			['Outlet A', 2],
			['Outlet B', 1],
		]);
		expect(groups[0]?.refs[0]).toMatchObject({
			url: 'https://example.org/a',
			published: '2023-02-08',
		});
	});
});

describe('chartCsv', () => {
	it('downloads exactly the shown rows of one dataset with every column', () => {
		const r = resolveBar(
			{
				id: 'b',
				title: 'B',
				dataset: 'units',
				category: 'region_code',
				value: 'farm_units',
				where: { survey: 'st2023' },
			},
			fixtureCatalog(),
			'id',
		);
		const csv = chartCsv(r.parts).split('\n');
		expect(csv[0]).toBe('region_code,survey,farm_units,label,source');
		expect(csv.filter(Boolean)).toHaveLength(4);
		expect(csv.join('\n')).not.toContain('Lama');
	});

	it('writes several datasets as one tidy table, text cells safe for spreadsheets', () => {
		const r = resolveMultiples(
			{
				id: 'm',
				title: 'M',
				x: 'as_of',
				panels: [
					{ dataset: 'counts', y: 'villages', title: 'A' },
					{ dataset: 'counts', y: 'other', title: 'B' },
				],
			},
			fixtureCatalog(),
			'id',
		);
		const parts = r.parts.map((p) => ({
			...p,
			rows: p.rows.map((row) => ({ ...row, note: row.note ? `=HYPERLINK("x")${row.note}` : null })),
		}));
		const csv = chartCsv(parts, {
			columns: [
				{ x: 'as_of', y: 'villages' },
				{ x: 'as_of', y: 'other' },
			],
		});
		const lines = csv.trim().split('\n');
		expect(lines[0]).toBe('dataset,x,value,unit,note,note_en,source');
		expect(lines[1]).toBe(
			`counts,2019-12,1,villages,"'=HYPERLINK(""x"")Desa pertama.",The first village.,src-a`,
		);
		expect(lines).toHaveLength(1 + 6 + 6);
		expect(csv).not.toMatch(/(^|,)[=+@]/m);
	});
});
