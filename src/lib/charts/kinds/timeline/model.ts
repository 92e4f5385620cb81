/**
 * Timeline model: one dot per row at its date on a time axis, in rows by group. Dots on the same
 * or nearby dates stack upwards in their row (a dot plot), so every row of the data is one
 * visible dot and none hides another. Over TIMELINE_DOTS rows, a dot stands for `perDot` rows
 * (runs in date order, at their mean date), so the page stays light whatever the data size. Rows without a date are not drawn; a note says how many
 * and which.
 */
import { scaleLinear } from 'd3-scale';
import { formatList, formatNumber, formatValue } from '../../../format/index.ts';
import { type Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import { xTicks, type Tick } from '../../axis.ts';
import type { ChartSize } from '../../layout.ts';
import { textWidth, wrapText } from '../../measure.ts';
import { listSentence } from '../../summary.ts';
import { round } from '../../svg.ts';
import type { ModelBase, TipItem } from '../../types.ts';
import { xPosition, xText } from '../../xvalues.ts';
import type { TimelineDot, TimelineInput } from './resolve.ts';

/** How to draw it. */
export interface TimelineOptions {
	lang: Lang;
	size: ChartSize;
}

/** A row in pixels: its label block (anchor x, first baseline y) and the rule under its dots. */
export interface TimelineRow {
	x: number;
	y: number;
	lines: string[];
	anchor: 'start' | 'end';
	/** y of the rule under the row's dots. */
	rule: number;
}

/** A dot in pixels, with its tooltip item `k` and its row `s`. */
export interface TimelineDotModel {
	k: number;
	s: number;
	x: number;
	y: number;
}

/** The timeline in pixels. */
export interface TimelineModel extends ModelBase {
	plot: { x0: number; x1: number; y0: number; y1: number };
	/** Year ticks under the rows (and grid lines through them). */
	xTicks: Tick[];
	/** Dot radius, px. */
	r: number;
	rows: TimelineRow[];
	dots: TimelineDotModel[];
}

/** Names a note lists before "and N more" (the table lists them all). */
const LISTED = 15;

/**
 * Stack levels for dots at x positions in ascending order: each dot takes the lowest level
 * whose last dot is at least `gap` px to its left, so no two dots of a level overlap. Returns
 * the level of each dot (0 = on the row's baseline), in input order.
 */
export function stackLevels(xs: readonly number[], gap: number): number[] {
	const lastAt: number[] = [];
	return xs.map((x) => {
		const level = lastAt.findIndex((last) => x - last >= gap);
		if (level >= 0) {
			lastAt[level] = x;
			return level;
		}
		lastAt.push(x);
		return lastAt.length - 1;
	});
}

/** `list` in runs of `size` (the last may be shorter), in order. */
function chunks<T>(list: readonly T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
	return out;
}

/** Build the timeline model. The input has at least one dot (the resolver makes sure). */
export function timelineChart(input: TimelineInput, opts: TimelineOptions): TimelineModel {
	const { lang, size } = opts;
	const fs = size.fontSize;
	const W = size.width;
	const type = input.xType;
	const wide = W >= 500;
	const r = wide ? 4.5 : 4;
	// Centre to centre: neighbouring dots keep a pixel between them.
	const gap = 2 * r + 1;
	const lh = Math.round((fs - 1) * 1.2);
	const count = (n: number) => formatValue(n, input.unit, lang);

	// Row names beside the rows when wide (in at most 30 % of the width), above them when narrow.
	const labelled = input.groups.some((g) => g.label);
	const beside = labelled && wide;
	const longest = Math.max(0, ...input.groups.map((g) => textWidth(g.label, fs - 1)));
	const labelWidth = beside ? Math.min(longest, W * 0.3) : W;
	const names = input.groups.map((g) => (g.label ? wrapText(g.label, labelWidth, fs - 1, 2) : []));

	// Time axis: a little room either side so the first and last dots sit inside it.
	const positions = input.groups.flatMap((g) => g.dots.map((d) => xPosition(d.x, type)));
	const lo = Math.min(...positions);
	const hi = Math.max(...positions);
	const pad = Math.max((hi - lo) * 0.03, 1 / 12);
	const domain: [number, number] = [lo - pad, hi + pad];
	// Half a year label: tick labels are centred on their tick.
	const edge = Math.ceil(textWidth('0000', fs - 1) / 2) + 2;
	const x0 = beside ? Math.ceil(labelWidth) + 16 : edge;
	const x1 = W - edge;
	const sx = scaleLinear().domain(domain).range([x0, x1]);

	const total = input.groups.reduce((n, g) => n + g.dots.length, 0);
	const top = 6;
	const rowGap = 12;
	let y = top;
	const items: TipItem[] = [];
	const dots: TimelineDotModel[] = [];
	const rows: TimelineRow[] = [];
	input.groups.forEach((g, s) => {
		// One mark per dot, or per run of `perDot` dots in date order (a large dataset): at their
		// mean date, its tooltip giving how many and from when to when.
		const marks = chunks(g.dots, input.perDot).map((run) => {
			const at = run.reduce((sum, d) => sum + xPosition(d.x, type), 0) / run.length;
			const first = run[0] as TimelineDot;
			const last = run.at(-1) as TimelineDot;
			const from = xText(first.x, type, lang);
			const to = xText(last.x, type, lang);
			const date = from === to ? from : `${from} – ${to}`;
			return {
				x: sx(at),
				item: {
					s,
					heading: run.length === 1 ? first.name : count(run.length),
					value: g.label ? `${date} · ${g.label}` : date,
					...(run.length === 1 && first.note ? { note: first.note } : {}),
				},
			};
		});
		const xs = marks.map((m) => m.x);
		const levels = stackLevels(xs, gap);
		const stack = (Math.max(...levels) + 1) * gap;
		const lines = names[s] ?? [];
		const labelHeight = lines.length * lh;
		const height = beside
			? Math.max(stack, labelHeight)
			: labelHeight + (lines.length ? 4 : 0) + stack;
		// Centre of the dots on the baseline.
		const base = y + height - gap / 2;
		marks.forEach((m, i) => {
			dots.push({
				k: items.length,
				s,
				x: round(m.x),
				y: round(base - (levels[i] as number) * gap),
			});
			items.push(m.item);
		});
		rows.push({
			x: beside ? x0 - 12 : 0,
			// Beside: the last line level with the baseline dots; above: the first line at the top.
			y: round(beside ? base + (fs - 1) * 0.35 - (lines.length - 1) * lh : y + fs - 1),
			lines,
			anchor: beside ? 'end' : 'start',
			rule: round(base + r + 3),
		});
		y += height + rowGap;
	});
	const axisY = round(y - rowGap + r + 8);
	const height = Math.round(axisY + fs - 1 + 10);

	const notes: string[] = [];
	const warnings: string[] = [];
	const undated = input.undated.length;
	if (undated) {
		const rest = undated - LISTED;
		const listed = [
			...input.undated.slice(0, LISTED),
			...(rest > 0 ? [t(lang, 'chart.list.more', { n: formatNumber(rest, lang) })] : []),
		];
		notes.push(
			t(lang, 'chart.note.undated', { count: count(undated), list: formatList(listed, lang) }),
		);
		warnings.push(
			`${undated} row${undated === 1 ? ' has' : 's have'} no date and ${undated === 1 ? 'is' : 'are'} not drawn; the note under the chart names them. If a source gives a date, add it to the data.`,
		);
	}
	const sorted = [...positions].sort((a, b) => a - b);
	const first = input.groups.flatMap((g) => g.dots).find((d) => xPosition(d.x, type) === sorted[0]);
	const last = input.groups
		.flatMap((g) => g.dots)
		.find((d) => xPosition(d.x, type) === sorted.at(-1));
	const summary = [
		t(lang, 'chart.sum.timeline', {
			count: count(total),
			from: first ? xText(first.x, type, lang) : '',
			to: last ? xText(last.x, type, lang) : '',
		}),
		labelled && input.groups.length > 1
			? listSentence(
					input.groupTitle,
					input.groups.map((g) => ({ name: g.label, value: g.dots.length })),
					input.unit,
					lang,
				)
			: '',
		undated ? t(lang, 'chart.sum.undated', { count: count(undated) }) : '',
	]
		.filter(Boolean)
		.join(' ');

	return {
		width: W,
		height,
		fontSize: fs,
		summary,
		notes,
		warnings,
		items,
		plot: { x0: round(x0), x1: round(x1), y0: top, y1: axisY },
		xTicks: xTicks(domain, type, lang, [x0, x1], fs - 1),
		r,
		rows,
		dots,
	};
}
