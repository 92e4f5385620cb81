import { describe, expect, it } from 'vitest';
import {
	bbox,
	distanceToPolygonsKm,
	inPolygons,
	isDegenerateRing,
	parseWilayahSql,
	ringArea,
	ringProblems,
	type Position,
} from '../../../src/lib/geo/wilayah.ts';

// A record as the dumps write it: path holds [lat, lng] pairs.
const record = (code: string, name: string, lat: number, lng: number, path: unknown) =>
	`('${code}','${name}',${lat},${lng},'${JSON.stringify(path)}')`;
const dump = (...records: string[]) =>
	`DELETE FROM wilayah_boundaries WHERE kode='99';\nINSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n${records.join(',\n')};\n`;

// A 1° square south of the equator, [lat, lng], clockwise on a north-up map.
const SQUARE_LATLNG = [
	[-1, 110],
	[-1, 111],
	[-2, 111],
	[-2, 110],
	[-1, 110],
];

describe('parseWilayahSql', () => {
	it('swaps [lat, lng] to [lon, lat] and reads code, name and point', () => {
		const { areas, problems } = parseWilayahSql(
			dump(record('99.01', 'Kabupaten Contoh', -1.5, 110.5, [[SQUARE_LATLNG]])),
			'kab/x.sql',
		);
		expect(problems).toEqual([]);
		expect(areas).toHaveLength(1);
		const [area] = areas;
		expect(area?.code).toBe('99.01');
		expect(area?.name).toBe('Kabupaten Contoh');
		expect([area?.lon, area?.lat]).toEqual([110.5, -1.5]);
		expect(area?.polygons[0]?.[0]?.[0]).toEqual([110, -1]);
	});

	it('wraps a depth-3 path (one polygon) like a depth-4 one', () => {
		const one = parseWilayahSql(dump(record('99', 'A', 0, 0, [SQUARE_LATLNG])), 'f');
		const many = parseWilayahSql(dump(record('99', 'A', 0, 0, [[SQUARE_LATLNG]])), 'f');
		expect(one.areas[0]?.polygons).toEqual(many.areas[0]?.polygons);
	});

	it("unescapes names ('' and backslash)", () => {
		const { areas } = parseWilayahSql(
			dump(`('99.02','Kota O''Neil \\'X\\'',0,0,'${JSON.stringify([[SQUARE_LATLNG]])}')`),
			'f',
		);
		expect(areas[0]?.name).toBe("Kota O'Neil 'X'");
	});

	it('reports an unclosed ring as an error with file, line, code and name', () => {
		const open = SQUARE_LATLNG.slice(0, 4).concat([[-1.5, 110]]);
		const { areas, problems } = parseWilayahSql(
			dump(record('99.03', 'Kabupaten Terbuka', 0, 0, [[open]])),
			'kab/x.sql',
		);
		expect(areas).toEqual([]);
		expect(problems).toContainEqual(
			expect.objectContaining({
				severity: 'error',
				code: 'geo-ring',
				file: 'kab/x.sql',
				line: 3,
				area: '99.03 Kabupaten Terbuka',
				message: expect.stringContaining('not closed'),
			}),
		);
	});

	it('reports a coordinate outside WGS84 (a projected dump) as an error', () => {
		const projected = SQUARE_LATLNG.map(([la, lo]) => [(la as number) * 1e5, lo]);
		const { problems } = parseWilayahSql(dump(record('99', 'A', 0, 0, [[projected]])), 'f');
		expect(problems.map((p) => p.code)).toContain('geo-ring');
		expect(problems[0]?.message).toMatch(/not a WGS84/);
	});

	it('drops a degenerate 3-position hole with a warning, keeping the area', () => {
		const hole = [
			[-1.5, 110.5],
			[-1.6, 110.6],
			[-1.5, 110.5],
		];
		const { areas, problems } = parseWilayahSql(
			dump(record('96.01', 'Kabupaten Sorong', 0, 0, [[SQUARE_LATLNG, hole]])),
			'f',
		);
		expect(areas[0]?.polygons[0]).toHaveLength(1);
		expect(problems).toEqual([
			expect.objectContaining({ severity: 'warning', code: 'geo-degenerate-ring' }),
		]);
	});

	it('reports a path that is not JSON, and a file with no records', () => {
		expect(parseWilayahSql('-- nothing here', 'empty.sql').problems).toEqual([
			expect.objectContaining({ code: 'geo-record', file: 'empty.sql' }),
		]);
		const notJson = parseWilayahSql(dump(`('99','A',0,0,'[[[1,2],[3,]]]')`), 'f');
		expect(notJson.problems).toEqual([
			expect.objectContaining({ code: 'geo-record', message: 'path is not valid JSON' }),
		]);
		const flat = parseWilayahSql(dump(`('99','A',0,0,'[[1,2]]')`), 'f');
		expect(flat.problems[0]?.message).toMatch(/nests 2 levels/);
	});
});

describe('rings', () => {
	const cw: Position[] = [
		[0, 0],
		[0, 1],
		[1, 1],
		[1, 0],
		[0, 0],
	];
	it('ringArea is negative for a clockwise ring, positive reversed', () => {
		expect(ringArea(cw)).toBe(-1);
		expect(ringArea([...cw].reverse())).toBe(1);
	});
	it('ringProblems accepts a closed ring and names each fault', () => {
		expect(ringProblems(cw)).toEqual([]);
		expect(ringProblems(cw.slice(0, 3))).toEqual([
			'a ring has 3 positions; at least 4 are needed',
			'a ring is not closed (its first and last positions differ)',
		]);
		expect(
			ringProblems([
				[0, 0],
				[0, 91],
				[1, 1],
				[0, 0],
			])[0],
		).toMatch(/position 1/);
	});
	it('isDegenerateRing is true only for closed rings enclosing nothing', () => {
		expect(
			isDegenerateRing([
				[0, 0],
				[1, 1],
				[0, 0],
			]),
		).toBe(true);
		expect(isDegenerateRing(cw)).toBe(false);
	});
});

describe('inPolygons, distanceToPolygonsKm, bbox', () => {
	const outer: Position[] = [
		[110, -1],
		[111, -1],
		[111, -2],
		[110, -2],
		[110, -1],
	];
	const hole: Position[] = [
		[110.4, -1.4],
		[110.4, -1.6],
		[110.6, -1.6],
		[110.6, -1.4],
		[110.4, -1.4],
	];
	const polygons = [[outer, hole]];
	it('is inside the exterior and outside the holes', () => {
		expect(inPolygons([110.2, -1.2], polygons)).toBe(true);
		expect(inPolygons([110.5, -1.5], polygons)).toBe(false);
		expect(inPolygons([112, -1.5], polygons)).toBe(false);
	});
	it('measures the distance to the nearest edge in km (0 inside)', () => {
		expect(distanceToPolygonsKm([110.2, -1.2], polygons)).toBe(0);
		// 0.1° of longitude east of the edge at latitude −1.5 ≈ 11.1 km.
		expect(distanceToPolygonsKm([111.1, -1.5], polygons)).toBeCloseTo(11.13, 1);
		// Inside the hole: 0.1° from its edge.
		expect(distanceToPolygonsKm([110.5, -1.5], polygons)).toBeCloseTo(11.05, 1);
	});
	it('bbox covers the exteriors', () => {
		expect(bbox(polygons)).toEqual([110, -2, 111, -1]);
	});
});
