// The bar chart as SVG: value grid (vertical bars), bars carrying their tooltip index
// (`data-k`), value labels, category names, and dashes where a year has no data.
import type { BarModel } from './model.ts';
import { h, type SvgNode } from '../../svg.ts';
import { PALETTE_SIZE } from '../../types.ts';
import { axisTitle, multiline, svgRoot, yAxis, type SvgMeta } from '../../svg-common.ts';

/** The SVG of a bar chart model. */
export function barSvg(model: BarModel, meta: SvgMeta): SvgNode {
	const fs = model.fontSize;
	const vertical = model.orientation === 'vertical';
	const { plot } = model;
	const series = [...new Set(model.bars.map((b) => b.s))];
	return svgRoot(
		model,
		meta,
		vertical ? axisTitle(model.axisTitle) : null,
		vertical ? yAxis(model.valueTicks, plot.x0, plot.x1, fs - 1) : null,
		h(
			'g',
			{ class: 'c-cats' },
			model.categories.map((c) =>
				multiline(c.x, c.y, c.lines, Math.round((fs - 1) * 1.2), {
					class: c.missing ? 'c-cat c-muted' : 'c-cat',
					'text-anchor': c.anchor === 'start' ? undefined : c.anchor,
				}),
			),
		),
		...series.map((s) =>
			h(
				'g',
				{ class: `c-s c-s${s % PALETTE_SIZE}`, 'data-s': s },
				model.bars
					.filter((b) => b.s === s)
					.map((b) => h('rect', { x: b.x, y: b.y, width: b.w, height: b.h, 'data-k': b.k })),
			),
		),
		h(
			'g',
			{ class: 'c-labs' },
			model.bars.map((b) =>
				b.label
					? h(
							'text',
							{
								x: b.label.x,
								y: b.label.y,
								'text-anchor': b.label.anchor === 'start' ? undefined : b.label.anchor,
							},
							b.label.text,
						)
					: null,
			),
		),
		model.gaps.length
			? h(
					'g',
					{ class: 'c-gaps' },
					model.gaps.map((g) =>
						vertical
							? h('line', { x1: g.x - 6, x2: g.x + 6, y1: g.y - 3, y2: g.y - 3 })
							: h('line', { x1: g.x + 2, x2: g.x + 14, y1: g.y, y2: g.y }),
					),
				)
			: null,
		vertical
			? h('line', { class: 'c-zero', x1: plot.x0, x2: plot.x1, y1: model.zero, y2: model.zero })
			: h('line', { class: 'c-zero', x1: model.zero, x2: model.zero, y1: plot.y0, y2: plot.y1 }),
	);
}
