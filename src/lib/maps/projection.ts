/**
 * Projecting the static maps: a Mercator fitted to bounds (the same projection family as
 * Leaflet's, so the static map and the live one agree), SVG path strings for boundaries with
 * render-time thinning (vertices closer than a pixel dropped, islands smaller than a pixel left
 * out), and pixel positions for points.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { Bounds } from './bounds.ts';

/** A fitted projection with the SVG's size. */
export interface MapProjection {
	/** Width and height of the SVG viewBox (pixels of the model). */
	width: number;
	height: number;
	/** `[lon, lat]` → `[x, y]` in the viewBox. */
	project(point: readonly [number, number]): [number, number];
	/** The d3 projection (clipped to the viewBox). */
	projection: ReturnType<typeof geoMercator>;
	/** Pixels per degree of longitude (and of latitude near the equator). */
	pxPerDegree: number;
}

/** Options for {@link fitMap}. */
export interface FitOptions {
	/** Width of the viewBox. */
	width: number;
	/** Margin inside the viewBox around the bounds (default 12). */
	padding?: number;
	/** Height ÷ width limits (defaults 0.35 and 1.1): very tall or flat areas are centred. */
	minAspect?: number;
	maxAspect?: number;
}

const corners = (b: Bounds) => ({ type: 'MultiPoint' as const, coordinates: [b[0], b[1]] });

/**
 * A Mercator projection showing `bounds` across `width`, with the height the bounds need
 * (clamped to the aspect limits; the bounds are then centred). Paths are clipped to the viewBox.
 * Height is rounded to a whole pixel.
 */
export function fitMap(bounds: Bounds, opts: FitOptions): MapProjection {
	const { width } = opts;
	const padding = opts.padding ?? 12;
	const minAspect = opts.minAspect ?? 0.35;
	const maxAspect = opts.maxAspect ?? 1.1;
	const probe = geoMercator().fitWidth(width - 2 * padding, corners(bounds));
	const [[, y0], [, y1]] = geoPath(probe).bounds(corners(bounds));
	const natural = y1 - y0 + 2 * padding;
	const height = Math.round(Math.min(Math.max(natural, width * minAspect), width * maxAspect));
	const projection = geoMercator()
		.fitExtent(
			[
				[padding, padding],
				[width - padding, height - padding],
			],
			corners(bounds),
		)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
	return {
		width,
		height,
		projection,
		pxPerDegree: (projection.scale() * Math.PI) / 180,
		project: ([lon, lat]) => {
			const p = projection([lon, lat]);
			if (!p) throw new Error(`cannot project [${lon}, ${lat}]`);
			return [p[0], p[1]];
		},
	};
}

/** Options for {@link pathOf}. */
export interface PathOptions {
	/** Drop a vertex closer than this to the previous kept one (pixels, default 0.8). */
	tolerance?: number;
	/** Leave out rings whose width and height are both under this (pixels, default 1.2). */
	minRingSize?: number;
	/** Decimals in the path string (default 1). */
	digits?: number;
}

/**
 * A stream that buffers each ring or line, leaves out rings smaller than `minRingSize` and
 * thins vertices closer than `tolerance` to the last kept one (a line keeps its last vertex).
 */
function thinning(out: GeoStream, tolerance: number, minRingSize: number): GeoStream {
	let buffer: [number, number][] | undefined;
	let inPolygon = false;
	const flush = (points: [number, number][], ring: boolean) => {
		if (ring) {
			let minX = Infinity;
			let minY = Infinity;
			let maxX = -Infinity;
			let maxY = -Infinity;
			for (const [x, y] of points) {
				minX = Math.min(minX, x);
				maxX = Math.max(maxX, x);
				minY = Math.min(minY, y);
				maxY = Math.max(maxY, y);
			}
			if (maxX - minX < minRingSize && maxY - minY < minRingSize) return;
		}
		const kept: [number, number][] = [];
		points.forEach((p, i) => {
			const last = kept.at(-1);
			const end = !ring && i === points.length - 1;
			if (!last || end || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) kept.push(p);
		});
		if (kept.length < (ring ? 3 : 2)) return;
		out.lineStart();
		for (const [x, y] of kept) out.point(x, y);
		out.lineEnd();
	};
	return {
		point(x, y) {
			if (buffer) buffer.push([x, y]);
			else out.point(x, y);
		},
		lineStart() {
			buffer = [];
		},
		lineEnd() {
			if (buffer) flush(buffer, inPolygon);
			buffer = undefined;
		},
		polygonStart() {
			inPolygon = true;
			out.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			out.polygonEnd();
		},
		sphere() {
			out.sphere?.();
		},
	};
}

/**
 * A path context writing compact SVG path data: absolute `M` for each ring, relative `l`, `h` and
 * `v` after (consecutive steps along the same axis and direction merged into one), coordinates
 * rounded to `digits` decimals (positions are rounded before the differences are
 * taken, so rounding never accumulates), repeated positions skipped.
 */
export class CompactPath {
	private parts: string[] = [];
	private x = 0;
	private y = 0;
	private sx = 0;
	private sy = 0;
	private readonly k: number;
	/** The h or v step last written, while the next step may extend it. */
	private run: { axis: 'h' | 'v'; length: number } | undefined;
	constructor(digits: number) {
		this.k = 10 ** digits;
	}
	private round(v: number): number {
		return Math.round(v * this.k) / this.k;
	}
	private num(v: number): string {
		const text = String(Math.round(v * this.k) / this.k);
		return text.replace(/^(-?)0\./, '$1.');
	}
	private pair(a: number, b: number): string {
		const first = this.num(a);
		const second = this.num(b);
		// No separator is needed before a minus sign, or before ".5" after a number with a point.
		const bare = second.startsWith('-') || (second.startsWith('.') && first.includes('.'));
		return `${first}${bare ? '' : ' '}${second}`;
	}
	moveTo(x: number, y: number): void {
		this.x = this.sx = this.round(x);
		this.y = this.sy = this.round(y);
		this.parts.push(`M${this.pair(this.x, this.y)}`);
		this.run = undefined;
	}
	lineTo(x: number, y: number): void {
		const rx = this.round(x);
		const ry = this.round(y);
		const dx = rx - this.x;
		const dy = ry - this.y;
		if (dx === 0 && dy === 0) return;
		this.x = rx;
		this.y = ry;
		// Horizontal and vertical steps as h/v, and a step continuing the previous one in the
		// same direction merged into it (the thinned outlines are mostly such runs on the grid).
		const axis = dy === 0 ? 'h' : dx === 0 ? 'v' : undefined;
		if (!axis) {
			this.run = undefined;
			this.parts.push(`l${this.pair(dx, dy)}`);
			return;
		}
		const step = axis === 'h' ? dx : dy;
		if (this.run && this.run.axis === axis && Math.sign(this.run.length) === Math.sign(step)) {
			this.run.length = this.round(this.run.length + step);
			this.parts[this.parts.length - 1] = `${axis}${this.num(this.run.length)}`;
			return;
		}
		this.run = { axis, length: step };
		this.parts.push(`${axis}${this.num(step)}`);
	}
	closePath(): void {
		this.parts.push('z');
		this.run = undefined;
		this.x = this.sx;
		this.y = this.sy;
	}
	beginPath(): void {
		// Nothing to do: every ring starts with moveTo.
	}
	arc(): void {
		// Points are drawn as circles by the components, never through this context.
	}
	/** The path data written so far. */
	toString(): string {
		return this.parts.join('');
	}
}

/**
 * The SVG path (`d`) of GeoJSON polygons or lines under the projection, thinned for the screen
 * and written compactly: an empty string when nothing is visible. Winding must be d3's (see
 * `src/lib/geo/convert.ts`).
 */
export function pathOf(
	object: GeoPermissibleObjects,
	map: Pick<MapProjection, 'projection'>,
	opts: PathOptions = {},
): string {
	const p = map.projection;
	const key = JSON.stringify([
		p.scale(),
		p.translate(),
		p.center(),
		p.rotate(),
		p.clipExtent(),
		opts.tolerance,
		opts.minRingSize,
		opts.digits,
	]);
	let byKey = paths.get(object);
	if (!byKey) paths.set(object, (byKey = new Map()));
	let d = byKey.get(key);
	if (d === undefined) byKey.set(key, (d = drawPath(object, map, opts)));
	return d;
}

/**
 * Path strings already drawn, per object and projection: the boundary layers are shared objects
 * (memoised in `layers.ts`), so many maps on the same frame draw them once.
 */
const paths = new WeakMap<object, Map<string, string>>();

function drawPath(
	object: GeoPermissibleObjects,
	map: Pick<MapProjection, 'projection'>,
	opts: PathOptions,
): string {
	const tolerance = opts.tolerance ?? 0.8;
	const minRingSize = opts.minRingSize ?? 1.2;
	const thinned = {
		stream: (out: GeoStream) => map.projection.stream(thinning(out, tolerance, minRingSize)),
	};
	const context = new CompactPath(opts.digits ?? 1);
	geoPath(thinned, context)(object);
	return context.toString();
}

/** The pixel bounds `[[x0, y0], [x1, y1]]` of a GeoJSON object under the projection. */
export function pixelBounds(
	object: GeoPermissibleObjects,
	map: Pick<MapProjection, 'projection'>,
): [[number, number], [number, number]] {
	return geoPath(map.projection).bounds(object);
}

/** The pixel centroid of a GeoJSON object under the projection (label anchor). */
export function pixelCentroid(
	object: GeoPermissibleObjects,
	map: Pick<MapProjection, 'projection'>,
): [number, number] {
	return geoPath(map.projection).centroid(object);
}
