/**
 * The static point map: land and boundaries as SVG paths, village dots (spread apart where they
 * would overlap), labels that do not collide, and a small locator inset — everything the SVG in
 * the HTML needs, in viewBox pixels. The live (Leaflet) map replaces it when it scrolls into
 * view; without JavaScript this is the map.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import type { BoundaryFeature } from '../geo/convert.ts';
import { bbox, distanceToPolygonsKm, type PolygonCoords } from '../geo/wilayah.ts';
import type { Bounds } from './bounds.ts';
import {
	pathOf,
	pixelBounds,
	pixelCentroid,
	type MapProjection,
	type PathOptions,
} from './projection.ts';
import { spreadPoints } from './spread.ts';

/** A point to draw. */
export interface MapPoint {
	id: string;
	lon: number;
	lat: number;
	/** `--cat-N` of its commodity group. */
	cat: number;
	/** Drawn hollow: placed at a regency or district centre, not at the village. */
	hollow: boolean;
	/** Its name, for labels and the SVG tooltip. */
	label: string;
	/** Tooltip text (name, commodity, place). */
	title: string;
}

/** A count of villages to draw at an area's centre (large maps draw these instead of dots). */
export interface MapBubble {
	/** The area's code. */
	id: string;
	lon: number;
	lat: number;
	count: number;
	/** The count as written (`1.234`). */
	text: string;
	/** Tooltip text (`Jawa Timur: 1.234 desa devisa`). */
	title: string;
}

/** An area to name on the map. */
export interface AreaLabel {
	text: string;
	feature: BoundaryFeature;
}

/** Input of {@link pointMap}. */
export interface PointMapInput {
	/** The fitted projection (see `fitMap`). */
	map: MapProjection;
	/** Land, drawn filled (merged areas: see `landOf`). */
	land: GeoPermissibleObjects;
	/** Borders drawn as thin lines over the land (see `bordersOf`, `outlinesOf`). */
	lines?: GeoPermissibleObjects;
	/** The lines include the coasts (regency detail): the land is filled without an outline. */
	linesOutlineLand?: boolean;
	/** Areas the map is about, highlighted. */
	focus?: GeoPermissibleObjects;
	points: readonly MapPoint[];
	/** Counts by area, drawn as circles sized by count, with the count written in them. */
	bubbles?: readonly MapBubble[];
	/** Dot radius (viewBox pixels). */
	radius: number;
	/** Label points when there are at most this many (default 0: never). */
	labelPoints?: number;
	areaLabels?: readonly AreaLabel[];
	/** Font size of labels (viewBox pixels), for collision boxes. */
	fontSize: number;
	/**
	 * A locator inset (for maps of a small area): Indonesia at a small scale, on which the main
	 * map's `frame` is marked.
	 */
	inset?: { map: MapProjection; land: GeoPermissibleObjects; frame: Bounds };
	path?: PathOptions;
}

/** A dot as drawn: where (`x`, `y`) and where it really is (`x0`, `y0`). */
export interface PlacedDot {
	id: string;
	x: number;
	y: number;
	x0: number;
	y0: number;
	moved: boolean;
	cat: number;
	hollow: boolean;
	title: string;
}

/** A count as drawn: a circle of radius `r` at `x`, `y` (viewBox pixels). */
export interface PlacedBubble {
	id: string;
	x: number;
	y: number;
	r: number;
	text: string;
	title: string;
}

/** A text label. */
export interface PlacedLabel {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	kind: 'point' | 'area';
}

/** The locator inset: Indonesia small, with the frame of the main map marked. */
export interface InsetModel {
	/** Top-left corner in the main map: the corner that hides the fewest dots and labels. */
	x: number;
	y: number;
	width: number;
	height: number;
	land: string;
	box: { x: number; y: number; width: number; height: number };
}

/** Everything the static point map draws. */
export interface PointMapModel {
	width: number;
	height: number;
	/** Dot radius. */
	radius: number;
	/** The lines outline the land (draw the land without a stroke). */
	linesOutlineLand: boolean;
	land: string;
	lines: string;
	focus: string;
	dots: PlacedDot[];
	/** Counts by area, largest first (smaller ones are drawn over larger ones). */
	bubbles: PlacedBubble[];
	labels: PlacedLabel[];
	inset?: InsetModel;
	/** True when any dot was moved off its true position. */
	spread: boolean;
}

/** Rough width of a label in viewBox pixels (proportional UI font ≈ 0.55 em per character). */
export function labelWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.55;
}

/**
 * How much wider a label is on a phone than {@link labelWidth} at the model's `fontSize`: maps.css
 * sets labels at 16 px for 13 (15 for 12) on a phone, semi-bold, and the sans fonts of Linux and
 * Android run about 15 % wider than the estimate. A label that fits on a wide screen is then not
 * cut at the map's edge on a narrow one.
 */
export const PHONE_LABEL_SCALE = 1.4;

/** The left and right edges (viewBox pixels) of a label `w` wide, growing from its anchor. */
export function labelSpan(
	label: Pick<PlacedLabel, 'x' | 'anchor'>,
	w: number,
): [left: number, right: number] {
	const x0 =
		label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
	return [x0, x0 + w];
}

/**
 * Whether a label `w` viewBox pixels wide (at the model's font size) stays 2 pixels inside the
 * map's sides when set at the phone's size.
 */
export function withinAtPhoneSize(
	label: Pick<PlacedLabel, 'x' | 'anchor'>,
	w: number,
	width: number,
): boolean {
	const [left, right] = labelSpan(label, w * PHONE_LABEL_SCALE);
	return left >= 2 && right <= width - 2;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The largest polygon of a feature, as a feature (area labels sit on it, not on a far islet). */
function largestPart(f: BoundaryFeature, map: MapProjection): BoundaryFeature {
	if (f.geometry.type !== 'MultiPolygon') return f;
	let best = f;
	let bestArea = -1;
	for (const coordinates of f.geometry.coordinates) {
		const part = { ...f, geometry: { type: 'Polygon' as const, coordinates } };
		const [[x0, y0], [x1, y1]] = pixelBounds(part, map);
		const a = (x1 - x0) * (y1 - y0);
		if (a > bestArea) [best, bestArea] = [part, a];
	}
	return best;
}

/** Build the static point map. */
export function pointMap(input: PointMapInput): PointMapModel {
	const { map } = input;
	const { width, height } = map;
	const r = input.radius;
	const inView = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
	const projected = input.points.map((p) => {
		const [x, y] = map.project([p.lon, p.lat]);
		return { p, x, y };
	});
	const visible = projected.filter(({ x, y }) => inView(x, y));
	const spread = spreadPoints(
		visible.map(({ p, x, y }) => ({ id: p.id, x, y })),
		{ radius: r, gap: 1.5 },
	);
	const dots: PlacedDot[] = spread.map((s, i) => {
		const p = (visible[i] as (typeof visible)[number]).p;
		return {
			id: p.id,
			x: s.x,
			y: s.y,
			x0: s.x0,
			y0: s.y0,
			moved: s.moved,
			cat: p.cat,
			hollow: p.hollow,
			title: p.title,
		};
	});

	const bubbles = placeBubbles(input.bubbles ?? [], map, input.fontSize).filter((b) =>
		inView(b.x, b.y),
	);
	const labels: PlacedLabel[] = [];
	const taken: Box[] = [
		...dots.map((d): Box => [d.x - r, d.y - r, d.x + r, d.y + r]),
		...bubbles.map((b): Box => [b.x - b.r, b.y - b.r, b.x + b.r, b.y + b.r]),
	];
	const fs = input.fontSize;
	const place = (label: PlacedLabel): boolean => {
		const w = labelWidth(label.text, fs);
		const [x0, x1] = labelSpan(label, w);
		const box: Box = [x0, label.y - fs * 0.8, x1, label.y + fs * 0.25];
		if (!withinAtPhoneSize(label, w, width) || box[1] < 2 || box[3] > height - 2) return false;
		if (taken.some((b) => overlaps(b, box))) return false;
		taken.push(box);
		labels.push(label);
		return true;
	};
	let inset: InsetModel | undefined;
	if (input.inset) {
		const small = input.inset.map;
		const frame = input.inset.frame;
		const [x0, y0] = small.project([frame[0][0], frame[1][1]]);
		const [x1, y1] = small.project([frame[1][0], frame[0][1]]);
		const minBox = 4;
		const bw = Math.max(x1 - x0, minBox);
		const bh = Math.max(y1 - y0, minBox);
		const margin = 6;
		const corners: [number, number][] = [
			[width - small.width - margin, margin],
			[margin, margin],
			[width - small.width - margin, height - small.height - margin],
			[margin, height - small.height - margin],
		];
		const hidden = ([x, y]: [number, number]) => {
			const box: Box = [x - 2, y - 2, x + small.width + 2, y + small.height + 2];
			return taken.filter((b) => overlaps(b, box)).length;
		};
		const [ix, iy] = corners.reduce((best, c) => (hidden(c) < hidden(best) ? c : best));
		// Labels keep clear of the inset.
		taken.push([ix - 2, iy - 2, ix + small.width + 2, iy + small.height + 2]);
		inset = {
			x: round1(ix),
			y: round1(iy),
			width: small.width,
			height: small.height,
			land: pathOf(input.inset.land, small, { tolerance: 1, minRingSize: 1.5, digits: 0 }),
			box: {
				x: round1((x0 + x1) / 2 - bw / 2),
				y: round1((y0 + y1) / 2 - bh / 2),
				width: round1(bw),
				height: round1(bh),
			},
		};
	}

	if (dots.length <= (input.labelPoints ?? 0)) {
		for (const d of dots) {
			const text = input.points.find((p) => p.id === d.id)?.label ?? '';
			const y = d.y + fs * 0.35;
			// Right of the dot, left of it, or (a long name near an edge) centred above or below it.
			place({ x: d.x + r + 3, y, text, anchor: 'start', kind: 'point' }) ||
				place({ x: d.x - r - 3, y, text, anchor: 'end', kind: 'point' }) ||
				place({ x: d.x, y: d.y - r - 4, text, anchor: 'middle', kind: 'point' }) ||
				place({ x: d.x, y: d.y + r + fs * 1.1, text, anchor: 'middle', kind: 'point' });
		}
	}
	for (const a of input.areaLabels ?? []) {
		const [x, y] = pixelCentroid(largestPart(a.feature, map), map);
		if (!Number.isFinite(x) || !inView(x, y)) continue;
		place({ x, y: y + fs * 0.35, text: a.text, anchor: 'middle', kind: 'area' }) ||
			place({ x, y: y + fs * 1.6, text: a.text, anchor: 'middle', kind: 'area' });
	}

	return {
		width,
		height,
		radius: r,
		linesOutlineLand: input.linesOutlineLand ?? false,
		// Context layers in whole pixels (the focus keeps a decimal: it is what readers look at).
		land: pathOf(input.land, map, { digits: 0, ...input.path }),
		lines: input.lines ? pathOf(input.lines, map, { digits: 0, tolerance: 1, ...input.path }) : '',
		focus: input.focus ? pathOf(input.focus, map, input.path) : '',
		dots: dots.map((d) => ({
			...d,
			x: round1(d.x),
			y: round1(d.y),
			x0: round1(d.x0),
			y0: round1(d.y0),
		})),
		bubbles: bubbles.map((b) => ({ ...b, x: round1(b.x), y: round1(b.y), r: round1(b.r) })),
		labels: labels.map((l) => ({ ...l, x: round1(l.x), y: round1(l.y) })),
		inset,
		spread: dots.some((d) => d.moved),
	};
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Circles for counts: the area grows with the count (radius ∝ √count), from a radius that
 * fits the text of the smallest to `fontSize` × 2.6 for the largest; largest first.
 */
function placeBubbles(
	bubbles: readonly MapBubble[],
	map: MapProjection,
	fontSize: number,
): PlacedBubble[] {
	const max = Math.max(1, ...bubbles.map((b) => b.count));
	return [...bubbles]
		.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
		.map((b) => {
			const [x, y] = map.project([b.lon, b.lat]);
			const fit = labelWidth(b.text, fontSize * 0.85) / 2 + 2;
			const r = Math.max(fit, fontSize * 2.6 * Math.sqrt(b.count / max));
			return { id: b.id, x, y, r, text: b.text, title: b.title };
		});
}

/** The polygons of features, for distance tests. */
function polygonsOf(features: readonly BoundaryFeature[]): PolygonCoords[] {
	return features.flatMap((f) =>
		f.geometry.type === 'Polygon'
			? [f.geometry.coordinates as PolygonCoords]
			: (f.geometry.coordinates as PolygonCoords[]),
	);
}

/**
 * The candidate closest to the areas (distance from the dot to the nearest boundary, km,
 * rounded to 10 km), or undefined when there are no candidates. For the empty-map note.
 */
export function nearestTo<T extends { id: string; lon: number; lat: number }>(
	candidates: readonly T[],
	areas: readonly BoundaryFeature[],
): { item: T; km: number } | undefined {
	const polygons = polygonsOf(areas);
	// The distance to the areas' box is never more than the distance to the areas (same
	// projection): candidates are tried nearest box first, and the search stops once a box is
	// farther than the best distance found, so thousands of candidates cost a few exact distances.
	const [w, s, e, n] = bbox(polygons);
	const boxKm = (c: T) => {
		const kx = 111.32 * Math.cos((c.lat * Math.PI) / 180);
		const dx = Math.max(w - c.lon, 0, c.lon - e) * kx;
		const dy = Math.max(s - c.lat, 0, c.lat - n) * 110.57;
		return Math.hypot(dx, dy);
	};
	const byBox = candidates.map((c) => ({ c, lower: boxKm(c) })).sort((a, b) => a.lower - b.lower);
	let best: { item: T; km: number } | undefined;
	for (const { c, lower } of byBox) {
		if (best && lower > best.km) break;
		const km = distanceToPolygonsKm([c.lon, c.lat], polygons);
		if (!best || km < best.km || (km === best.km && c.id < best.item.id)) best = { item: c, km };
	}
	return best && { item: best.item, km: Math.max(10, Math.round(best.km / 10) * 10) };
}
