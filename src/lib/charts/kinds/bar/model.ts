/**
 * Bar chart model: categories × one or more series → bars in pixels, vertical (a value axis,
 * labels above the bars) or horizontal (category names beside or above the bars, values at the
 * bar ends, no axis needed). Bars always start at zero. Years without data keep their place
 * and are marked, so a gap in time is never closed up.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatList, formatNumber } from '../../../format/index.ts';
import { type Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import { sharedScale, valueAxis, type Tick } from '../../axis.ts';
import { type ChartSize } from '../../layout.ts';
import { textWidth, wrapText } from '../../measure.ts';
import type { BarInput } from './resolve.ts';
import { listSentence, shortValue, valueText } from '../../summary.ts';
import { round } from '../../svg.ts';
import type { ModelBase, TipItem } from '../../types.ts';

/** How to draw it. */
export interface BarOptions {
	lang: Lang;
	size: ChartSize;
	/** `auto` (default): the input's choice when it fits, horizontal when vertical would not read. */
	orientation?: 'auto' | 'vertical' | 'horizontal';
	/** Label for the summary (the measure). */
	label?: string;
}

/** One bar in pixels, with its tooltip item `k` and series `s`. */
export interface BarRect {
	k: number;
	s: number;
	x: number;
	y: number;
	w: number;
	h: number;
	label?: {
		x: number;
		y: number;
		text: string;
		anchor: 'start' | 'middle' | 'end';
		inside: boolean;
	};
}

/** A category label in pixels. */
export interface CategoryLabel {
	x: number;
	y: number;
	lines: string[];
	anchor: 'start' | 'middle' | 'end';
	missing: boolean;
}

/** The bar chart in pixels. */
export interface BarModel extends ModelBase {
	orientation: 'vertical' | 'horizontal';
	plot: { x0: number; x1: number; y0: number; y1: number };
	/** Value ticks (vertical only). */
	valueTicks: Tick[];
	axisTitle?: { text: string; x: number; y: number };
	/** The zero line: x for horizontal bars, y for vertical ones. */
	zero: number;
	categories: CategoryLabel[];
	bars: BarRect[];
	/** Marks for categories without data (a short dash on the baseline). */
	gaps: { x: number; y: number }[];
}

const lineHeight = (fs: number) => Math.round(fs * 1.2);

/** Would vertical bars read at this size? Category names in ≤ 2 lines and value labels fit. */
export function verticalFits(input: BarInput, size: ChartSize, lang: Lang): boolean {
	const fs = size.fontSize;
	const slot = (size.width - 50) / Math.max(1, input.categories.length);
	const namesFit = input.categories.every((c) => {
		const lines = wrapText(c.label, slot - 4, fs - 1, 3);
		return lines.length <= 2 && lines.every((l) => textWidth(l, fs - 1) <= slot - 2);
	});
	const groupWidth = (slot * 0.8) / Math.max(1, input.series.length);
	const valuesFit = input.series.every((s) =>
		s.values.every(
			(v) =>
				v === null ||
				textWidth(
					shortValue(
						v,
						s.unit,
						lang,
						sharedScale(Math.max(...s.values.map((x) => Math.abs(x ?? 0))), s.unit),
					),
					fs - 1,
					true,
				) <= Math.max(groupWidth, slot * 0.95),
		),
	);
	return namesFit && valuesFit;
}

/** Build the bar chart model. Values may be null (no bar, a gap mark when the whole category is empty). */
export function barChart(input: BarInput, opts: BarOptions): BarModel {
	const { lang, size } = opts;
	const fs = size.fontSize;
	const W = size.width;
	const want = opts.orientation ?? 'auto';
	const orientation: 'vertical' | 'horizontal' =
		want === 'auto'
			? input.horizontal || !verticalFits(input, size, lang)
				? 'horizontal'
				: 'vertical'
			: want;
	const values = input.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
	const min = Math.min(0, ...values);
	const max = Math.max(0, ...values);
	const multi = input.series.length > 1;
	const unit = input.series[0]?.unit;
	// Labels of counts and measures share the axis's scale word (`377,8 ribu`).
	const labelScale = sharedScale(Math.max(Math.abs(min), Math.abs(max)), unit);
	const label = (v: number, u: string | undefined) => shortValue(v, u, lang, labelScale);
	const items: TipItem[] = [];
	const bars: BarRect[] = [];
	const warnings: string[] = [];
	const notes: string[] = [];
	const missing = input.categories.filter((c) => c.missing).map((c) => c.label);
	if (missing.length)
		notes.push(t(lang, 'chart.note.missing', { list: formatList(missing, lang) }));

	// Keyboard order: category by category, series within.
	const order: { c: number; s: number; v: number }[] = [];
	input.categories.forEach((_, c) =>
		input.series.forEach((s, si) => {
			const v = s.values[c];
			if (v !== null && v !== undefined) order.push({ c, s: si, v });
		}),
	);
	for (const o of order) {
		const cat = input.categories[o.c];
		const s = input.series[o.s];
		if (!cat || !s) continue;
		const value = valueText(o.v, s.unit, lang);
		const note = s.notes[o.c];
		items.push({
			s: o.s,
			heading: cat.label,
			value: multi ? `${s.label}: ${value}` : value,
			...(note ? { note } : {}),
		});
	}

	let model: Omit<BarModel, keyof ModelBase>;
	if (orientation === 'vertical') {
		const count = Math.max(3, Math.round((size.height - 90) / 55));
		const probe = valueAxis({ min, max, unit, lang, range: [1, 0], count });
		const x0 = Math.max(
			20,
			Math.ceil(Math.max(...probe.ticks.map((tk) => textWidth(tk.label, fs - 1)))) + 10,
		);
		const x1 = W - 6;
		const band = scaleBand<number>()
			.domain(input.categories.map((_, i) => i))
			.range([x0, x1])
			.paddingInner(0.25)
			.paddingOuter(0.15);
		const slot = band.step();
		const names = input.categories.map((c) => wrapText(c.label, slot - 4, fs - 1, 2));
		const nameLines = Math.max(1, ...names.map((n) => n.length));
		const top = (probe.title ? fs + 8 : 4) + fs + 6;
		const bottom = size.height - (nameLines * lineHeight(fs - 1) + 10);
		const axis = valueAxis({ min, max, unit, lang, range: [bottom, top], count });
		const sy = axis.scale;
		const zero = round(sy(0));
		const sub = scaleBand<number>()
			.domain(input.series.map((_, i) => i))
			.range([0, band.bandwidth()])
			.paddingInner(0.08);
		// Labels centred over their bars must stay narrower than a slot (group of bars) to keep
		// clear of their neighbours, or of a bar when grouped. Full values when they all fit,
		// else numbers in the axis's scale (`0,12` under "triliun rupiah"), else none.
		const room = (multi ? sub.step() : slot) - 8;
		const full = order.map((o) => label(o.v, input.series[o.s]?.unit));
		const compact = order.map((o) => {
			const v = o.v / (axis.scaleWord?.divisor ?? 1);
			return formatNumber(v, lang, {
				maximumFractionDigits: Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2,
			});
		});
		const texts = [full, compact].find((set) =>
			set.every((x) => textWidth(x, fs - 1, true) <= room),
		);
		order.forEach((o, k) => {
			const bx = (band(o.c) ?? 0) + (sub(o.s) ?? 0);
			const y = Math.min(sy(o.v), sy(0));
			const h = Math.abs(sy(o.v) - sy(0));
			const text = texts?.[k] ?? '';
			const fits = texts !== undefined;
			bars.push({
				k,
				s: o.s,
				x: round(bx),
				y: round(y),
				w: round(sub.bandwidth()),
				h: round(Math.max(h, 0.5)),
				...(fits
					? {
							label: {
								x: round(bx + sub.bandwidth() / 2),
								y: round(o.v >= 0 ? y - 5 : y + h + fs),
								text,
								anchor: 'middle' as const,
								inside: false,
							},
						}
					: {}),
			});
		});
		if (bars.some((b) => !b.label)) {
			warnings.push(
				'Some value labels do not fit above their bars and were left out; the tooltip and the table still give every value. Consider horizontal={true}.',
			);
		}
		model = {
			orientation,
			plot: { x0, x1, y0: round(top), y1: round(bottom) },
			valueTicks: axis.ticks,
			...(axis.title ? { axisTitle: { text: axis.title, x: 0, y: fs } } : {}),
			zero,
			categories: input.categories.map((c, i) => ({
				x: round((band(i) ?? 0) + band.bandwidth() / 2),
				y: round(bottom + fs + 4),
				lines: names[i] ?? [c.label],
				anchor: 'middle',
				missing: c.missing === true,
			})),
			bars,
			gaps: input.categories.flatMap((c, i) =>
				c.missing ? [{ x: round((band(i) ?? 0) + band.bandwidth() / 2), y: zero }] : [],
			),
		};
	} else {
		// Horizontal: names on the left when they fit in 40 % of the width, else above each bar.
		const longest = Math.max(...input.categories.map((c) => textWidth(c.label, fs - 1)));
		const beside = longest <= W * 0.34 || W >= 500;
		const nameWidth = beside ? Math.min(longest, W * 0.34) : W;
		const names = input.categories.map((c) => wrapText(c.label, nameWidth, fs - 1, 2));
		const barH = multi ? 14 : fs + 6;
		const group = barH * input.series.length + (input.series.length - 1) * 2;
		const nameBlock = (n: string[]) => n.length * lineHeight(fs - 1);
		const rowHeights = names.map(
			(n) => (beside ? Math.max(group, nameBlock(n)) : nameBlock(n) + 3 + group) + 10,
		);
		const top = 6;
		const height = Math.round(top + rowHeights.reduce((a, b) => a + b, 0) + 4);
		const x0 = beside ? Math.ceil(nameWidth) + 12 : 0;
		const widest = Math.max(
			...input.series.flatMap((s) =>
				s.values.map((v) => (v === null ? 0 : textWidth(label(v, s.unit), fs - 1, true))),
			),
		);
		const x1 = W - widest - 8;
		const sx = scaleLinear().domain([min, max]).range([x0, x1]);
		const zero = round(sx(0));
		let y = top;
		const rowTops = rowHeights.map((hgt) => {
			const at = y;
			y += hgt;
			return at;
		});
		order.forEach((o, k) => {
			const rowTop = rowTops[o.c] ?? 0;
			const n = names[o.c] ?? [];
			const groupTop = beside
				? rowTop + Math.max(0, (nameBlock(n) - group) / 2)
				: rowTop + nameBlock(n) + 3;
			const by = groupTop + o.s * (barH + 2);
			const x = Math.min(sx(o.v), sx(0));
			const w = Math.abs(sx(o.v) - sx(0));
			const text = label(o.v, input.series[o.s]?.unit);
			bars.push({
				k,
				s: o.s,
				x: round(x),
				y: round(by),
				w: round(Math.max(w, 0.5)),
				h: barH,
				label: {
					x: round(o.v >= 0 ? x + w + 5 : x - 5),
					y: round(by + barH / 2 + (fs - 1) * 0.35),
					text,
					anchor: o.v >= 0 ? 'start' : 'end',
					inside: false,
				},
			});
		});
		model = {
			orientation,
			plot: { x0, x1: round(x1), y0: top, y1: height - 4 },
			valueTicks: [],
			zero,
			categories: input.categories.map((c, i) => {
				const n = names[i] ?? [c.label];
				const rowTop = rowTops[i] ?? 0;
				const blockTop = beside ? rowTop + Math.max(0, (group - nameBlock(n)) / 2) : rowTop;
				return {
					x: beside ? round(x0 - 8) : 0,
					y: round(blockTop + fs - 1),
					lines: n,
					anchor: beside ? 'end' : 'start',
					missing: c.missing === true,
				};
			}),
			bars,
			gaps: input.categories.flatMap((c, i) => {
				if (!c.missing) return [];
				const n = names[i] ?? [];
				const rowTop = rowTops[i] ?? 0;
				return [{ x: zero, y: round((beside ? rowTop : rowTop + nameBlock(n) + 3) + barH / 2) }];
			}),
		};
		return finish(model, height);
	}
	return finish(model, size.height);

	function finish(m: Omit<BarModel, keyof ModelBase>, height: number): BarModel {
		const present = input.categories.map((c, i) => ({ c, i })).filter(({ c }) => !c.missing);
		const summary = [
			...input.series.map((s) =>
				listSentence(
					multi ? s.label : (opts.label ?? s.label),
					present.flatMap(({ c, i }) => {
						const v = s.values[i];
						return v === null || v === undefined ? [] : [{ name: c.label, value: v }];
					}),
					s.unit,
					lang,
				),
			),
			...(missing.length
				? [t(lang, 'chart.sum.missing', { list: formatList(missing, lang) })]
				: []),
		]
			.filter(Boolean)
			.join(' ');
		return { width: W, height, fontSize: fs, summary, notes, warnings, items, ...m };
	}
}
