import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { geoArea, geoBounds, geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
	boundaryFeatures,
	buildTopology,
	checkTopology,
	featurePolygons,
	normaliseArea,
	type BoundaryTopology,
} from '../../../src/lib/geo/convert.ts';
import { ringArea, type Position, type WilayahArea } from '../../../src/lib/geo/wilayah.ts';

const ROOT = join(import.meta.dirname, '../../..');

// Squares on a north-up map, [lon, lat]; `cw` = clockwise (d3's exterior winding).
const square = (x: number, y: number, size: number, cw = true): Position[] => {
	const ring: Position[] = [
		[x, y],
		[x, y + size],
		[x + size, y + size],
		[x + size, y],
		[x, y],
	];
	return cw ? ring : ring.reverse();
};
const area = (code: string, polygons: Position[][][]): WilayahArea => ({
	code,
	name: `Area ${code}`,
	lat: 0,
	lon: 0,
	polygons,
});

describe('normaliseArea', () => {
	it('winds exteriors clockwise and holes counter-clockwise, and says so', () => {
		const { area: out, problems } = normaliseArea(
			area('99.01', [[square(110, -2, 1, false), square(110.2, -1.8, 0.2, true)]]),
			'f',
		);
		expect(problems.every((p) => p.severity === 'warning')).toBe(true);
		const [polygon] = out?.polygons ?? [];
		expect(ringArea(polygon?.[0] ?? [])).toBeLessThan(0);
		expect(ringArea(polygon?.[1] ?? [])).toBeGreaterThan(0);
		expect(out?.repairs).toEqual([
			'polygon 0, exterior: rewound clockwise',
			'polygon 0, ring 1: rewound counter-clockwise',
		]);
	});

	it('makes a "hole" lying outside its exterior an island of its own', () => {
		const { area: out } = normaliseArea(
			area('96.01', [[square(130, -1, 1), square(132, -1, 0.1)]]),
			'f',
		);
		expect(out?.polygons).toHaveLength(2);
		expect(out?.polygons[1]).toEqual([square(132, -1, 0.1)]);
		expect(out?.repairs).toContain(
			'polygon 0, ring 1: lies outside its exterior; made its own polygon',
		);
	});

	it('refuses a hole that crosses its exterior, naming the area', () => {
		const { area: out, problems } = normaliseArea(
			area('99.02', [[square(110, -2, 1), square(110.5, -1.5, 1, false)]]),
			'kab/x.sql',
		);
		expect(out).toBeUndefined();
		expect(problems).toContainEqual(
			expect.objectContaining({
				severity: 'error',
				code: 'geo-hole-crosses',
				area: '99.02 Area 99.02',
				file: 'kab/x.sql',
			}),
		);
	});

	it('drops rings enclosing no area, and refuses an area left empty', () => {
		const flat: Position[] = [
			[110, -1],
			[111, -1],
			[112, -1],
			[110, -1],
		];
		const { area: out, problems } = normaliseArea(area('99.03', [[flat]]), 'f');
		expect(out).toBeUndefined();
		expect(problems.map((p) => p.code)).toContain('geo-empty');
	});
});

describe('buildTopology and checkTopology', () => {
	const areas = [
		area('99.01', [[square(110, -2, 1)], [square(112, -2, 0.001)]]),
		area('99.02', [[square(111, -2, 1)]]),
		// Only tiny islands: it must keep its largest one rather than vanish.
		area('99.03', [[square(113, -2, 0.002)], [square(113.1, -2, 0.001)]]),
	];
	const opts = { minWeight: 1e-6, minRingArea: 1e-4, quantization: 1e4 };
	const topo = buildTopology(areas, 'regencies', opts);
	const expected = new Map(areas.map((a) => [a.code, a.name]));

	it('keeps every area, sorted, with names, and drops islands below minRingArea', () => {
		const features = boundaryFeatures(topo);
		expect(features.map((f) => f.id)).toEqual(['99.01', '99.02', '99.03']);
		expect(features[0]?.properties.name).toBe('Area 99.01');
		expect(featurePolygons(features[0] as (typeof features)[0])).toHaveLength(1);
		expect(featurePolygons(features[2] as (typeof features)[0])).toHaveLength(1);
	});

	it('shares the border of adjacent areas as one arc', () => {
		const arcsOf = (i: number) => {
			const g = topo.objects.regencies?.geometries[i];
			return new Set(
				(g?.type === 'MultiPolygon' ? g.arcs.flat(2) : []).map((a) => (a < 0 ? ~a : a)),
			);
		};
		const shared = [...arcsOf(0)].filter((a) => arcsOf(1).has(a));
		expect(shared.length).toBeGreaterThan(0);
	});

	it('passes its own checks, and d3-geo reads every area as small', () => {
		expect(checkTopology(topo, 'x.json', expected)).toEqual([]);
		for (const f of boundaryFeatures(topo)) expect(geoArea(f)).toBeLessThan(0.01);
	});

	it('names a counter-clockwise exterior, a missing area and an unexpected one', () => {
		const broken = JSON.parse(JSON.stringify(topo)) as BoundaryTopology;
		const geometries = broken.objects.regencies?.geometries ?? [];
		const reversed = geometries[1];
		if (reversed?.type === 'MultiPolygon') {
			reversed.arcs = reversed.arcs.map((p) => p.map((ring) => ring.map((a) => ~a).reverse()));
		}
		geometries.splice(2, 1);
		const problems = checkTopology(
			broken,
			'x.json',
			new Map([...expected, ['99.04', 'Area 99.04']]),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ code: 'geo-winding', area: '99.02 Area 99.02' }),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ code: 'geo-missing', area: '99.03 Area 99.03' }),
		);
		expect(problems).toContainEqual(
			expect.objectContaining({ code: 'geo-missing', area: '99.04 Area 99.04' }),
		);
		const extra = checkTopology(topo, 'x.json', new Map([['99.01', 'A']]));
		expect(extra.map((p) => p.code)).toContain('geo-unexpected');
	});

	it('refuses a coordinate outside Indonesia', () => {
		const far = buildTopology([area('99.09', [[square(150, 10, 1)]])], 'regencies', opts);
		expect(checkTopology(far, 'x.json', new Map([['99.09', 'X']]))).toContainEqual(
			expect.objectContaining({ code: 'geo-range', area: '99.09 Area 99.09' }),
		);
	});
});

describe('the committed boundary files (data/geo)', () => {
	const manifest = JSON.parse(readFileSync(join(ROOT, 'data/geo/manifest.json'), 'utf8')) as {
		files: { path: string; areas: number }[];
		provinces: { code: string; name: string; regencies: number }[];
	};
	const read = (path: string) =>
		JSON.parse(readFileSync(join(ROOT, 'data/geo', path), 'utf8')) as BoundaryTopology;

	it('hold 38 provinces and 514 regencies in 39 files', () => {
		expect(manifest.provinces).toHaveLength(38);
		expect(manifest.provinces.reduce((n, p) => n + p.regencies, 0)).toBe(514);
		expect(manifest.files).toHaveLength(39);
	});

	it.each(
		JSON.parse(readFileSync(join(ROOT, 'data/geo/manifest.json'), 'utf8')).files.map(
			(f: { path: string }) => f.path,
		) as string[],
	)('%s passes the conversion checks and its budget', (path) => {
		const text = readFileSync(join(ROOT, 'data/geo', path), 'utf8');
		const topo = JSON.parse(text) as BoundaryTopology;
		const features = boundaryFeatures(topo);
		const expected = new Map(features.map((f) => [f.id, f.properties.name]));
		const count = manifest.files.find((f) => f.path === path)?.areas;
		expect(features).toHaveLength(count ?? -1);
		if (path.startsWith('regencies/')) {
			const prov = path.slice(10, 12);
			expect(features.every((f) => f.id.startsWith(`${prov}.`))).toBe(true);
		}
		expect(checkTopology(topo, path, expected)).toEqual([]);
		const budget = path === 'provinces.topo.json' ? 150_000 : 40_000;
		expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(budget);
	});

	it('render where they are: each province fits inside a national map, none fills it', () => {
		const provinces = boundaryFeatures(read('provinces.topo.json'));
		const fc = { type: 'FeatureCollection' as const, features: provinces };
		const projection = geoMercator().fitSize([960, 400], fc);
		const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(fc);
		expect(x0).toBeGreaterThanOrEqual(-0.5);
		expect(x1).toBeLessThanOrEqual(960.5);
		expect(y1 - y0).toBeLessThanOrEqual(400.5);
		for (const p of provinces) {
			const [[a, b], [c, d]] = geoPath(projection).bounds(p);
			expect(c - a, p.properties.name).toBeLessThan(400);
			expect(d - b, p.properties.name).toBeLessThan(300);
		}
		// Jawa Timur lies where it should.
		const jatim = provinces.find((p) => p.id === '35');
		const [[w, s], [e, n]] = geoBounds(jatim as (typeof provinces)[0]);
		expect(w).toBeCloseTo(110.9, 0);
		expect(e).toBeCloseTo(116.27, 0);
		expect(s).toBeCloseTo(-8.78, 0);
		expect(n).toBeCloseTo(-5.04, 0);
	});
});
