/**
 * Word-sized graphics for the front page's key figures: a sparkline of a time series and a strip
 * of small bars. Rows in, pixels out (no DOM); the component writes the SVG and its text
 * description. Not a chart kind: no frame, no embed, no table of its own — the figure beside it
 * links to its dataset.
 */
import { scaleLinear } from 'd3-scale';

/** One observation of a sparkline: when (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and the value. */
export interface SparkPoint {
	at: string;
	value: number;
}

/** A placed point, in viewBox pixels. */
export interface SparkDot {
	x: number;
	y: number;
	at: string;
	value: number;
	/** The point the figure beside the sparkline shows. */
	highlight: boolean;
}

/** A sparkline ready to draw: the line through every point and a dot per point, in time order. */
export interface SparklineModel {
	width: number;
	height: number;
	/** SVG path data through the points in time order (`M…L…`); empty for a single point. */
	line: string;
	dots: SparkDot[];
}

/** Size and emphasis of a word-sized graphic. */
export interface SparkOptions {
	/** viewBox width and height in pixels (default 120 × 32). */
	width?: number;
	height?: number;
	/** Inset on every side so dots at the edges are not cut (default 4). */
	pad?: number;
	/** `at` of the point to emphasise (the figure shown beside it); none when absent. */
	highlight?: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Time of `at` in months since year 0, so points are spaced by the time between them, not by
 * their rank (`2019-12` → 24239; a year alone is its January; a day adds its fraction of a month).
 * Throws a RangeError for anything else.
 */
export function monthsOf(at: string): number {
	const m = DATE.exec(at);
	if (!m) throw new RangeError(`expected YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(at)}`);
	const [, y, mo = '01', d = '01'] = m;
	return Number(y) * 12 + (Number(mo) - 1) + (Number(d) - 1) / 31;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A sparkline of `points`: x by time, y from zero (or the lowest value, if negative) to the
 * highest value. Points come back sorted by time; a single point sits in the middle across; an all-zero
 * series lies at mid-height. Throws a RangeError for no points, a non-finite
 * value or an `at` that is no date.
 */
export function sparkline(points: readonly SparkPoint[], opts: SparkOptions = {}): SparklineModel {
	const { width = 120, height = 32, pad = 4, highlight } = opts;
	if (points.length === 0) throw new RangeError('a sparkline needs at least one point');
	for (const p of points) {
		if (!Number.isFinite(p.value))
			throw new RangeError(`value at ${p.at} is not a finite number: ${p.value}`);
	}
	const timed = points
		.map((p) => ({ ...p, t: monthsOf(p.at) }))
		.sort((a, b) => a.t - b.t || a.at.localeCompare(b.at));
	const t0 = timed[0]!.t;
	const t1 = timed[timed.length - 1]!.t;
	const values = timed.map((p) => p.value);
	const lo = Math.min(0, ...values);
	const hi = Math.max(...values);
	const x = scaleLinear()
		.domain(t0 === t1 ? [t0 - 1, t0 + 1] : [t0, t1])
		.range([pad, width - pad]);
	const y = scaleLinear()
		.domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
		.range([height - pad, pad]);
	const dots = timed.map((p) => ({
		x: round(x(p.t)),
		y: round(y(p.value)),
		at: p.at,
		value: p.value,
		highlight: p.at === highlight,
	}));
	const line = dots.length > 1 ? dots.map((d, i) => `${i ? 'L' : 'M'}${d.x},${d.y}`).join('') : '';
	return { width, height, line, dots };
}

/** One bar of a strip: its label (a year, a category) and value. */
export interface SparkBar {
	label: string;
	value: number;
}

/** A placed bar, in viewBox pixels (`h` may be 0 for a zero value). */
export interface PlacedSparkBar extends SparkBar {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A strip of small bars, in the order given. */
export interface SparkBarsModel {
	width: number;
	height: number;
	bars: PlacedSparkBar[];
	/** y of the common baseline (the bottom of every bar). */
	baseline: number;
	/** The sum of the values. */
	total: number;
}

/**
 * Small bars of non-negative `bars`, in the order given, from a common baseline to the highest
 * value (bars a third of their slot apart). Throws a RangeError for no bars or a value that is
 * negative or not finite.
 */
export function sparkBars(
	bars: readonly SparkBar[],
	opts: Omit<SparkOptions, 'highlight'> = {},
): SparkBarsModel {
	const { width = 120, height = 32, pad = 4 } = opts;
	if (bars.length === 0) throw new RangeError('a bar strip needs at least one bar');
	for (const b of bars) {
		if (!Number.isFinite(b.value) || b.value < 0)
			throw new RangeError(`bar ${b.label}: expected a number ≥ 0, got ${b.value}`);
	}
	const hi = Math.max(...bars.map((b) => b.value));
	const slot = (width - 2 * pad) / bars.length;
	const y = scaleLinear()
		.domain([0, hi || 1])
		.range([height - pad, pad]);
	return {
		width,
		height,
		bars: bars.map((b, i) => {
			const top = y(b.value);
			return {
				...b,
				x: round(pad + i * slot + slot / 6),
				y: round(top),
				w: round((slot * 2) / 3),
				h: round(height - pad - top),
			};
		}),
		baseline: height - pad,
		total: bars.reduce((sum, b) => sum + b.value, 0),
	};
}

/**
 * Counts per year from `first` to `last` inclusive, zero for years with none: the bars of a
 * strip that shows when things happened (years with nothing stay visible as gaps).
 * Throws a RangeError when `last < first` or either is not an integer.
 */
export function countsByYear(years: readonly number[], first: number, last: number): SparkBar[] {
	if (!Number.isInteger(first) || !Number.isInteger(last) || last < first)
		throw new RangeError(`expected whole years first ≤ last, got ${first}–${last}`);
	const out: SparkBar[] = [];
	for (let year = first; year <= last; year++) {
		out.push({ label: String(year), value: years.filter((y) => y === year).length });
	}
	return out;
}
