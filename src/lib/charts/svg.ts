/**
 * A tiny SVG element tree: what chart renderers build, what `SvgTree.astro` renders (every text
 * and attribute escaped by Astro) and what snapshot tests serialise. Tags and attribute names
 * come from code only; data reaches the tree as text children and attribute values.
 */

/** An attribute value; `undefined` and `false` leave the attribute out, `true` writes it bare. */
export type Attr = string | number | boolean | undefined;

/** One element: tag, attributes in writing order, children (elements or text). */
export interface SvgNode {
	tag: string;
	attrs: Record<string, Attr>;
	children: (SvgNode | string)[];
}

type Child = SvgNode | string | number | null | undefined | false | Child[];

/**
 * Build an element. Children may be nested arrays; `null`, `undefined` and `false` are dropped,
 * numbers become text. `h('text', { x: 4 }, 'Rp1,8 triliun')`.
 */
export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: Child[]): SvgNode {
	const out: (SvgNode | string)[] = [];
	const add = (c: Child) => {
		if (c === null || c === undefined || c === false) return;
		if (Array.isArray(c)) c.forEach(add);
		else out.push(typeof c === 'number' ? String(c) : c);
	};
	children.forEach(add);
	return { tag, attrs, children: out };
}

/**
 * `n` rounded to `digits` decimals (default 1: a tenth of a pixel is below what a screen shows),
 * never `-0`. Every coordinate a model returns goes through this, so output is stable.
 */
export function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	const v = Math.round(n * f) / f;
	return Object.is(v, -0) ? 0 : v;
}

const escapeText = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The attributes that are written (`undefined` and `false` dropped). */
export function writtenAttrs(node: SvgNode): [string, string | true][] {
	const out: [string, string | true][] = [];
	for (const [name, value] of Object.entries(node.attrs)) {
		if (value === undefined || value === false) continue;
		out.push([name, value === true ? true : String(value)]);
	}
	return out;
}

/**
 * Serialise a tree as markup, deterministically: attributes in insertion order, text and values
 * escaped. With `indent`, one element per line (for readable snapshot files).
 */
export function serialize(node: SvgNode | string, indent?: string, depth = 0): string {
	const pad = indent === undefined ? '' : indent.repeat(depth);
	const nl = indent === undefined ? '' : '\n';
	if (typeof node === 'string') return `${pad}${escapeText(node)}`;
	const attrs = writtenAttrs(node)
		.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
		.join('');
	if (node.children.length === 0) return `${pad}<${node.tag}${attrs}/>`;
	if (node.children.every((c) => typeof c === 'string')) {
		return `${pad}<${node.tag}${attrs}>${node.children.map((c) => escapeText(c as string)).join('')}</${node.tag}>`;
	}
	const inner = node.children.map((c) => serialize(c, indent, depth + 1)).join(nl);
	return `${pad}<${node.tag}${attrs}>${nl}${inner}${nl}${pad}</${node.tag}>`;
}
