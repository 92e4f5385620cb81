/**
 * Choosing what a static map shows: the frame (bounds) for a set of villages and focus areas,
 * and the boundary layers at the map's scale — province outlines for a national map; for a
 * closer map, the detailed regency outlines of every province in view.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import type { MultiLineString } from 'geojson';
import type { BoundaryFeature, BoundaryTopology } from '../geo/convert.ts';
import {
	boundsOfGeo,
	boundsOfPoints,
	INDONESIA_BOUNDS,
	mainBounds,
	padBounds,
	unionBounds,
	type Bounds,
} from './bounds.ts';
import {
	bordersOf,
	featuresOf,
	landOf,
	memoOn,
	outlinesBeside,
	outlinesOf,
	simplifyFor,
	weightForScale,
} from './layers.ts';
import type { MapProjection } from './projection.ts';

/** The committed boundary files, as topologies. */
export interface GeoSource {
	provinces: BoundaryTopology;
	/** The regency file of a province (`35`). */
	regencies(provinceCode: string): BoundaryTopology;
}

/** Frame maps at least this many degrees wide and tall (a single village still shows its area). */
export const MIN_SPAN_DEG = 1;
/** Margin around the focus and points, as a share of their extent on each side. */
export const FRAME_PADDING = 0.2;
/** A map whose points spread wider than this (degrees of longitude) is framed on all Indonesia. */
export const NATIONAL_SPAN_DEG = 20;
/** From this many pixels per degree, static maps draw regency outlines. */
export const REGENCY_DETAIL_PX_PER_DEG = 60;

/**
 * The bounds a map should show: the focus areas and the points, padded; all Indonesia when there
 * is no focus and the points spread across the country (or there are none).
 */
export function frameFor(
	points: readonly (readonly [number, number])[],
	focus: readonly BoundaryFeature[],
): Bounds {
	const parts = [mainBounds(focus), boundsOfPoints(points)].filter((b): b is Bounds => !!b);
	const all = unionBounds(parts);
	if (!all) return INDONESIA_BOUNDS;
	if (focus.length === 0 && all[1][0] - all[0][0] > NATIONAL_SPAN_DEG) return INDONESIA_BOUNDS;
	return padBounds(all, FRAME_PADDING, MIN_SPAN_DEG);
}

/** Province codes whose outline box meets the bounds. */
export function provincesIn(geo: GeoSource, b: Bounds): string[] {
	const boxes = memoOn(geo.provinces, 'boxes', () =>
		featuresOf(geo.provinces).map((f) => ({ id: f.id, box: boundsOfGeo([f]) })),
	);
	return boxes
		.filter(
			({ box }) =>
				!!box &&
				box[0][0] <= b[1][0] &&
				box[1][0] >= b[0][0] &&
				box[0][1] <= b[1][1] &&
				box[1][1] >= b[0][1],
		)
		.map(({ id }) => id);
}

/** Boundary layers of a static map. */
export interface StaticLayers {
	/** Land to fill: one merged shape per province (regency detail) or for the whole country. */
	land: GeoPermissibleObjects;
	/** Thin borders drawn over the land. */
	lines: MultiLineString;
	/** True when the layers are drawn from regency outlines. */
	regencyDetail: boolean;
	/** Provinces in view (for the live map: which regency files to load). */
	provinces: string[];
}

/** Minimum ring area (square degrees) kept at a scale: about two pixels square. */
const minAreaFor = (pxPerDegree: number) => (2 / pxPerDegree) ** 2;

/**
 * The land and border layers at the map's scale. Below {@link REGENCY_DETAIL_PX_PER_DEG}: the
 * provinces, borders between provinces. Above: the regencies of each province in view, merged
 * into the province's land, with every regency outline as a line (coasts included, so the land
 * is drawn without a stroke: see `regencyDetail`). With `detailIn` (province codes), only those
 * provinces get regency outlines; the others in view are drawn from the province file, with
 * their coasts and the borders between them (a map zoomed to one province shows its regencies,
 * not its neighbours').
 */
export function staticLayers(
	geo: GeoSource,
	map: MapProjection,
	frame: Bounds,
	detailIn?: readonly string[],
): StaticLayers {
	const weight = weightForScale(map.pxPerDegree, 0.7);
	const minArea = minAreaFor(map.pxPerDegree);
	const provinces = provincesIn(geo, frame);
	if (map.pxPerDegree < REGENCY_DETAIL_PX_PER_DEG) {
		const topo = simplifyFor(geo.provinces, weight, minArea);
		return { land: landOf(topo), lines: bordersOf(topo), regencyDetail: false, provinces };
	}
	const detail = detailIn ? provinces.filter((code) => detailIn.includes(code)) : provinces;
	const key = `regency-layers|${weight}|${minArea}|${provinces.join(',')}|${detail.join(',')}`;
	return memoOn(geo.provinces, key, () => {
		const lands = [];
		const lines: MultiLineString = { type: 'MultiLineString', coordinates: [] };
		for (const code of detail) {
			const topo = simplifyFor(geo.regencies(code), weight, minArea);
			lands.push({ type: 'Feature' as const, properties: {}, geometry: landOf(topo) });
			lines.coordinates.push(...outlinesOf(topo).coordinates);
		}
		const plain = new Set(provinces.filter((code) => !detail.includes(code)));
		if (plain.size) {
			const topo = simplifyFor(geo.provinces, weight, minArea);
			lands.push({ type: 'Feature' as const, properties: {}, geometry: landOf(topo, plain) });
			lines.coordinates.push(...outlinesBeside(topo, plain, new Set(detail)).coordinates);
		}
		return {
			land: { type: 'FeatureCollection', features: lands },
			lines,
			regencyDetail: true,
			provinces,
		} satisfies StaticLayers;
	});
}

/**
 * Features for area codes (`35`, `35.24`) at the map's scale (or at full detail without a map),
 * in the order given. Throws on a code with no boundary.
 */
export function areaFeatures(
	geo: GeoSource,
	codes: readonly string[],
	map?: MapProjection,
): BoundaryFeature[] {
	const at = (topo: BoundaryTopology) =>
		map
			? simplifyFor(topo, weightForScale(map.pxPerDegree, 0.7), minAreaFor(map.pxPerDegree))
			: topo;
	return codes.map((code) => {
		const topo = code.includes('.') ? geo.regencies(code.slice(0, 2)) : geo.provinces;
		const found = featuresOf(at(topo), new Set([code]))[0];
		if (!found) throw new Error(`no boundary for area ${code} in data/geo`);
		return found;
	});
}
