/**
 * Geographic bounds: `[[west, south], [east, north]]` in WGS84 degrees (d3-geo's shape).
 * Indonesia never crosses the antimeridian, so plain min/max arithmetic is enough.
 */
import { geoBounds } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

/** `[[west, south], [east, north]]`, degrees. */
export type Bounds = [[number, number], [number, number]];

/** Indonesia as the national maps frame it (the 2025 province boundaries, rounded out). */
export const INDONESIA_BOUNDS: Bounds = [
	[95.0, -11.1],
	[141.1, 6.1],
];

/** The smallest bounds holding all of `list`; undefined for an empty list. */
export function unionBounds(list: readonly Bounds[]): Bounds | undefined {
	if (list.length === 0) return undefined;
	let [[w, s], [e, n]] = list[0] as Bounds;
	for (const [[w1, s1], [e1, n1]] of list.slice(1)) {
		w = Math.min(w, w1);
		s = Math.min(s, s1);
		e = Math.max(e, e1);
		n = Math.max(n, n1);
	}
	return [
		[w, s],
		[e, n],
	];
}

/** Bounds of GeoJSON objects (d3-geo's spherical bounds, unioned). */
export function boundsOfGeo(objects: readonly GeoPermissibleObjects[]): Bounds | undefined {
	return unionBounds(objects.map((o) => geoBounds(o) as Bounds));
}

/** Bounds of points `[lon, lat]`; undefined when there are none. */
export function boundsOfPoints(points: readonly (readonly [number, number])[]): Bounds | undefined {
	if (points.length === 0) return undefined;
	// A loop, not Math.min(...list): spreading 100,000 arguments overflows the stack.
	let [w, s] = points[0] as readonly [number, number];
	let [e, n] = [w, s];
	for (const [lon, lat] of points) {
		if (lon < w) w = lon;
		if (lon > e) e = lon;
		if (lat < s) s = lat;
		if (lat > n) n = lat;
	}
	return [
		[w, s],
		[e, n],
	];
}

/**
 * Grow bounds by `fraction` of their size on every side, and to at least `minSpan` degrees in
 * each direction (so a single point or a small town still gets a readable frame).
 */
export function padBounds(b: Bounds, fraction = 0.05, minSpan = 0): Bounds {
	const [[w, s], [e, n]] = b;
	const cx = (w + e) / 2;
	const cy = (s + n) / 2;
	const halfW = Math.max(((e - w) * (1 + 2 * fraction)) / 2, minSpan / 2);
	const halfH = Math.max(((n - s) * (1 + 2 * fraction)) / 2, minSpan / 2);
	return [
		[cx - halfW, cy - halfH],
		[cx + halfW, cy + halfH],
	];
}

/** True when `[lon, lat]` lies inside (or on the edge of) the bounds. */
export function boundsContain(b: Bounds, [lon, lat]: readonly [number, number]): boolean {
	return lon >= b[0][0] && lon <= b[1][0] && lat >= b[0][1] && lat <= b[1][1];
}

/**
 * Bounds of the main parts of areas: polygons whose exterior is at least `share` of their
 * feature's total area (default 1%), so a province is framed on its mainland and larger islands
 * rather than on a far islet (Masalembu for Jawa Timur). Undefined for no polygons.
 */
export function mainBounds(
	features: readonly { geometry: Polygon | MultiPolygon }[],
	share = 0.01,
): Bounds | undefined {
	const parts: Bounds[] = [];
	for (const f of features) {
		const polygons =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const areas = polygons.map((p) => Math.abs(planarArea(p[0] ?? [])));
		const total = areas.reduce((s, a) => s + a, 0);
		polygons.forEach((p, i) => {
			if ((areas[i] ?? 0) >= share * total) {
				const b = boundsOfPoints((p[0] ?? []) as [number, number][]);
				if (b) parts.push(b);
			}
		});
	}
	return unionBounds(parts);
}

function planarArea(ring: readonly number[][]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x0 = 0, y0 = 0] = ring[i] ?? [];
		const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
		sum += x0 * y1 - x1 * y0;
	}
	return sum / 2;
}
