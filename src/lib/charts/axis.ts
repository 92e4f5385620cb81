/**
 * Axes: nice value ticks written in house style with one shared scale word (`0`, `0,5`, … with
 * the axis title `triliun rupiah`), and year ticks that never crowd.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatNumber, scaleFor, type Scale } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { UNITS, isUnit } from '../data/units.ts';
import { textWidth } from './measure.ts';
import { round } from './svg.ts';
import { isTimeType, type XType } from './xvalues.ts';

/** One tick: its value, its pixel position, its label. */
export interface Tick {
	value: number;
	pos: number;
	label: string;
}

/** A value axis: the scale (value → px), ticks and the title saying the unit and scale word. */
export interface ValueAxis {
	scale: ScaleLinear<number, number>;
	ticks: Tick[];
	/** `triliun rupiah`, `desa`, `ribu ton`; '' when the unit is a bare count. */
	title: string;
	/** The shared scale word, if any (labels are divided by its divisor). */
	scaleWord?: Scale;
	/** Decimals every tick label uses. */
	decimals: number;
}

const MONEY = new Set(['IDR', 'USD']);

/**
 * The scale word an axis (or a set of labels) shares: for money from a million up (`juta`,
 * `miliar`, `triliun`); for other units `ribu` and up once values reach 100.000; none for
 * percentages and small numbers.
 */
export function sharedScale(maxAbs: number, unit: string | undefined): Scale | undefined {
	if (unit === 'percent' || unit === 'degree') return undefined;
	if (unit && MONEY.has(unit)) return scaleFor(maxAbs, 1e6);
	return maxAbs >= 1e5 ? scaleFor(maxAbs, 1e3) : undefined;
}

/**
 * The unit as an axis title, with the scale word: `triliun rupiah` / `trillion rupiah`,
 * `ribu ton` / `thousand tonnes`, `desa` / `villages`; '' for a bare count or no unit.
 */
export function unitTitle(unit: string | undefined, scale: Scale | undefined, lang: Lang): string {
	const name = unit && isUnit(unit) && unit !== 'count' ? UNITS[unit][lang] : '';
	if (!scale) return name;
	return name ? `${scale[lang]} ${name}` : scale[lang];
}

/** Fewest decimals (0–4) that write every value exactly after dividing by `divisor`. */
export function decimalsFor(values: readonly number[], divisor = 1): number {
	for (let d = 0; d < 4; d++) {
		if (values.every((v) => Math.abs(round(v / divisor, d) - v / divisor) < 1e-9)) return d;
	}
	return 4;
}

/** Options for {@link valueAxis}. */
export interface ValueAxisOptions {
	/** Smallest and largest data value (the domain always includes 0). */
	min: number;
	max: number;
	unit?: string | undefined;
	lang: Lang;
	/** Pixel range: [position of the domain start, position of the domain end]. */
	range: [number, number];
	/** About how many ticks (d3's hint). */
	count: number;
}

/**
 * A linear value axis from zero (or the negative minimum) to a nice maximum. Labels share one
 * scale word and one number of decimals: `0`, `0,5`, `1,0`, `1,5`, `2,0` + `triliun rupiah`.
 * An empty or all-zero domain becomes 0–1.
 */
export function valueAxis(opts: ValueAxisOptions): ValueAxis {
	const lo = Math.min(0, opts.min);
	const hi = Math.max(0, opts.max);
	const scale = scaleLinear()
		.domain(hi === lo ? [0, 1] : [lo, hi])
		.range(opts.range)
		.nice(opts.count);
	const values = scale.ticks(opts.count);
	const maxAbs = Math.max(...values.map(Math.abs));
	const word = sharedScale(maxAbs, opts.unit);
	const divisor = word?.divisor ?? 1;
	const decimals = decimalsFor(values, divisor);
	const ticks = values.map((value) => ({
		value,
		pos: round(scale(value)),
		label:
			value === 0
				? '0'
				: formatNumber(value / divisor, opts.lang, {
						minimumFractionDigits: decimals,
						maximumFractionDigits: decimals,
					}),
	}));
	return {
		scale,
		ticks,
		title: unitTitle(opts.unit, word, opts.lang),
		...(word ? { scaleWord: word } : {}),
		decimals,
	};
}

/**
 * Ticks for a continuous x axis spanning `domain` (positions from `xPosition`) drawn over
 * `[x0, x1]` px: whole years for time types, every 1, 2, 5 or 10 years so labels keep a gap of
 * at least one label width; d3's nice ticks for numbers.
 */
export function xTicks(
	domain: [number, number],
	type: XType,
	lang: Lang,
	px: [number, number],
	fontSize: number,
): Tick[] {
	const scale = scaleLinear().domain(domain).range(px);
	const width = Math.abs(px[1] - px[0]);
	if (isTimeType(type)) {
		const first = Math.ceil(domain[0] - 1e-9);
		const last = Math.floor(domain[1] + 1e-9);
		const label = textWidth('0000', fontSize);
		for (const step of [1, 2, 5, 10, 20, 50]) {
			const years: number[] = [];
			for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
			const room = years.length > 1 ? (width * step) / (domain[1] - domain[0] || 1) : Infinity;
			if (room >= label * 1.8 || years.length <= 1) {
				return years.map((y) => ({ value: y, pos: round(scale(y)), label: String(y) }));
			}
		}
		return [];
	}
	const count = Math.max(2, Math.floor(width / (textWidth('0.000', fontSize) * 2)));
	return scale.ticks(count).map((v) => ({
		value: v,
		pos: round(scale(v)),
		label: formatNumber(v, lang),
	}));
}
