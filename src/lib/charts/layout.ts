/**
 * Shared layout: the two sizes every chart is drawn at (a wide one for tablets and desktops, a
 * narrow one for phones, switched by a CSS container query), label dodging and label blocks.
 */
import { textWidth, wrapText } from './measure.ts';
import { round } from './svg.ts';

/** A size a chart is drawn at: viewBox width (px), default height and base font size. */
export interface ChartSize {
	width: number;
	height: number;
	fontSize: number;
}

/** Drawn for containers 36rem (576 px) and wider: text stays ≥ 12.6 px on screen. */
export const WIDE: ChartSize = { width: 640, height: 360, fontSize: 14 };
/** Drawn for narrower containers (phones): labels stay ≥ 11.5 px at 320 px. */
export const NARROW: ChartSize = { width: 360, height: 300, fontSize: 14 };

/**
 * Spread 1-D label positions so neighbours are at least `gap` apart while staying within
 * [lo, hi] when there is room. Returns positions in the input order.
 */
export function dodge(positions: readonly number[], gap: number, lo: number, hi: number): number[] {
	const order = positions.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
	const out = order.map((o) => o.p);
	for (let i = 1; i < out.length; i++)
		out[i] = Math.max(out[i] as number, (out[i - 1] as number) + gap);
	const last = out.length - 1;
	if (last >= 0 && (out[last] as number) > hi) out[last] = hi;
	for (let i = last - 1; i >= 0; i--)
		out[i] = Math.min(out[i] as number, (out[i + 1] as number) - gap);
	if (out.length && (out[0] as number) < lo) {
		out[0] = lo;
		for (let i = 1; i < out.length; i++)
			out[i] = Math.max(out[i] as number, (out[i - 1] as number) + gap);
	}
	const result = new Array<number>(positions.length);
	order.forEach((o, k) => (result[o.i] = round(out[k] as number)));
	return result;
}

/** A block of wrapped text placed at a point, anchored at its start or end. */
export interface LabelBlock {
	/** x of the anchor, px. */
	x: number;
	/** Baseline of the first line, px. */
	y: number;
	anchor: 'start' | 'end';
	lines: string[];
}

/**
 * Place text labels that belong to x positions (annotations, breaks) in tiers above a plot:
 * each label is wrapped to `maxWidth`, anchored to the right of its x (to the left when it would
 * leave `[x0, x1]`), and pushed to a lower tier when it overlaps a label already placed.
 * Returns the blocks (y relative to `top`) and the band height used.
 */
export function labelTiers(
	labels: readonly { x: number; text: string }[],
	opts: { x0: number; x1: number; top: number; maxWidth: number; fontSize: number; pad?: number },
): { blocks: LabelBlock[]; height: number } {
	const lh = Math.round(opts.fontSize * 1.2);
	const pad = opts.pad ?? 4;
	const tiers: { extents: [number, number][]; lines: number }[] = [];
	const placed: { tier: number; block: Omit<LabelBlock, 'y'> }[] = [];
	for (const label of labels) {
		const lines = wrapText(label.text, opts.maxWidth, opts.fontSize, 3);
		const width = Math.max(...lines.map((l) => textWidth(l, opts.fontSize)));
		const anchor: 'start' | 'end' = label.x + pad + width <= opts.x1 ? 'start' : 'end';
		const extent: [number, number] =
			anchor === 'start' ? [label.x, label.x + pad + width] : [label.x - pad - width, label.x];
		let tier = tiers.findIndex((t) =>
			t.extents.every(([a, b]) => extent[1] + 6 < a || extent[0] > b + 6),
		);
		if (tier < 0) {
			tiers.push({ extents: [], lines: 0 });
			tier = tiers.length - 1;
		}
		const t = tiers[tier] as { extents: [number, number][]; lines: number };
		t.extents.push(extent);
		t.lines = Math.max(t.lines, lines.length);
		placed.push({
			tier,
			block: { x: round(anchor === 'start' ? label.x + pad : label.x - pad), anchor, lines },
		});
	}
	const offsets: number[] = [];
	let acc = 0;
	for (const t of tiers) {
		offsets.push(acc);
		acc += t.lines * lh + 4;
	}
	return {
		blocks: placed.map(({ tier, block }) => ({
			...block,
			y: round(opts.top + (offsets[tier] ?? 0) + opts.fontSize),
		})),
		height: acc,
	};
}
