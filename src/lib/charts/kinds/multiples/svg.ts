// Small multiples as SVG: one titled panel per dataset, each a line chart on shared axes.
import type { MultiplesModel } from './model.ts';
import { h, type SvgNode } from '../../svg.ts';
import { labelBlock, svgRoot, xAxis, yAxis, type SvgMeta } from '../../svg-common.ts';

/** The SVG of a small-multiples model. */
export function multiplesSvg(model: MultiplesModel, meta: SvgMeta): SvgNode {
	const fs = model.fontSize;
	return svgRoot(
		model,
		meta,
		...model.panels.map((p, i) => {
			const m = p.model;
			return h(
				'g',
				{ class: 'c-panel', transform: `translate(${p.x},${p.y})` },
				h('text', { class: 'c-head', x: 0, y: fs }, p.title),
				h(
					'g',
					{ transform: `translate(0,${fs + 10})` },
					yAxis(m.yTicks, m.plot.x0, m.plot.x1, fs - 1),
					xAxis(m.xTicks, m.plot.y1, fs - 1),
					m.rules.map((r) =>
						h(
							'g',
							{ class: 'c-rule c-break' },
							h('line', { x1: r.x, x2: r.x, y1: r.y0, y2: r.y1 }),
							labelBlock(r.label, fs - 1, 'c-note'),
						),
					),
					m.series.map((s) =>
						h(
							'g',
							{ class: 'c-s c-s0', 'data-s': i },
							s.paths.map((pa) => h('path', { class: pa.dashed ? 'c-dash' : undefined, d: pa.d })),
							s.points.map((pt) => h('circle', { cx: pt.x, cy: pt.y, r: 3, 'data-k': pt.k })),
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
				),
			);
		}),
	);
}
