// The timeline as SVG: year grid lines, one rule per row, row names, the dots (each carrying its
// tooltip index, `data-k`) and the year axis.
import { h, type SvgNode } from '../../svg.ts';
import { multiline, svgRoot, xAxis, type SvgMeta } from '../../svg-common.ts';
import type { TimelineModel } from './model.ts';

/** The SVG of a timeline model. */
export function timelineSvg(model: TimelineModel, meta: SvgMeta): SvgNode {
	const fs = model.fontSize;
	const { plot } = model;
	const years = model.xTicks.map((tk) => `M${tk.pos} ${plot.y0}V${plot.y1}`).join('');
	return svgRoot(
		model,
		meta,
		h(
			'g',
			{ class: 'c-axis' },
			years ? h('path', { class: 'c-grid', d: years }) : null,
			h('path', {
				class: 'c-grid',
				d: model.rows.map((row) => `M${plot.x0} ${row.rule}H${plot.x1}`).join(''),
			}),
		),
		h(
			'g',
			{ class: 'c-cats' },
			model.rows.map((row) =>
				row.lines.length
					? multiline(row.x, row.y, row.lines, Math.round((fs - 1) * 1.2), {
							class: 'c-cat',
							'text-anchor': row.anchor === 'end' ? 'end' : undefined,
						})
					: null,
			),
		),
		h(
			'g',
			{ class: 'c-s c-s0', 'data-s': 0 },
			model.dots.map((d) => h('circle', { cx: d.x, cy: d.y, r: model.r, 'data-k': d.k })),
		),
		xAxis(model.xTicks, plot.y1, fs - 1),
	);
}
