/**
 * Turning parsed boundary areas ({@link WilayahArea}) into the simplified, quantized TopoJSON we
 * commit under `data/geo/`, and checking what comes out. Pure: `scripts/build-boundaries.ts`
 * reads and writes the files.
 *
 * Winding: the committed files follow d3-geo's convention — exterior rings clockwise, holes
 * counter-clockwise, as seen on a map with north up (`[lon, lat]` on the plane). That is the
 * opposite of RFC 7946's advice, which parsers must not enforce; Leaflet ignores winding, and
 * d3-geo reads a counter-clockwise exterior as "the whole globe minus this area".
 */
import { geoArea, geoBounds } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { INDONESIA_BBOX } from '../data/validate.ts';
import {
	inRing,
	ringArea,
	ringProblems,
	type GeoProblem,
	type PolygonCoords,
	type Position,
	type WilayahArea,
} from './wilayah.ts';

/** Indonesia's extent with a margin for small outer islands (the data layer's, degrees). */
const INDONESIA_EXTENT = INDONESIA_BBOX;

/** Properties of every feature in the committed files (the feature `id` is the Kemendagri code). */
export interface BoundaryProperties {
	/** Name as written in the source: `Kabupaten Lamongan`, `Jawa Timur`. */
	name: string;
}

/** A boundary feature as decoded from the committed TopoJSON. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, BoundaryProperties> & {
	id: string;
};

/** A committed TopoJSON file: one named object holding every area as a geometry. */
export type BoundaryTopology = Topology<{
	[name: string]: GeometryCollection<BoundaryProperties>;
}>;

/** How much to simplify one file. */
export interface SimplifyOptions {
	/**
	 * Visvalingam weight: a vertex whose triangle with its neighbours is smaller than this is
	 * removed (square degrees; 1e-4 ≈ 1.2 km² at the equator).
	 */
	minWeight: number;
	/** Rings (islands, holes) smaller than this after simplification are dropped (square degrees). */
	minRingArea: number;
	/** Grid of the quantized coordinates: the file's extent is divided into this many steps. */
	quantization: number;
}

/** An area with its rings repaired and wound the d3 way, and what was changed. */
export interface NormalisedArea extends WilayahArea {
	/** One line per repair (a rewound or promoted ring), for the conversion log. */
	repairs: string[];
}

const label = (a: Pick<WilayahArea, 'code' | 'name'>) => `${a.code} ${a.name}`;

/**
 * Repair and wind an area's polygons:
 * - a "hole" lying wholly outside its exterior ring is really another island: it becomes a
 *   polygon of its own (the source nests some islands of 96.01 Sorong that way);
 * - a hole that crosses its exterior (some positions in, some out) is an error;
 * - a ring enclosing no area is dropped;
 * - exteriors are wound clockwise, holes counter-clockwise.
 * Returns the area and the problems (repairs are in `repairs` and as warnings).
 */
export function normaliseArea(
	area: WilayahArea,
	file: string,
): { area?: NormalisedArea; problems: GeoProblem[] } {
	const problems: GeoProblem[] = [];
	const repairs: string[] = [];
	const main: PolygonCoords[] = [];
	const promoted: PolygonCoords[] = [];
	const problem = (severity: GeoProblem['severity'], code: string, message: string) =>
		problems.push({ severity, file, line: 0, code, area: label(area), message });

	const wind = (ring: Position[], clockwise: boolean, where: string): Position[] | undefined => {
		const a = ringArea(ring);
		if (a === 0) {
			repairs.push(`${where}: encloses no area; dropped`);
			return undefined;
		}
		if (a < 0 === clockwise) return ring;
		repairs.push(`${where}: rewound ${clockwise ? 'clockwise' : 'counter-clockwise'}`);
		return [...ring].reverse();
	};

	area.polygons.forEach((polygon, i) => {
		const [outerRaw, ...holes] = polygon;
		if (!outerRaw) return;
		const outer = wind(outerRaw, true, `polygon ${i}, exterior`);
		if (!outer) return;
		const kept: Position[][] = [outer];
		holes.forEach((hole, k) => {
			const j = k + 1;
			const inside = hole.slice(0, -1).filter((p) => inRing(p, outer)).length;
			if (inside === 0) {
				const island = wind(hole, true, `polygon ${i}, ring ${j} (outside its exterior)`);
				if (island) {
					repairs.push(`polygon ${i}, ring ${j}: lies outside its exterior; made its own polygon`);
					promoted.push([island]);
				}
				return;
			}
			if (inside < hole.length - 1) {
				problem(
					'error',
					'geo-hole-crosses',
					`polygon ${i}, ring ${j}: a hole crosses its exterior ring (${inside} of ${hole.length - 1} positions inside)`,
				);
				return;
			}
			const wound = wind(hole, false, `polygon ${i}, ring ${j}`);
			if (wound) kept.push(wound);
		});
		main.push(kept);
	});
	// Source polygons first, in source order, then the islands promoted from "holes".
	const polygons = [...main, ...promoted];
	if (polygons.length === 0) problem('error', 'geo-empty', 'no polygon with an area is left');
	for (const r of repairs) problem('warning', 'geo-repair', r);
	if (problems.some((p) => p.severity === 'error')) return { problems };
	return { area: { ...area, polygons, repairs }, problems };
}

/** Signed planar area of a ring as returned by topojson-client (an array of `[lon, lat]`). */
function area2(ring: readonly number[][]): number {
	return ringArea(ring as Position[]);
}

/**
 * Build the TopoJSON for a set of areas: shared borders become shared arcs, vertices are removed
 * by weight (Visvalingam), rings that became too small or lost their winding are dropped, and
 * coordinates are quantized. Features are sorted by code; the object is named `objectName`.
 */
export function buildTopology(
	areas: readonly WilayahArea[],
	objectName: string,
	opts: SimplifyOptions,
): BoundaryTopology {
	const sorted = [...areas].sort((a, b) => a.code.localeCompare(b.code));
	const collection = {
		type: 'FeatureCollection' as const,
		features: sorted.map((a) => ({
			type: 'Feature' as const,
			id: a.code,
			properties: { name: a.name },
			geometry: { type: 'MultiPolygon' as const, coordinates: a.polygons },
		})),
	};
	// The typings disagree on the properties' type between packages; the shapes are the same.
	const topo = topology({ [objectName]: collection }, 1e6) as unknown as Parameters<
		typeof presimplify
	>[0];
	const simplified = simplify(presimplify(topo), opts.minWeight);
	const quantized = quantize(
		simplified as unknown as Parameters<typeof quantize>[0],
		opts.quantization,
	);
	// Exteriors are clockwise (negative area), holes counter-clockwise (positive).
	const ringArea2 = (ring: number[]) => {
		const coords = (feature(quantized, { type: 'Polygon', arcs: [ring] }).geometry as Polygon)
			.coordinates[0];
		return coords && coords.length >= 4 ? area2(coords) : 0;
	};
	// An area made only of small islands (Kepulauan Seribu) keeps at least its largest one.
	const largest = new Set<number[]>();
	for (const g of (quantized.objects[objectName] as GeometryCollection).geometries) {
		if (g.type !== 'MultiPolygon' && g.type !== 'Polygon') continue;
		const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
		let best: number[] | undefined;
		let bestArea = 0;
		for (const polygon of polygons) {
			const exterior = polygon[0];
			const a = exterior ? -ringArea2(exterior) : 0;
			if (exterior && a > bestArea) [best, bestArea] = [exterior, a];
		}
		if (best) largest.add(best);
	}
	// topojson-simplify types a ring loosely; it is the array of arc indexes in the geometry.
	const kept = filter(quantized, (ring, interior) => {
		const arcs = ring as unknown as number[];
		if (!interior && largest.has(arcs)) return true;
		return (interior ? 1 : -1) * ringArea2(arcs) >= opts.minRingArea;
	}) as BoundaryTopology;
	const bbox = kept.bbox?.map((n) => Math.round(n * 1e5) / 1e5);
	return bbox ? { ...kept, bbox: bbox as Topology['bbox'] } : kept;
}

/** Every feature of a committed TopoJSON file, decoded to GeoJSON `[lon, lat]`. */
export function boundaryFeatures(topo: BoundaryTopology, objectName?: string): BoundaryFeature[] {
	const name = objectName ?? Object.keys(topo.objects)[0];
	const object = name === undefined ? undefined : topo.objects[name];
	if (!object) throw new Error(`the TopoJSON has no object "${name}"`);
	const fc = feature(topo, object);
	return fc.features.map((f) => ({ ...f, id: String(f.id) }) as BoundaryFeature);
}

/** The polygons of a feature as a list (a Polygon becomes a list of one). */
export function featurePolygons(f: Pick<BoundaryFeature, 'geometry'>): PolygonCoords[] {
	const g = f.geometry;
	if (!g) return [];
	return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as PolygonCoords[];
}

/**
 * Check a TopoJSON file as it will be committed: every expected code present once (and no
 * other), every feature non-empty, every ring closed with at least 4 positions inside
 * Indonesia's extent, exteriors clockwise and holes counter-clockwise, and d3-geo reading each
 * feature as a small area (not the globe minus it). Problems are errors named by code and name.
 */
export function checkTopology(
	topo: BoundaryTopology,
	file: string,
	expected: ReadonlyMap<string, string>,
): GeoProblem[] {
	const problems: GeoProblem[] = [];
	const push = (code: string, area: string | undefined, message: string) =>
		problems.push({ severity: 'error', file, line: 0, code, area, message });
	let features: BoundaryFeature[];
	try {
		features = boundaryFeatures(topo);
	} catch (error) {
		push('geo-topology', undefined, error instanceof Error ? error.message : String(error));
		return problems;
	}
	const seen = new Set<string>();
	for (const f of features) {
		const name = f.properties?.name ?? expected.get(f.id) ?? '';
		const area = `${f.id} ${name}`;
		if (seen.has(f.id)) push('geo-duplicate', area, 'the code appears twice');
		seen.add(f.id);
		if (!expected.has(f.id)) push('geo-unexpected', area, 'not an area of this file');
		const polygons = featurePolygons(f);
		if (polygons.length === 0) {
			push('geo-empty', area, 'no polygon is left after simplification; lower minRingArea');
			continue;
		}
		polygons.forEach((polygon, i) =>
			polygon.forEach((ring, j) => {
				for (const message of ringProblems(ring)) {
					push('geo-ring', area, `polygon ${i}, ring ${j}: ${message}`);
				}
				const out = ring.find(
					([lon, lat]) =>
						lon < INDONESIA_EXTENT.minLon ||
						lon > INDONESIA_EXTENT.maxLon ||
						lat < INDONESIA_EXTENT.minLat ||
						lat > INDONESIA_EXTENT.maxLat,
				);
				if (out) {
					push(
						'geo-range',
						area,
						`polygon ${i}, ring ${j}: [${out.join(', ')}] lies outside Indonesia (lon ${INDONESIA_EXTENT.minLon}–${INDONESIA_EXTENT.maxLon}, lat ${INDONESIA_EXTENT.minLat}–${INDONESIA_EXTENT.maxLat})`,
					);
				}
				const a = ringArea(ring);
				if (j === 0 ? a >= 0 : a <= 0) {
					push(
						'geo-winding',
						area,
						`polygon ${i}, ring ${j}: ${j === 0 ? 'exterior' : 'hole'} is not wound ${j === 0 ? 'clockwise' : 'counter-clockwise'}`,
					);
				}
			}),
		);
		if (geoArea(f) > 2 * Math.PI) {
			push('geo-winding', area, 'd3-geo reads the feature as the globe minus the area');
		} else {
			const [[w, s], [e, n]] = geoBounds(f);
			if (e - w > 30 || n - s > 30) {
				push('geo-winding', area, `bounds span ${e - w}° × ${n - s}°; a ring is inverted`);
			}
		}
	}
	for (const [code, name] of expected) {
		if (!seen.has(code)) push('geo-missing', `${code} ${name}`, 'missing from the output');
	}
	return problems;
}
