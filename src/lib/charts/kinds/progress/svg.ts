// The progress-to-target chart as SVG: the track, the fill, the target mark and the labels.
import type { ProgressModel } from './model.ts';
import { h, type SvgNode } from '../../svg.ts';
import { multiline, svgRoot, type SvgMeta } from '../../svg-common.ts';

/** The SVG of a progress model. */
export function progressSvg(model: ProgressModel, meta: SvgMeta): SvgNode {
	const fs = model.fontSize;
	const lh = Math.round(fs * 1.2);
	const { track, fill, target, pct } = model;
	return svgRoot(
		model,
		meta,
		h('rect', { class: 'c-track', x: track.x, y: track.y, width: track.w, height: track.h }),
		h(
			'g',
			{ class: 'c-s c-s0' },
			h('rect', { x: fill.x, y: fill.y, width: fill.w, height: fill.h }),
		),
		h('line', { class: 'c-target', x1: target.x, x2: target.x, y1: target.y1, y2: target.y2 }),
		h('text', { class: pct.inside ? 'c-pct c-in' : 'c-pct', x: pct.x, y: pct.y }, pct.text),
		model.labels.map((l) =>
			multiline(l.x, l.y, l.lines, lh, {
				class: l.strong ? 'c-lab c-strong' : 'c-lab c-minor',
				'text-anchor': l.anchor === 'end' ? 'end' : undefined,
			}),
		),
	);
}
