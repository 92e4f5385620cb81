/**
 * Small multiples: one small line chart per panel, on one shared x axis and (by default) one
 * shared y scale so heights compare across panels. Two columns when wide, one when narrow.
 */
import type { Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import type { ChartSize } from '../../layout.ts';
import { lineChart, type LineModel } from '../line/model.ts';
import type { MultiplesInput } from './resolve.ts';
import type { ModelBase, TipItem } from '../../types.ts';
import { xPosition } from '../../xvalues.ts';

/** How to draw it. */
export interface MultiplesOptions {
	lang: Lang;
	size: ChartSize;
	/** Height of one panel's plot, px (default 190 wide, 170 narrow). */
	panelHeight?: number;
}

/** One panel: its title and line model, placed at (x, y). */
export interface PanelModel {
	title: string;
	x: number;
	y: number;
	model: LineModel;
}

/** Small multiples in pixels. Point indexes (`k`) run across panels; `s` is the panel. */
export interface MultiplesModel extends ModelBase {
	panels: PanelModel[];
}

/** Build the small-multiples model. */
export function multiplesChart(input: MultiplesInput, opts: MultiplesOptions): MultiplesModel {
	const { lang, size } = opts;
	const fs = size.fontSize;
	const cols =
		size.width >= 500 ? Math.min(input.panels.length, input.panels.length > 4 ? 3 : 2) : 1;
	const gap = 20;
	const panelW = Math.floor((size.width - gap * (cols - 1)) / cols);
	const panelH = opts.panelHeight ?? (size.width >= 500 ? 190 : 170);
	const titleH = fs + 10;
	const positions = input.panels.flatMap((p) =>
		p.input.series.flatMap((s) => s.points.map((pt) => xPosition(pt.x, p.input.xType))),
	);
	const xDomain: [number, number] = [Math.min(...positions), Math.max(...positions)];
	const values = input.panels.flatMap((p) =>
		p.input.series.flatMap((s) => s.points.flatMap((pt) => (pt.y === null ? [] : [pt.y]))),
	);
	const yDomain: [number, number] = [Math.min(0, ...values), Math.max(...values)];
	const items: TipItem[] = [];
	const notes: string[] = [];
	const warnings: string[] = [];
	const panels = input.panels.map((p, i) => {
		const model = lineChart(p.input, {
			lang,
			size: { width: panelW, height: panelH, fontSize: fs },
			xDomain,
			...(input.shared ? { yDomain } : {}),
			valueLabels: true,
			yTitle: false,
		});
		// Renumber points so keyboard order runs through every panel.
		const offset = items.length;
		for (const s of model.series) for (const pt of s.points) pt.k += offset;
		items.push(
			...model.items.map((it) => ({ ...it, s: i, heading: `${p.title} · ${it.heading}` })),
		);
		for (const n of model.notes) if (!notes.includes(n)) notes.push(n);
		warnings.push(...model.warnings);
		return {
			title: p.title,
			x: (i % cols) * (panelW + gap),
			y: Math.floor(i / cols) * (panelH + titleH + 12),
			model,
		};
	});
	const rows = Math.ceil(input.panels.length / cols);
	return {
		width: size.width,
		height: rows * (panelH + titleH + 12) - 12,
		fontSize: fs,
		panels,
		summary: [
			t(lang, input.shared ? 'chart.sum.panels' : 'chart.sum.panelsFree', {
				n: input.panels.length,
			}),
			...panels.map((p) => p.model.summary),
		].join(' '),
		notes,
		warnings,
		items,
	};
}
