/**
 * Pieces every chart kind's SVG shares: the root with its accessible name and description, axes,
 * multi-line text. Markup as a tree (see `svg.ts`); styling is by class only.
 */
import type { Tick } from './axis.ts';
import type { LabelBlock } from './layout.ts';
import { h, round, type Attr, type SvgNode } from './svg.ts';
import type { ModelBase } from './types.ts';

/** Which of the two drawings this is: shown above or below the container breakpoint. */
export type Variant = 'wide' | 'narrow';

/** What every chart SVG needs besides its model. */
export interface SvgMeta {
	/** Unique per page: the chart id. */
	idBase: string;
	title: string;
	variant: Variant;
}

/**
 * The `<svg>` root: viewBox sizing, `role="img"` named by its `<title>` and described by its
 * `<desc>` (the summary written from the data). Ids are unique per variant.
 */
export function svgRoot(
	model: ModelBase,
	meta: SvgMeta,
	...children: (SvgNode | null | (SvgNode | null)[])[]
): SvgNode {
	const id = `${meta.idBase}-${meta.variant === 'wide' ? 'w' : 'n'}`;
	return h(
		'svg',
		{
			class: `c-svg c-${meta.variant}`,
			viewBox: `0 0 ${model.width} ${model.height}`,
			role: 'img',
			'aria-labelledby': `${id}-t`,
			'aria-describedby': `${id}-d`,
			'font-size': model.fontSize,
		},
		h('title', { id: `${id}-t` }, meta.title),
		h('desc', { id: `${id}-d` }, model.summary),
		...children,
	);
}

/** Text over several lines (`<tspan>` per line), first baseline at `y`. */
export function multiline(
	x: number,
	y: number,
	lines: readonly string[],
	lineHeight: number,
	attrs: Record<string, Attr> = {},
): SvgNode {
	if (lines.length === 1) return h('text', { x, y, ...attrs }, lines[0]);
	return h(
		'text',
		{ x, y, ...attrs },
		lines.map((l, i) => h('tspan', { x, dy: i === 0 ? undefined : lineHeight }, l)),
	);
}

/** A label block placed by `labelTiers`. */
export function labelBlock(block: LabelBlock, fontSize: number, cls: string): SvgNode {
	return multiline(block.x, block.y, block.lines, Math.round(fontSize * 1.2), {
		class: cls,
		'text-anchor': block.anchor === 'end' ? 'end' : undefined,
	});
}

/** Horizontal grid lines (one path) and y tick labels right-aligned left of `x0`. */
export function yAxis(ticks: readonly Tick[], x0: number, x1: number, fontSize: number): SvgNode {
	const grid = ticks.filter((tk) => tk.value !== 0).map((tk) => `M${x0} ${tk.pos}H${x1}`);
	const zero = ticks.find((tk) => tk.value === 0);
	const shift = round(fontSize * 0.32);
	return h(
		'g',
		{ class: 'c-axis', 'text-anchor': 'end' },
		grid.length ? h('path', { class: 'c-grid', d: grid.join('') }) : null,
		zero ? h('path', { class: 'c-zero', d: `M${x0} ${zero.pos}H${x1}` }) : null,
		ticks.map((tk) => h('text', { x: x0 - 8, y: round(tk.pos + shift) }, tk.label)),
	);
}

/** X tick labels centred under the plot at `y`, with short tick marks (one path). */
export function xAxis(ticks: readonly Tick[], y: number, fontSize: number): SvgNode {
	return h(
		'g',
		{ class: 'c-axis', 'text-anchor': 'middle' },
		ticks.length
			? h('path', { class: 'c-tick', d: ticks.map((tk) => `M${tk.pos} ${y}v4`).join('') })
			: null,
		ticks.map((tk) => h('text', { x: tk.pos, y: y + fontSize + 4 }, tk.label)),
	);
}

/** The axis title at the top left (`desa`, `triliun rupiah`). */
export function axisTitle(
	title: { text: string; x: number; y: number } | undefined,
): SvgNode | null {
	if (!title) return null;
	return h('text', { class: 'c-axis-title', x: title.x, y: title.y }, title.text);
}
