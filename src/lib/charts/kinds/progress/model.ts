/**
 * Progress-to-target model: one bar filled to the outcome along a track as long as the target
 * (or as the outcome, when it overshoots), the target marked, the outcome and the share of the
 * target written out: "Capaian Januari–Oktober 2022: Rp1,3 triliun" — "65% dari target".
 */
import { formatPercent } from '../../../format/index.ts';
import { type Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import type { ChartSize } from '../../layout.ts';
import { textWidth, wrapText } from '../../measure.ts';
import type { ProgressInput } from './resolve.ts';
import { valueText } from '../../summary.ts';
import { round } from '../../svg.ts';
import type { ModelBase } from '../../types.ts';

/** How to draw it. */
export interface ProgressOptions {
	lang: Lang;
	size: ChartSize;
}

/** A text block in pixels. */
export interface ProgressLabel {
	x: number;
	y: number;
	lines: string[];
	anchor: 'start' | 'end';
	strong?: boolean;
}

/** The chart in pixels. */
export interface ProgressModel extends ModelBase {
	track: { x: number; y: number; w: number; h: number };
	fill: { x: number; y: number; w: number; h: number };
	target: { x: number; y1: number; y2: number };
	labels: ProgressLabel[];
	/** The share written on or beside the fill. */
	pct: { x: number; y: number; text: string; inside: boolean };
}

/** Share of the target reached, in per cent, rounded to a whole number (to 1 decimal below 10). */
export function shareOfTarget(actual: number, target: number): number {
	if (target === 0) return 0;
	const p = (actual / target) * 100;
	return Math.abs(p) < 10 ? Math.round(p * 10) / 10 : Math.round(p);
}

/** Build the progress model. */
export function progressChart(input: ProgressInput, opts: ProgressOptions): ProgressModel {
	const { lang, size } = opts;
	const fs = size.fontSize;
	const W = size.width;
	const lh = Math.round(fs * 1.2);
	const pctValue = shareOfTarget(input.actual.value, input.target.value);
	const pct = formatPercent(pctValue, lang);
	const actualText = valueText(input.actual.value, input.unit, lang);
	const targetText = valueText(input.target.value, input.unit, lang);
	const actualLines = wrapText(`${input.actual.label}: ${actualText}`, W - 8, fs, 2);
	const targetLines = wrapText(`${input.target.label}: ${targetText}`, W * 0.6, fs - 1, 2);
	const top = actualLines.length * lh + 6;
	const barH = fs * 2;
	const extent = Math.max(input.actual.value, input.target.value) || 1;
	const sx = (v: number) => (Math.max(0, v) / extent) * (W - 2) + 1;
	const fillW = sx(input.actual.value) - 1;
	const targetX = round(sx(input.target.value));
	const pctText = t(lang, 'chart.progress.of', { pct });
	const pctW = textWidth(pctText, fs - 1, true);
	const inside = pctW + 12 <= fillW;
	const below = top + barH + 8 + fs;
	return {
		width: W,
		height: Math.round(below + (targetLines.length - 1) * lh + 8),
		fontSize: fs,
		track: { x: 1, y: top, w: W - 2, h: barH },
		fill: { x: 1, y: top, w: round(Math.max(fillW, 0.5)), h: barH },
		target: { x: targetX, y1: top - 4, y2: top + barH + 4 },
		labels: [
			{ x: 0, y: fs, lines: actualLines, anchor: 'start', strong: true },
			(() => {
				const w = Math.max(...targetLines.map((l) => textWidth(l, fs - 1)));
				const end = targetX > W - 4 ? W : targetX;
				return end - w >= 0
					? { x: end, y: round(below), lines: targetLines, anchor: 'end' as const }
					: {
							x: Math.max(0, targetX - 4),
							y: round(below),
							lines: targetLines,
							anchor: 'start' as const,
						};
			})(),
		],
		pct: {
			x: round(inside ? 10 : fillW + 8),
			y: round(top + barH / 2 + (fs - 1) * 0.35),
			text: pctText,
			inside,
		},
		summary: t(lang, 'chart.sum.progress', {
			actualLabel: input.actual.label,
			actual: actualText,
			pct,
			targetLabel: input.target.label,
			target: targetText,
		}),
		notes: [],
		warnings:
			input.actual.value > input.target.value
				? [
						'The outcome is above the target; the track is drawn to the outcome and the target is marked inside it.',
					]
				: [],
		items: [],
	};
}
