// Points are checked with or without a region column: inside Indonesia, not 0,0 and not swapped
// always; inside their region when `geo.region` names a column, a village code being checked
// against its regency (the nearest level data/regions.csv lists).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../../../src/lib/data/declaration.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { renderProblem } from '../../../src/lib/data/problems.ts';
import {
	checkCatalog,
	checkDataset,
	regionOf,
	type CheckedDataset,
} from '../../../src/lib/data/validate.ts';

const { datasets } = loadCatalog(join(import.meta.dirname, '../../fixtures'), 'catalog');

function check(csv: string, geo: Record<string, string>) {
	const json = JSON.stringify({
		id: 'titik',
		title: { id: 'x', en: 'x' },
		description: { id: 'x', en: 'x' },
		licence: { name: 'x', title: 'x', path: 'https://x.example/' },
		updated: '2026-01-01',
		schema: {
			fields: [
				{ name: 'kode_desa', type: 'string', description: 'x' },
				{ name: 'lat', type: 'number', description: 'x', decimalChar: '.' },
				{ name: 'lon', type: 'number', description: 'x', decimalChar: '.' },
			],
			primaryKey: ['kode_desa'],
		},
		geo,
	});
	const parsed = parseDeclaration(json, 'data/titik.dataset.json', 'titik');
	expect(parsed.problems).toEqual([]);
	const checked = checkDataset(csv, parsed.declaration!, 'data/titik.csv');
	expect(checked.problems).toEqual([]);
	const all = new Map<string, CheckedDataset>(datasets);
	all.set('titik', checked.dataset);
	return checkCatalog(all).filter((p) => p.dataset === 'titik');
}

const CSV = [
	'kode_desa,lat,lon',
	'35.24.10.2009,-6.98763,112.28776',
	'35.24.10.2010,-8.19775,111.16876',
	'35.01.05.2016,111.16876,-8.19775',
	'99.01.01.2001,-8.19775,111.16876',
	'',
].join('\n');

describe('geo', () => {
	it('without a region: swapped and outside points are still reported, no region check', () => {
		expect(check(CSV, { lat: 'lat', lon: 'lon' }).map((p) => [p.code, p.line])).toEqual([
			['geo-swapped', 4],
		]);
	});

	it('with village codes as the region: each point is checked in its regency', () => {
		const problems = check(CSV, { lat: 'lat', lon: 'lon', region: 'kode_desa' });
		expect(problems.map((p) => [p.code, p.line])).toEqual([
			['geo-region-mismatch', 3],
			['geo-swapped', 4],
		]);
		expect(renderProblem(problems[0]!, 'en').message).toBe(
			'the point is outside Kabupaten Satu (35.24, the region of 35.24.10.2010)',
		);
		expect(renderProblem(problems[0]!).message).toBe(
			'titiknya di luar Kabupaten Satu (35.24, wilayah dari 35.24.10.2010)',
		);
	});

	it('regionOf() falls back to the nearest listed level', () => {
		const byCode = new Map([
			['35', 'Jawa Timur'],
			['35.24', 'Lamongan'],
		]);
		expect(regionOf('35.24.10.2009', byCode)).toBe('Lamongan');
		expect(regionOf('35.24', byCode)).toBe('Lamongan');
		expect(regionOf('35.01.05', byCode)).toBe('Jawa Timur');
		expect(regionOf('64.08', byCode)).toBeUndefined();
	});

	it('a declared geo.region must still name a field', () => {
		const json = JSON.stringify({
			id: 'titik',
			title: { id: 'x', en: 'x' },
			description: { id: 'x', en: 'x' },
			licence: { name: 'x', title: 'x', path: 'https://x.example/' },
			updated: '2026-01-01',
			schema: {
				fields: [
					{ name: 'lat', type: 'number', description: 'x' },
					{ name: 'lon', type: 'number', description: 'x' },
				],
				primaryKey: ['lat'],
			},
			geo: { lat: 'lat', lon: 'lon', region: 'kode' },
		});
		expect(parseDeclaration(json, 'data/titik.dataset.json', 'titik').problems).toEqual([
			expect.objectContaining({ code: 'declaration-field', value: 'kode' }),
		]);
	});
});
