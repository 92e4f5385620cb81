/**
 * Reading the boundary dumps of `cahyadsn/wilayah_boundaries` (MIT): MySQL
 * `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES (...)` statements whose `path`
 * holds polygons → rings → **[lat, lng]** pairs. This module turns them into GeoJSON features
 * in `[lon, lat]` order and checks every ring, reporting problems with the area's code and name.
 */

/** GeoJSON position: `[longitude, latitude]`, WGS84 degrees. */
export type Position = [number, number];
/** A polygon: an outer ring then holes, each closed (first position = last). */
export type PolygonCoords = Position[][];

/** One administrative area as read from a dump. */
export interface WilayahArea {
	/** Kemendagri code: `35` (province) or `35.24` (regency/city). */
	code: string;
	/** Name as written in the source, e.g. `Kabupaten Lamongan`, `Jawa Timur`. */
	name: string;
	/** The source's representative point (its README: the polygon centroid), WGS84. */
	lat: number;
	lon: number;
	/** The polygons, `[lon, lat]`, rings closed. */
	polygons: PolygonCoords[];
}

/** A problem in a dump, named by file, line and the area it concerns. */
export interface GeoProblem {
	/** `error` stops the conversion; `warning` reports a repair (a dropped degenerate ring). */
	severity: 'error' | 'warning';
	file: string;
	line: number;
	code: string;
	/** Kemendagri code and name of the area, when known. */
	area?: string;
	message: string;
}

/** Result of {@link parseWilayahSql}. */
export interface ParsedWilayah {
	areas: WilayahArea[];
	problems: GeoProblem[];
}

const RECORD =
	/\(\s*'([0-9.]+)'\s*,\s*'((?:[^'\\]|''|\\.)*)'\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*'(\[[^']*\])'\s*\)/g;

function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

function depth(value: unknown): number {
	let d = 0;
	let v = value;
	while (Array.isArray(v)) {
		d++;
		v = v[0];
	}
	return d;
}

/**
 * Check one ring (`[lon, lat]` positions): at least 4 positions, closed, every coordinate a
 * finite number inside WGS84 ranges. Returns a message per problem (empty when fine).
 */
export function ringProblems(ring: readonly (readonly number[])[]): string[] {
	const out: string[] = [];
	if (ring.length < 4) out.push(`a ring has ${ring.length} positions; at least 4 are needed`);
	const bad = ring.findIndex(
		(p) =>
			p.length !== 2 ||
			!p.every(Number.isFinite) ||
			Math.abs(p[0] ?? NaN) > 180 ||
			Math.abs(p[1] ?? NaN) > 90,
	);
	if (bad >= 0)
		out.push(`position ${bad} (${JSON.stringify(ring[bad])}) is not a WGS84 [lon, lat]`);
	const first = ring[0];
	const last = ring.at(-1);
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
		out.push('a ring is not closed (its first and last positions differ)');
	}
	return out;
}

/**
 * Signed area of a ring on the plane, in square degrees: positive when counter-clockwise
 * (`[lon, lat]` with lon to the east and lat to the north), negative when clockwise.
 */
export function ringArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0, n = ring.length; i < n - 1; i++) {
		const [x0, y0] = ring[i] as Position;
		const [x1, y1] = ring[i + 1] as Position;
		sum += x0 * y1 - x1 * y0;
	}
	return sum / 2;
}

/** True for a closed ring of fewer than 4 positions that encloses nothing (`[a, b, a]`). */
export function isDegenerateRing(ring: readonly Position[]): boolean {
	const first = ring[0];
	const last = ring.at(-1);
	return (
		ring.length < 4 &&
		first !== undefined &&
		last !== undefined &&
		first[0] === last[0] &&
		first[1] === last[1] &&
		ringArea(ring) === 0
	);
}

/**
 * Parse a dump. `[lat, lng]` pairs become `[lon, lat]`; a depth-3 path (one polygon) and a
 * depth-4 path (several) both become a list of polygons. Problems: `geo-record` (a path that is
 * not JSON or not polygons), `geo-ring` (an unclosed or short ring, a coordinate out of range),
 * both errors; `geo-degenerate-ring` (a closed ring enclosing nothing, `[a, b, a]`), a warning:
 * the ring is dropped.
 */
export function parseWilayahSql(text: string, file: string): ParsedWilayah {
	const areas: WilayahArea[] = [];
	const problems: GeoProblem[] = [];
	for (const m of text.matchAll(RECORD)) {
		const [, code = '', rawName = '', lat = '', lng = '', path = ''] = m;
		const name = rawName.replace(/''/g, "'").replace(/\\(.)/g, '$1');
		const line = lineAt(text, m.index);
		const area = `${code} ${name}`;
		let parsed: unknown;
		try {
			parsed = JSON.parse(path);
		} catch {
			problems.push({
				severity: 'error',
				file,
				line,
				code: 'geo-record',
				area,
				message: 'path is not valid JSON',
			});
			continue;
		}
		const d = depth(parsed);
		if (d !== 3 && d !== 4) {
			problems.push({
				severity: 'error',
				file,
				line,
				code: 'geo-record',
				area,
				message: `path nests ${d} levels; expected 3 (a polygon) or 4 (several)`,
			});
			continue;
		}
		const raw = (d === 3 ? [parsed] : parsed) as number[][][][];
		let ok = true;
		const polygons: PolygonCoords[] = raw.map((polygon, i) =>
			polygon.flatMap((rawRing, j) => {
				const ring = rawRing.map(([la, lo]) => [lo, la] as Position);
				if (j > 0 && isDegenerateRing(ring)) {
					problems.push({
						severity: 'warning',
						file,
						line,
						code: 'geo-degenerate-ring',
						area,
						message: `polygon ${i}, ring ${j}: a closed ring of ${ring.length} positions encloses nothing; dropped`,
					});
					return [];
				}
				for (const message of ringProblems(ring)) {
					ok = false;
					problems.push({
						severity: 'error',
						file,
						line,
						code: 'geo-ring',
						area,
						message: `polygon ${i}, ring ${j}: ${message}`,
					});
				}
				return [ring];
			}),
		);
		if (ok) areas.push({ code, name, lat: Number(lat), lon: Number(lng), polygons });
	}
	if (areas.length === 0 && problems.length === 0) {
		problems.push({
			severity: 'error',
			file,
			line: 1,
			code: 'geo-record',
			message: 'no boundary records found',
		});
	}
	return { areas, problems };
}

/** `[minLon, minLat, maxLon, maxLat]` of an area's polygons (outer rings). */
export function bbox(polygons: readonly PolygonCoords[]): [number, number, number, number] {
	let minLon = Infinity;
	let minLat = Infinity;
	let maxLon = -Infinity;
	let maxLat = -Infinity;
	for (const polygon of polygons) {
		for (const [lon, lat] of polygon[0] ?? []) {
			if (lon < minLon) minLon = lon;
			if (lon > maxLon) maxLon = lon;
			if (lat < minLat) minLat = lat;
			if (lat > maxLat) maxLat = lat;
		}
	}
	return [minLon, minLat, maxLon, maxLat];
}

/** True when point `[lon, lat]` lies inside the ring (ray casting; on-edge points may go either way). */
export function inRing(point: Position, ring: readonly Position[]): boolean {
	const [x, y] = point;
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as Position;
		const [xj, yj] = ring[j] as Position;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** True when `[lon, lat]` lies inside any polygon (inside its outer ring and outside its holes). */
export function inPolygons(point: Position, polygons: readonly PolygonCoords[]): boolean {
	return polygons.some(
		(polygon) =>
			polygon[0] !== undefined &&
			inRing(point, polygon[0]) &&
			!polygon.slice(1).some((hole) => inRing(point, hole)),
	);
}

/**
 * Distance in kilometres from `[lon, lat]` to the nearest edge of the polygons (equirectangular
 * approximation, fine at the scale of a regency). 0 when the point is inside.
 */
export function distanceToPolygonsKm(point: Position, polygons: readonly PolygonCoords[]): number {
	if (inPolygons(point, polygons)) return 0;
	const [px, py] = point;
	const kx = 111.32 * Math.cos((py * Math.PI) / 180);
	const ky = 110.57;
	let best = Infinity;
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (let i = 0; i < ring.length - 1; i++) {
				const [ax, ay] = ring[i] as Position;
				const [bx, by] = ring[i + 1] as Position;
				const dx = (bx - ax) * kx;
				const dy = (by - ay) * ky;
				const qx = (px - ax) * kx;
				const qy = (py - ay) * ky;
				const len = dx * dx + dy * dy;
				const t = len ? Math.max(0, Math.min(1, (qx * dx + qy * dy) / len)) : 0;
				const d = Math.hypot(qx - t * dx, qy - t * dy);
				if (d < best) best = d;
			}
		}
	}
	return best;
}
