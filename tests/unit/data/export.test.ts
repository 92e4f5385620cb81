import { describe, expect, it } from 'vitest';
import { dataPackage, neutraliseFormula, toCsv } from '../../../src/lib/data/export.ts';
import { checkDataset } from '../../../src/lib/data/validate.ts';
import { loadCase } from './fixture-catalog.ts';

describe('neutraliseFormula(text)', () => {
	it.each([
		['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
		['+62 812', `'+62 812`],
		['-cmd', `'-cmd`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\tTab', `'\tTab`],
		['Desa Satu', 'Desa Satu'],
		['', ''],
	])('%j → %j', (input, output) => {
		expect(neutraliseFormula(input)).toBe(output);
	});
});

describe('toCsv(declaration, rows)', () => {
	const ds = loadCase().datasets.get('desa');
	if (!ds) throw new Error('fixture missing');

	it('writes the declared header and one line per row, quoting commas', () => {
		const lines = toCsv(ds.declaration, ds.rows).trimEnd().split('\n');
		expect(lines[0]).toBe(ds.declaration.schema.fields.map((f) => f.name).join(','));
		expect(lines).toHaveLength(ds.rows.length + 1);
		expect(lines[3]).toContain('"Desa Tiga, Utara"');
	});

	it('writes missing values as empty cells and numbers unformatted', () => {
		const line = toCsv(ds.declaration, ds.rows).split('\n')[2];
		expect(line).toBe(
			'desa-dua,35.01.05.2016,Desa Dua,35.01,-8.19775,111.16876,,,2022-11-01,confirmed,,src-second',
		);
	});

	it('neutralises formulas in text fields but leaves negative numbers alone', () => {
		const rows = [{ ...ds.rows[0], name: '=1+1', lat: -6.5 }];
		const line = toCsv(ds.declaration, rows).split('\n')[1] ?? '';
		expect(line).toContain(",'=1+1,");
		expect(line).toContain(',-6.5,');
	});

	it('round-trips: the exported file loads again with the same rows', () => {
		const again = checkDataset(toCsv(ds.declaration, ds.rows), ds.declaration, 'data/desa.csv');
		expect(again.problems).toEqual([]);
		expect(again.dataset.rows).toEqual(ds.rows);
	});
});

describe('dataPackage(datasets)', () => {
	const catalog = loadCase();
	const pkg = dataPackage([...catalog.datasets.values()], {
		siteUrl: 'https://example.org/',
		sourcesOf: () => [{ title: 'Probe Outlet', path: 'https://example.org/probe' }],
		csvOf: () => ({ bytes: 10, sha256: 'ab'.repeat(32) }),
	});
	const resources = pkg.resources as Record<string, unknown>[];

	it('lists every dataset as a tabular CSV resource with its schema', () => {
		expect(resources.map((r) => r.name)).toEqual(['desa', 'regions', 'sources']);
		const desa = resources[0] as {
			path: string;
			schema: { primaryKey: string[]; fields: unknown[] };
		};
		expect(desa.path).toBe('desa.csv');
		expect(desa.schema.primaryKey).toEqual(['id']);
		expect(desa.schema.fields).toHaveLength(12);
	});

	it('carries licence, sources and hash for each resource', () => {
		for (const r of resources) {
			expect(r.licenses).toHaveLength(1);
			expect(r.sources).toEqual([{ title: 'Probe Outlet', path: 'https://example.org/probe' }]);
			expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
		}
	});
});
