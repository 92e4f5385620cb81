/**
 * The count line beside a scrolly's map: one small SVG per step, on axes fixed over the whole
 * series (so the reader sees it grow), drawing only the points reached by that step. Pure: rows
 * in, pixels out.
 */
import { formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { periodStart, type CountPoint } from './state.ts';

/** A point of the line as given: `hollow` for one that is not a published total (an ordinal). */
export interface LinePoint extends CountPoint {
	hollow?: boolean;
}

/** The line at one step, in viewBox pixels. */
export interface LineModel {
	width: number;
	height: number;
	/** Path through the reached points (empty before the first). */
	path: string;
	dots: { x: number; y: number; hollow: boolean; last: boolean }[];
	/** The value of the last reached point, formatted, and where it is written. */
	label?: { x: number; y: number; text: string; anchor: 'start' | 'end' };
	/** Year ticks on the x axis. */
	ticks: { x: number; text: string }[];
	/** The baseline (y of zero). */
	baseline: number;
}

const SIZE = { width: 320, height: 112, left: 8, right: 8, top: 18, bottom: 20 };

/** Days since 1970 of `YYYY-MM-DD`. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The line with its first `reached` points drawn. Points must be in time order; throws a
 * RangeError on an x that is not a date, month or year, or on an empty series. Values of zero
 * and above only (counts).
 */
export function lineModel(points: readonly LinePoint[], reached: number, lang: Lang): LineModel {
	if (points.length === 0) throw new RangeError('count line: no points');
	const days = points.map((p) => {
		const s = periodStart(p.x);
		if (s === undefined) throw new RangeError(`count line: "${p.x}" is not a date, month or year`);
		return day(s);
	});
	const firstYear = Number(periodStart(points[0]!.x)!.slice(0, 4));
	const lastYear = Number(periodStart(points.at(-1)!.x)!.slice(0, 4));
	const x0 = day(`${firstYear}-01-01`);
	const x1 = day(`${lastYear + 1}-01-01`);
	const max = Math.max(...points.map((p) => p.y), 1);
	const { width, height, left, right, top, bottom } = SIZE;
	const sx = (d: number) => left + ((d - x0) / (x1 - x0)) * (width - left - right);
	const baseline = height - bottom;
	const sy = (v: number) => baseline - (v / max) * (baseline - top);
	const round = (n: number) => Math.round(n * 10) / 10;
	const shown = points.slice(0, Math.max(0, Math.min(reached, points.length)));
	const dots = shown.map((p, i) => ({
		x: round(sx(days[i]!)),
		y: round(sy(p.y)),
		hollow: p.hollow === true,
		last: i === shown.length - 1,
	}));
	const path = dots.map((d, i) => `${i ? 'L' : 'M'}${d.x} ${d.y}`).join('');
	const last = dots.at(-1);
	const lastPoint = shown.at(-1);
	const label =
		last && lastPoint
			? {
					x: last.x > width / 2 ? round(last.x - 6) : round(last.x + 6),
					y: round(Math.max(top - 4, last.y - 6)),
					text: formatNumber(lastPoint.y, lang),
					anchor: last.x > width / 2 ? ('end' as const) : ('start' as const),
				}
			: undefined;
	const ticks = [];
	for (let y = firstYear; y <= lastYear; y++) {
		ticks.push({ x: round(sx(day(`${y}-07-01`))), text: String(y) });
	}
	return { width, height, path, dots, ...(label ? { label } : {}), ticks, baseline };
}
