/**
 * Slope chart model: each series as a line from a "before" value to an "after" value on one
 * scale from zero, values written at both ends (labels dodged so equal values stay legible:
 * 16 → 46 destination countries and 16 → 18 business units both start at 16).
 */
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../../../lang.ts';
import { dodge, type ChartSize } from '../../layout.ts';
import { textWidth, wrapText } from '../../measure.ts';
import type { SlopeInput } from './resolve.ts';
import { seriesSentence, shortValue, valueText } from '../../summary.ts';
import { round } from '../../svg.ts';
import type { ModelBase, TipItem } from '../../types.ts';

/** How to draw it. */
export interface SlopeOptions {
	lang: Lang;
	size: ChartSize;
	height?: number;
}

/** A text label in pixels (several lines when wrapped). */
export interface TextLabel {
	x: number;
	y: number;
	lines: string[];
	anchor: 'start' | 'end' | 'middle';
}

/** One series in pixels. */
export interface SlopeSeriesModel {
	index: number;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	points: { k: number; x: number; y: number }[];
	labels: TextLabel[];
}

/** The slope chart in pixels. */
export interface SlopeModel extends ModelBase {
	headers: TextLabel[];
	/** The two vertical axes (from top to the zero line). */
	axes: { x: number; y1: number; y2: number }[];
	series: SlopeSeriesModel[];
}

/** Build the slope chart model. */
export function slopeChart(input: SlopeInput, opts: SlopeOptions): SlopeModel {
	const { lang, size } = opts;
	const fs = size.fontSize;
	const W = size.width;
	const H = opts.height ?? Math.min(size.height, 320);
	const lh = Math.round(fs * 1.2);
	const left = input.series.map((s) => shortValue(s.a, s.unit, lang));
	const right = input.series.map((s) => shortValue(s.b, s.unit, lang));
	const leftW = Math.max(...left.map((l) => textWidth(l, fs)));
	const maxRight = Math.min(W * 0.45, 220);
	const rightLines = input.series.map((s, i) => {
		const label = wrapText(s.label, maxRight, fs - 1, 2);
		return [right[i] as string, ...label];
	});
	const rightW = Math.min(
		maxRight,
		Math.max(
			...rightLines.flatMap((lines) => lines.map((l, j) => textWidth(l, j === 0 ? fs : fs - 1))),
		),
	);
	const x1 = Math.ceil(leftW) + 14;
	const span = Math.min(W - x1 - rightW - 14, 340);
	const x2 = x1 + span;
	const top = fs + 16;
	const bottom = H - 8;
	const max = Math.max(0, ...input.series.flatMap((s) => [s.a, s.b]));
	const sy = scaleLinear()
		.domain([Math.min(0, ...input.series.flatMap((s) => [s.a, s.b])), max || 1])
		.range([bottom, top + lh]);
	// Left labels: one per distinct starting value, dodged; series share their value's label.
	const starts = [...new Set(input.series.map((s) => s.a))];
	const startY = dodge(
		starts.map((a) => sy(a) + fs * 0.35),
		lh,
		top + fs,
		bottom,
	);
	const ya = input.series.map((s) => startY[starts.indexOf(s.a)] as number);
	const blockHeights = rightLines.map((l) => l.length * lh);
	const yb = dodge(
		input.series.map((s) => sy(s.b) + fs * 0.35),
		Math.max(...blockHeights) + 2,
		top + fs,
		bottom - Math.max(...blockHeights) + lh,
	);
	const items: TipItem[] = [];
	const series: SlopeSeriesModel[] = input.series.map((s, index) => {
		const k = items.length;
		items.push(
			{
				s: index,
				heading: `${s.label}, ${input.from}`,
				value: valueText(s.a, s.unit, lang),
				...(s.noteA ? { note: s.noteA } : {}),
			},
			{
				s: index,
				heading: `${s.label}, ${input.to}`,
				value: valueText(s.b, s.unit, lang),
				...(s.noteB ? { note: s.noteB } : {}),
			},
		);
		return {
			index,
			x1,
			y1: round(sy(s.a)),
			x2: round(x2),
			y2: round(sy(s.b)),
			points: [
				{ k, x: x1, y: round(sy(s.a)) },
				{ k: k + 1, x: round(x2), y: round(sy(s.b)) },
			],
			labels: [
				// Equal starting values share one label (16 and 16 would only repeat each other).
				...(input.series.findIndex((o) => o.a === s.a) === index
					? [
							{
								x: x1 - 8,
								y: ya[index] as number,
								lines: [left[index] as string],
								anchor: 'end' as const,
							},
						]
					: []),
				{
					x: round(x2 + 8),
					y: yb[index] as number,
					lines: rightLines[index] as string[],
					anchor: 'start',
				},
			],
		};
	});
	return {
		width: W,
		height: H,
		fontSize: fs,
		headers: [
			{ x: x1, y: fs + 2, lines: [input.from], anchor: 'middle' },
			{ x: round(x2), y: fs + 2, lines: [input.to], anchor: 'middle' },
		],
		axes: [
			{ x: x1, y1: top, y2: round(sy(0)) },
			{ x: round(x2), y1: top, y2: round(sy(0)) },
		],
		series,
		summary: input.series
			.map((s) =>
				seriesSentence(
					s.label,
					[
						{ x: input.from, y: s.a },
						{ x: input.to, y: s.b },
					],
					'string',
					s.unit,
					lang,
				),
			)
			.join(' '),
		notes: [],
		warnings: [],
		items,
	};
}
