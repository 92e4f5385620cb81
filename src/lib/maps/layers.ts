/**
 * Boundary layers for the static maps, from a committed TopoJSON file: simplified again for the
 * scale of the map (a national map 640 pixels wide needs a fraction of the vertices the live map
 * needs when zoomed in), with land merged into one shape and shared borders drawn once.
 */
import type { MultiLineString, MultiPolygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject } from 'topojson-specification';
import {
	boundaryFeatures,
	type BoundaryFeature,
	type BoundaryProperties,
	type BoundaryTopology,
} from '../geo/convert.ts';
import { ringArea, type Position } from '../geo/wilayah.ts';

/**
 * The Visvalingam weight (square degrees) below which a vertex is invisible at `pxPerDegree`
 * pixels per degree: a triangle of about half a square `tolerancePx` wide.
 */
export function weightForScale(pxPerDegree: number, tolerancePx = 1): number {
	return (tolerancePx / pxPerDegree) ** 2 / 2;
}

const derived = new WeakMap<BoundaryTopology, Map<string, unknown>>();

/**
 * `make()` once per topology and key: every story's national map draws the same land and
 * borders, so a build of many stories merges and meshes them once. Results are shared: callers
 * must not mutate them.
 */
export function memoOn<T>(topo: BoundaryTopology, key: string, make: () => T): T {
	let byKey = derived.get(topo);
	if (!byKey) derived.set(topo, (byKey = new Map()));
	if (!byKey.has(key)) byKey.set(key, make());
	return byKey.get(key) as T;
}

/**
 * The topology with vertices lighter than `weight` removed and rings smaller than `minArea`
 * (square degrees) left out — except the largest exterior of each area, so no area vanishes.
 * Memoised per topology and settings.
 */
export function simplifyFor(
	topo: BoundaryTopology,
	weight: number,
	minArea: number,
): BoundaryTopology {
	return memoOn(topo, `simplified|${weight}|${minArea}`, () => {
		const pre = memoOn(topo, 'presimplified', () => presimplify(topo) as BoundaryTopology);
		return dropSmallRings(simplify(pre, weight) as BoundaryTopology, minArea);
	});
}

function dropSmallRings(light: BoundaryTopology, minArea: number): BoundaryTopology {
	const name = objectName(light);
	const areaOf = (ring: number[]) => {
		const g = feature(light, { type: 'Polygon', arcs: [ring] }).geometry;
		const coords = g?.type === 'Polygon' ? g.coordinates[0] : undefined;
		return coords ? Math.abs(ringArea(coords as Position[])) : 0;
	};
	const largest = new Set<number[]>();
	for (const g of (light.objects[name] as GeometryCollection).geometries) {
		const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
		let best: number[] | undefined;
		let bestArea = -1;
		for (const p of polygons) {
			const a = p[0] ? areaOf(p[0]) : 0;
			if (p[0] && a > bestArea) [best, bestArea] = [p[0], a];
		}
		if (best) largest.add(best);
	}
	// topojson-simplify types a ring loosely; it is the array of arc indexes in the geometry.
	return filter(light, (ring, interior) => {
		const arcs = ring as unknown as number[];
		return (!interior && largest.has(arcs)) || areaOf(arcs) >= minArea;
	}) as BoundaryTopology;
}

const codesKey = (codes?: ReadonlySet<string>) => (codes ? [...codes].sort().join(',') : '*');

function objectName(topo: BoundaryTopology): string {
	const name = Object.keys(topo.objects)[0];
	if (name === undefined) throw new Error('the TopoJSON has no object');
	return name;
}

function geometries(
	topo: BoundaryTopology,
	codes?: ReadonlySet<string>,
): GeometryObject<BoundaryProperties>[] {
	const all = (topo.objects[objectName(topo)] as GeometryCollection<BoundaryProperties>).geometries;
	return codes ? all.filter((g) => codes.has(String(g.id))) : all;
}

/** The areas (all, or those whose code is in `codes`) merged into one land shape. */
export function landOf(topo: BoundaryTopology, codes?: ReadonlySet<string>): MultiPolygon {
	return memoOn(topo, `land|${codesKey(codes)}`, () =>
		merge(topo, geometries(topo, codes) as Parameters<typeof merge>[1]),
	);
}

/**
 * Borders shared by two areas, each drawn once (no coastlines). With `codes`, only borders
 * touching at least one of those areas.
 */
export function bordersOf(topo: BoundaryTopology, codes?: ReadonlySet<string>): MultiLineString {
	const name = objectName(topo);
	return memoOn(topo, `borders|${codesKey(codes)}`, () =>
		mesh(
			topo,
			topo.objects[name] as GeometryCollection,
			(a, b) => a !== b && (!codes || codes.has(String(a.id)) || codes.has(String(b.id))),
		),
	);
}

/**
 * Every outline of every area, each arc once: shared borders and coastlines. The regency files
 * are not fully topological (neighbours' edges were simplified apart upstream, so many borders
 * are two near-parallel arcs); drawing all arcs alike keeps every border visible.
 */
export function outlinesOf(topo: BoundaryTopology): MultiLineString {
	return memoOn(topo, 'outlines', () =>
		mesh(topo, topo.objects[objectName(topo)] as GeometryCollection),
	);
}

/**
 * The outlines of the areas in `codes` (their coasts and the borders between them and with other
 * areas), leaving out every border of an area in `besides`, which is drawn from another file.
 */
export function outlinesBeside(
	topo: BoundaryTopology,
	codes: ReadonlySet<string>,
	besides: ReadonlySet<string>,
): MultiLineString {
	const name = objectName(topo);
	return memoOn(topo, `outlines|${codesKey(codes)}|${codesKey(besides)}`, () =>
		mesh(topo, topo.objects[name] as GeometryCollection, (a, b) => {
			const [ca, cb] = [String(a.id), String(b.id)];
			if (besides.has(ca) || besides.has(cb)) return false;
			return codes.has(ca) || codes.has(cb);
		}),
	);
}

/** The areas as features (all, or those in `codes`), in file order. Shared: do not mutate. */
export function featuresOf(topo: BoundaryTopology, codes?: ReadonlySet<string>): BoundaryFeature[] {
	const all = memoOn(topo, 'features', () => boundaryFeatures(topo));
	return codes ? all.filter((f) => codes.has(f.id)) : all;
}
