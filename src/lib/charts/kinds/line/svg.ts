// The line chart as SVG: grid, rules (events, breaks), lines (dashed over long gaps), points
// carrying their tooltip index (`data-k`), labels.
import type { LineModel } from './model.ts';
import { h, type SvgNode } from '../../svg.ts';
import { PALETTE_SIZE } from '../../types.ts';
import { axisTitle, labelBlock, svgRoot, xAxis, yAxis, type SvgMeta } from '../../svg-common.ts';

/** Point radius in px. */
const R = 3.5;

/** The SVG of a line chart model. */
export function lineSvg(model: LineModel, meta: SvgMeta): SvgNode {
	const { plot, fontSize: fs } = model;
	return svgRoot(
		model,
		meta,
		axisTitle(model.yTitle),
		yAxis(model.yTicks, plot.x0, plot.x1, fs - 1),
		xAxis(model.xTicks, plot.y1, fs - 1),
		h(
			'g',
			{ class: 'c-rules' },
			model.rules.map((r) =>
				h(
					'g',
					{ class: r.kind === 'break' ? 'c-rule c-break' : 'c-rule' },
					h('line', { x1: r.x, x2: r.x, y1: r.y0, y2: r.y1 }),
					labelBlock(r.label, fs - 1, 'c-note'),
				),
			),
		),
		...model.series.map((s) =>
			h(
				'g',
				{ class: `c-s c-s${s.index % PALETTE_SIZE}`, 'data-s': s.index },
				s.paths.map((p) => h('path', { class: p.dashed ? 'c-dash' : undefined, d: p.d })),
				s.points.map((p) => h('circle', { cx: p.x, cy: p.y, r: R, 'data-k': p.k })),
				s.labels.map((l) =>
					h(
						'text',
						{
							x: l.x,
							y: l.y,
							'text-anchor': l.anchor === 'start' ? undefined : l.anchor,
						},
						l.text,
					),
				),
			),
		),
	);
}
