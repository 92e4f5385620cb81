/**
 * Line chart model: series of (x, y) points on a time or number axis → everything the SVG needs
 * in pixels. Lines never cross a missing value; a definitional break splits every series with a
 * visible gap and a labelled rule; segments joining points far apart in time are drawn dashed
 * and explained in a note, so a straight line never pretends to be data.
 */
import { line } from 'd3-shape';
import { formatNumber } from '../../../format/index.ts';
import { type Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import { valueAxis, xTicks, type Tick } from '../../axis.ts';
import { labelTiers, type ChartSize, type LabelBlock, dodge } from '../../layout.ts';
import { textWidth } from '../../measure.ts';
import { seriesSentence, shortValue, valueText } from '../../summary.ts';
import { round } from '../../svg.ts';
import type { ModelBase, TipItem } from '../../types.ts';
import {
	gapLength,
	isContinuous,
	isTimeType,
	xPosition,
	xText,
	type XType,
} from '../../xvalues.ts';

/** One point: x as stored in the data (`2019-12`, 2021), y or null when missing. */
export interface LinePoint {
	x: string | number;
	y: number | null;
	/** The row's note in the page's language, shown in the tooltip. */
	note?: string | undefined;
}

/** One series: its label (legend, end label, summary) and unit key. */
export interface LineSeries {
	label: string;
	unit?: string | undefined;
	points: LinePoint[];
}

/** A labelled position on the x axis (an event, a definitional break). */
export interface XMark {
	x: string | number;
	label: string;
}

/** What a line chart shows. */
export interface LineInput {
	xType: XType;
	series: LineSeries[];
	/** Events drawn as a rule with a label (the 2019 launch). */
	annotations?: XMark[] | undefined;
	/** Definitional breaks: lines are not joined across `x` (the break sits before it). */
	breaks?: XMark[] | undefined;
	/**
	 * Longest gap drawn as a solid line: in months for time axes (default 12), in x units
	 * otherwise (default: none, all solid).
	 */
	maxGap?: number | undefined;
}

/** How to draw it. */
export interface LineOptions {
	lang: Lang;
	size: ChartSize;
	/** Height in px (default `size.height`). */
	height?: number;
	/** Shared domains for small multiples. */
	xDomain?: [number, number];
	yDomain?: [number, number];
	/** Label first and last values (default: when there is one series). */
	valueLabels?: boolean;
	/** Draw the axis title inside the SVG (default true). */
	yTitle?: boolean;
}

/** One series in pixels. */
export interface LineSeriesModel {
	index: number;
	label: string;
	/** Path data; `dashed` for a long gap with no data in between. */
	paths: { d: string; dashed: boolean }[];
	/** Marks with their tooltip item index `k`. */
	points: { k: number; x: number; y: number }[];
	/** Value or series labels. */
	labels: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
}

/** A rule across the plot at an x position, with its label block above the plot. */
export interface XRule {
	kind: 'annotation' | 'break';
	x: number;
	y0: number;
	y1: number;
	label: LabelBlock;
}

/** The line chart in pixels. */
export interface LineModel extends ModelBase {
	plot: { x0: number; x1: number; y0: number; y1: number };
	/** The unit with its scale word (`triliun rupiah`), drawn or not. */
	unitTitle: string;
	yTitle?: { text: string; x: number; y: number };
	xTicks: Tick[];
	yTicks: Tick[];
	series: LineSeriesModel[];
	rules: XRule[];
	/** Bottom edge of the y axis = the zero line when the domain starts at 0. */
	baseline: number;
}

interface Placed extends LinePoint {
	pos: number;
	y: number | null;
}

/**
 * Build the line chart model. Throws a RangeError when the x type is not continuous or when no
 * point has a value (a chart of nothing is an authoring error).
 */
export function lineChart(input: LineInput, opts: LineOptions): LineModel {
	const { lang, size } = opts;
	const fs = size.fontSize;
	const W = size.width;
	const H = opts.height ?? size.height;
	const type = input.xType;
	if (!isContinuous(type)) {
		throw new RangeError(
			'a line chart needs a time or number x axis; use a bar chart for categories',
		);
	}
	const warnings: string[] = [];
	const notes: string[] = [];
	const multi = input.series.length > 1;
	const series = input.series.map((s, index) => ({
		...s,
		index,
		pts: s.points
			.map((p): Placed => ({ ...p, pos: xPosition(p.x, type) }))
			.sort((a, b) => a.pos - b.pos),
	}));
	const defined = series.flatMap((s) => s.pts.filter((p) => p.y !== null));
	if (defined.length === 0) throw new RangeError('no point of the line chart has a value');

	const marks = [
		...(input.annotations ?? []).map((m) => ({ ...m, kind: 'annotation' as const })),
		...(input.breaks ?? []).map((m) => ({ ...m, kind: 'break' as const })),
	].map((m) => ({ ...m, pos: xPosition(m.x, type) }));
	const positions = [...series.flatMap((s) => s.pts.map((p) => p.pos)), ...marks.map((m) => m.pos)];
	let xDomain: [number, number] = opts.xDomain ?? [Math.min(...positions), Math.max(...positions)];
	if (xDomain[0] === xDomain[1]) xDomain = [xDomain[0] - 0.5, xDomain[1] + 0.5];
	const ys = defined.map((p) => p.y as number);
	const yDomain = opts.yDomain ?? [Math.min(0, ...ys), Math.max(...ys)];
	const unit = series[0]?.unit;

	// Margins: y tick labels on the left, end labels on the right, titles and rule labels on top.
	const count = Math.max(3, Math.round((H - 80) / 55));
	const probe = valueAxis({ min: yDomain[0], max: yDomain[1], unit, lang, range: [1, 0], count });
	const left = Math.max(
		20,
		Math.ceil(Math.max(...probe.ticks.map((tk) => textWidth(tk.label, fs - 1)))) + 8,
	);
	const endLabels =
		multi && Math.max(...series.map((s) => textWidth(s.label, fs - 1))) + 12 <= W * 0.3;
	const right = endLabels
		? Math.ceil(Math.max(...series.map((s) => textWidth(s.label, fs - 1)))) + 14
		: Math.ceil(textWidth('0000', fs - 1) / 2) + 4;
	const x0 = left + 6;
	const x1 = W - right;
	const sx = (pos: number) =>
		x0 + ((pos - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * (x1 - x0);
	const showTitle = opts.yTitle !== false && probe.title !== '';
	const top0 = showTitle ? fs + 8 : 6;

	// Where a break sits: halfway between the points on either side of it in the first series
	// that has both; at its own x otherwise.
	const ruleX = (m: (typeof marks)[number]) => {
		if (m.kind !== 'break') return sx(m.pos);
		for (const s of series) {
			const before = s.pts.filter((p) => p.y !== null && p.pos < m.pos).at(-1);
			const after = s.pts.find((p) => p.y !== null && p.pos >= m.pos);
			if (before && after) return (sx(before.pos) + sx(after.pos)) / 2;
		}
		return sx(m.pos);
	};
	const tiers = labelTiers(
		marks.map((m) => ({ x: ruleX(m), text: m.label })),
		{ x0: left, x1: W, top: top0, maxWidth: Math.min(180, (x1 - x0) * 0.48), fontSize: fs - 1 },
	);
	const valueLabels = opts.valueLabels ?? !multi;
	const plotTop = top0 + tiers.height + (valueLabels ? fs + 4 : 6);
	const plotBottom = H - (fs + 14);
	const axis = valueAxis({
		min: yDomain[0],
		max: yDomain[1],
		unit,
		lang,
		range: [plotBottom, plotTop],
		count,
	});
	const sy = (v: number) => axis.scale(v);
	const y0 = round(Math.min(...axis.ticks.map((tk) => tk.pos), plotTop));

	const maxGap = input.maxGap ?? (isTimeType(type) ? 12 : Infinity);
	const breakPositions = marks.filter((m) => m.kind === 'break').map((m) => m.pos);
	const path = line<Placed>()
		.x((p) => sx(p.pos))
		.y((p) => sy(p.y as number))
		.digits(1);
	const items: TipItem[] = [];
	let dashedGaps = false;
	const seriesModels: LineSeriesModel[] = series.map((s) => {
		const paths: { d: string; dashed: boolean }[] = [];
		const points: LineSeriesModel['points'] = [];
		const missing = s.pts.filter((p) => p.y === null).map((p) => xText(p.x, type, 'en'));
		if (missing.length) {
			warnings.push(
				`${s.label} has no value for ${missing.join(', ')}; the line stops there instead of being drawn across the gap. If a source has the figure, add it to the data.`,
			);
		}
		let run: Placed[] = [];
		const flush = () => {
			let solid: Placed[] = [];
			for (let i = 0; i < run.length; i++) {
				const p = run[i] as Placed;
				const prev = run[i - 1];
				if (prev && gapLength(prev.pos, p.pos, type) > maxGap) {
					if (solid.length > 1) paths.push({ d: path(solid) ?? '', dashed: false });
					paths.push({ d: path([prev, p]) ?? '', dashed: true });
					dashedGaps = true;
					const span = Math.round(gapLength(prev.pos, p.pos, type));
					warnings.push(
						`${s.label} jumps ${span} ${isTimeType(type) ? 'months' : 'units'} from ${xText(prev.x, type, 'en')} to ${xText(p.x, type, 'en')} with no figure in between; that segment is drawn dashed and a note says why. Add the missing figures if a source has them.`,
					);
					solid = [p];
				} else solid.push(p);
			}
			if (solid.length > 1) paths.push({ d: path(solid) ?? '', dashed: false });
			run = [];
		};
		for (const p of s.pts) {
			const prev = run.at(-1);
			if (p.y === null) {
				flush();
				continue;
			}
			if (prev && breakPositions.some((b) => prev.pos < b && b <= p.pos)) flush();
			run.push(p);
		}
		flush();
		for (const p of s.pts) {
			if (p.y === null) continue;
			const k = items.length;
			points.push({ k, x: round(sx(p.pos)), y: round(sy(p.y)) });
			const value = valueText(p.y, s.unit, lang);
			items.push({
				s: s.index,
				heading: xText(p.x, type, lang),
				value: multi ? `${s.label}: ${value}` : value,
				...(p.note ? { note: p.note } : {}),
			});
		}
		if (points.length === 1) {
			warnings.push(`${s.label} has a single value, so it shows as a dot, not a line.`);
		}
		return { index: s.index, label: s.label, paths, points, labels: [] };
	});

	// Value labels at both ends (one series) or series labels at the end of each line.
	const values = series.map((s) => s.pts.filter((p) => p.y !== null));
	if (valueLabels) {
		seriesModels.forEach((m, i) => {
			const pts = values[i] ?? [];
			const ends = pts.length > 1 ? [pts[0], pts.at(-1)] : pts.slice(0, 1);
			for (const p of ends) {
				if (!p || p.y === null) continue;
				const text = shortValue(p.y, series[i]?.unit, lang, axis.scaleWord);
				const x = sx(p.pos);
				const w = textWidth(text, fs - 1, true);
				// The first label reads rightwards from its point, the last leftwards, so neither
				// runs into the axis labels or off the edge.
				const anchor =
					ends.length > 1 && p === ends[0]
						? 'start'
						: ends.length > 1 || x + w / 2 > W - 2
							? 'end'
							: x - w / 2 < x0
								? 'start'
								: 'middle';
				m.labels.push({
					x: round(anchor === 'start' ? x - 3 : anchor === 'end' ? x + 3 : x),
					y: round(sy(p.y) - 9),
					text,
					anchor,
				});
			}
		});
	} else if (endLabels) {
		const lasts = values.map((pts) => pts.at(-1));
		const targetY = lasts.map((p) => (p && p.y !== null ? sy(p.y) + fs * 0.35 : plotTop));
		const placed = dodge(targetY, fs + 2, plotTop, plotBottom);
		seriesModels.forEach((m, i) => {
			const p = lasts[i];
			if (!p) return;
			m.labels.push({
				x: round(sx(p.pos) + 8),
				y: placed[i] as number,
				text: m.label,
				anchor: 'start',
			});
		});
	}

	const rules: XRule[] = marks.map((m, i) => ({
		kind: m.kind,
		x: round(ruleX(m)),
		y0: round((tiers.blocks[i]?.y ?? top0) - fs + 2),
		y1: round(plotBottom),
		label: tiers.blocks[i] as LabelBlock,
	}));

	if (dashedGaps) {
		notes.push(
			type === 'year'
				? t(lang, 'chart.note.gapYears', { n: formatNumber(maxGap / 12, lang) })
				: t(lang, 'chart.note.gap', { n: formatNumber(maxGap, lang) }),
		);
	}
	const breakSentences = (input.breaks ?? []).map((b) =>
		t(lang, 'chart.sum.break', {
			x: xText(b.x, type, lang),
			label: /^\p{Lu}\p{Ll}/u.test(b.label)
				? b.label[0]?.toLowerCase() + b.label.slice(1)
				: b.label,
		}),
	);
	notes.push(...breakSentences);
	for (const b of input.breaks ?? []) {
		const pos = xPosition(b.x, type);
		if (!series.some((s) => s.pts.some((p) => p.pos < pos) && s.pts.some((p) => p.pos >= pos))) {
			warnings.push(
				`The break at ${xText(b.x, type, 'en')} has no data on one side, so it separates nothing; put it at the first x value of the new definition.`,
			);
		}
	}
	const summary = [
		...series.map((s) =>
			seriesSentence(
				s.label,
				s.pts.filter((p) => p.y !== null).map((p) => ({ x: p.x, y: p.y as number })),
				type,
				s.unit,
				lang,
			),
		),
		...breakSentences,
	]
		.filter(Boolean)
		.join(' ');

	return {
		width: W,
		height: H,
		fontSize: fs,
		plot: { x0: round(x0), x1: round(x1), y0, y1: round(plotBottom) },
		unitTitle: axis.title,
		...(showTitle ? { yTitle: { text: axis.title, x: 0, y: fs } } : {}),
		xTicks: xTicks(xDomain, type, lang, [x0, x1], fs - 1),
		yTicks: axis.ticks,
		series: seriesModels,
		rules,
		baseline: round(sy(Math.max(0, axis.scale.domain()[0] ?? 0))),
		summary,
		notes,
		warnings,
		items,
	};
}
