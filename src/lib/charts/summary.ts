/**
 * Text alternatives written from the data, in the page's language: what a chart shows in one or
 * two sentences, for the SVG's `<desc>`, screen readers and search. Values go through the house
 * formatter, so a summary reads like the story around it.
 */
import {
	formatList,
	formatMoney,
	formatNumber,
	formatPercent,
	formatValue,
	scaleFor,
	type Scale,
} from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { t } from '../i18n/index.ts';
import { xText, type XType } from './xvalues.ts';

/** One point of a series for a summary: its x value (as stored) and y. */
export interface SummaryPoint {
	x: string | number;
	y: number;
}

/** `formatValue` with a value's unit, as summaries, tooltips and labels write it. */
export function valueText(value: number, unit: string | undefined, lang: Lang): string {
	return formatValue(value, unit, lang);
}

/** Decimals that keep about three significant digits: 1,81 · 18,1 · 181. */
function sigDigits(x: number): number {
	const a = Math.abs(x);
	return a >= 100 ? 0 : a >= 10 ? 1 : 2;
}

/**
 * A value label short enough for a chart, rounded to about three significant digits: money and
 * percentages in full (`Rp1,8 triliun`, `Rp597 miliar`, `25%`); other values in the axis's scale
 * word when it has one (`377,8 ribu`), else as digits (`1.909`). Tooltips and tables keep
 * the exact value.
 */
export function shortValue(
	value: number,
	unit: string | undefined,
	lang: Lang,
	scale?: Scale,
): string {
	if (unit === 'IDR' || unit === 'USD' || unit === 'IDR/kg') {
		const s = scaleFor(value);
		const text = formatMoney(value, unit === 'USD' ? 'USD' : 'IDR', lang, {
			maximumFractionDigits: sigDigits(s ? value / s.divisor : value),
		});
		return unit === 'IDR/kg' ? `${text} per kg` : text;
	}
	if (unit === 'percent')
		return formatPercent(value, lang, { maximumFractionDigits: sigDigits(value) });
	if (scale) {
		const v = value / scale.divisor;
		return `${formatNumber(v, lang, { maximumFractionDigits: sigDigits(v) })} ${scale[lang]}`;
	}
	return formatNumber(value, lang, { maximumFractionDigits: sigDigits(value) });
}

/**
 * How a series moved from its first to its last point: "Desa devisa naik dari 1 desa pada
 * Desember 2019 menjadi 1.909 desa pada Maret 2025." Adds the peak when it is neither end.
 * Points must be in x order; an empty series gives ''.
 */
export function seriesSentence(
	label: string,
	points: readonly SummaryPoint[],
	xType: XType,
	unit: string | undefined,
	lang: Lang,
): string {
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last) return '';
	const x = (p: SummaryPoint) => xText(p.x, xType, lang);
	const v = (p: SummaryPoint) => valueText(p.y, unit, lang);
	if (points.length === 1) return t(lang, 'chart.sum.one', { label, value: v(first), x: x(first) });
	const key =
		last.y > first.y ? 'chart.sum.rose' : last.y < first.y ? 'chart.sum.fell' : 'chart.sum.flat';
	let text = t(lang, key, { label, from: v(first), to: v(last), x0: x(first), x1: x(last) });
	const peak = points.reduce((a, b) => (b.y > a.y ? b : a), first);
	if (peak !== first && peak !== last && peak.y > last.y) {
		text += ` ${t(lang, 'chart.sum.peak', { value: v(peak), x: x(peak) })}`;
	}
	return text;
}

/**
 * Every category and its value, largest first when `sorted`: "Unit usaha: Mahakam Ulu 808,
 * Berau 551, Kutai Timur 464 dan Kutai Barat 129." Over 8 items, only the highest and lowest.
 */
export function listSentence(
	label: string,
	items: readonly { name: string; value: number }[],
	unit: string | undefined,
	lang: Lang,
): string {
	if (items.length === 0) return '';
	const v = (n: number) => valueText(n, unit, lang);
	if (items.length <= 8) {
		return t(lang, 'chart.sum.list', {
			label,
			list: formatList(
				items.map((i) => `${i.name} ${v(i.value)}`),
				lang,
			),
		});
	}
	const sorted = [...items].sort((a, b) => b.value - a.value);
	const top = sorted[0] as { name: string; value: number };
	const bottom = sorted.at(-1) as { name: string; value: number };
	return t(lang, 'chart.sum.range', {
		label,
		top: top.name,
		topValue: v(top.value),
		bottom: bottom.name,
		bottomValue: v(bottom.value),
	});
}
