// The slope chart as SVG: two axes, one line per series, end points carrying their tooltip
// index (`data-k`), values at both ends and series names on the right.
import type { SlopeModel } from './model.ts';
import { h, type SvgNode } from '../../svg.ts';
import { PALETTE_SIZE } from '../../types.ts';
import { svgRoot, type SvgMeta } from '../../svg-common.ts';

/** The SVG of a slope chart model. */
export function slopeSvg(model: SlopeModel, meta: SvgMeta): SvgNode {
	const fs = model.fontSize;
	const lh = Math.round(fs * 1.2);
	return svgRoot(
		model,
		meta,
		h(
			'g',
			{ class: 'c-axis' },
			model.axes.map((a) => h('line', { class: 'c-grid', x1: a.x, x2: a.x, y1: a.y1, y2: a.y2 })),
			model.headers.map((l) =>
				h('text', { class: 'c-head', x: l.x, y: l.y, 'text-anchor': 'middle' }, l.lines[0]),
			),
		),
		...model.series.map((s) =>
			h(
				'g',
				{ class: `c-s c-s${s.index % PALETTE_SIZE}`, 'data-s': s.index },
				h('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 }),
				s.points.map((p) => h('circle', { cx: p.x, cy: p.y, r: 4.5, 'data-k': p.k })),
				s.labels.map((l) =>
					h(
						'text',
						{
							x: l.x,
							y: l.y,
							'text-anchor': l.anchor === 'start' ? undefined : l.anchor,
						},
						l.lines.map((line, i) =>
							i === 0 && l.lines.length === 1
								? line
								: h(
										'tspan',
										{
											x: l.x,
											dy: i === 0 ? undefined : lh,
											class: i === 0 ? 'c-strong' : 'c-name',
										},
										line,
									),
						),
					),
				),
			),
		),
	);
}
