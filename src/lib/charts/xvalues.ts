/**
 * Values on a chart's x (or category) axis: where a `year`, `yearmonth`, `date` or number sits
 * on a continuous axis, and how it is written in each language.
 */
import { formatDate, formatDateShort, formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';

/** Field types a chart can put on its x axis. `string` is categorical only. */
export type XType = 'year' | 'yearmonth' | 'date' | 'integer' | 'number' | 'string';

/** True for types measured in time (positions are fractional years). */
export function isTimeType(type: XType): boolean {
	return type === 'year' || type === 'yearmonth' || type === 'date';
}

/** True for types that can be placed on a continuous axis. */
export function isContinuous(type: XType): boolean {
	return type !== 'string';
}

/**
 * Position of `value` on a continuous axis: years for time types (`2019-12` → 2019.917, the
 * start of the month; `2023-02-08` → 2023.104; `2021` → 2021), the number itself otherwise.
 * Throws for a value that does not fit the type (data is checked before it gets here).
 */
export function xPosition(value: string | number, type: XType): number {
	if (type === 'year' || type === 'integer' || type === 'number') {
		const n = typeof value === 'number' ? value : Number(value);
		if (!Number.isFinite(n)) throw new RangeError(`"${value}" is not a ${type}`);
		return n;
	}
	const text = String(value);
	if (type === 'yearmonth') {
		const m = /^(\d{4})-(\d{2})$/.exec(text);
		if (!m) throw new RangeError(`"${text}" is not YYYY-MM`);
		return Number(m[1]) + (Number(m[2]) - 1) / 12;
	}
	if (type === 'date') {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
		if (!m) throw new RangeError(`"${text}" is not YYYY-MM-DD`);
		const year = Number(m[1]);
		const start = Date.UTC(year, 0, 1);
		const day = (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - start) / 86_400_000;
		const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
		return year + day / days;
	}
	throw new RangeError(`a ${type} value has no position on a continuous axis`);
}

/**
 * `value` as readers see it: `Desember 2019` / `December 2019` for a month, `8 Feb 2023` when
 * `short`, years and numbers in the language's digits (years without separators).
 */
export function xText(value: string | number, type: XType, lang: Lang, short = false): string {
	if (type === 'yearmonth' || type === 'date') {
		return short ? formatDateShort(String(value), lang) : formatDate(String(value), lang);
	}
	if (type === 'year') return String(value);
	if (typeof value === 'number') return formatNumber(value, lang);
	return value;
}

/** The distance between two positions in the unit gaps are measured in: months for time, else x units. */
export function gapLength(a: number, b: number, type: XType): number {
	return Math.abs(b - a) * (isTimeType(type) ? 12 : 1);
}
