/**
 * A chart drawing made ready for a rasteriser: the chart's share image (`src/lib/og/chart-card.ts`)
 * draws the wide SVG with librsvg (through sharp), which reads a `<style>` element but knows no
 * custom properties (`var(--fg)`), no `calc()` and no container or media queries. The site's
 * stylesheet is rewritten here into one it reads: the light theme's colours written out, the
 * series colour carried by `color`/`currentColor`, label sizes computed, at-rules dropped.
 */
import { compactCss } from './standalone.ts';
import { serialize, type SvgNode } from './svg.ts';

/** Top-level blocks of compacted CSS: `selector{body}` rules and at-rules (kept whole). */
function blocks(css: string): { head: string; body: string }[] {
	const out: { head: string; body: string }[] = [];
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		if (open < 0) break;
		let depth = 1;
		let j = open + 1;
		for (; j < css.length && depth > 0; j++) {
			if (css[j] === '{') depth++;
			else if (css[j] === '}') depth--;
		}
		out.push({ head: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
		i = j;
	}
	return out;
}

/** `name:value` declarations of a rule body, in order. */
function declarations(body: string): [string, string][] {
	return body
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((d) => {
			const colon = d.indexOf(':');
			return [d.slice(0, colon).trim(), d.slice(colon + 1).trim()];
		});
}

/**
 * The properties a drawing's marks and labels are painted with. Everything else of the site's
 * stylesheet is about the page (layout, the frame, tooltips); librsvg would even read `width`
 * and `max-width` on the root and shrink the drawing.
 */
const PAINT =
	/^(color|fill|fill-opacity|stroke|stroke-width|stroke-dasharray|stroke-linejoin|stroke-linecap|stroke-opacity|opacity|font-family|font-size|font-style|font-weight|letter-spacing|text-anchor|dominant-baseline|paint-order|visibility)$/;

/** What {@link rasterCss} needs to know about the drawing. */
export interface RasterOptions {
	/** The drawing's font size in px (its root `font-size`): what `1em` is in the labels. */
	fontSize: number;
	/** Custom properties to set instead of the stylesheet's (`--font-ui` → the image's font). */
	override?: Record<string, string>;
}

/**
 * The chart stylesheet (`tokens.css` then `chart.css`) rewritten for librsvg:
 * - custom properties of the first top-level `:root` rule (the light theme) written out where
 *   they are used, after `override`; the dark theme, print, container queries and every other
 *   at-rule dropped;
 * - one custom property set by other rules (the series colour, `.c-s0{--c:…}`) becomes `color`
 *   there and `currentColor` where it is used: marks inherit it from their series group;
 * - `calc(1em - Npx)` computed against `fontSize`;
 * - only the properties marks and labels are painted with kept ({@link PAINT}), rules left empty
 *   dropped.
 *
 * Throws when anything it cannot write out is left (an unknown custom property, another `calc()`,
 * a second scoped custom property): librsvg would silently paint such marks black.
 */
export function rasterCss(css: string, options: RasterOptions): string {
	const all = blocks(compactCss(css));
	const root = all.find((b) => b.head === ':root');
	const vars = new Map<string, string>(
		declarations(root?.body ?? '').filter(([name]) => name.startsWith('--')),
	);
	for (const [name, value] of Object.entries(options.override ?? {})) vars.set(name, value);
	const rules = all.filter((b) => b !== root && !b.head.startsWith('@'));
	const scoped = new Set(
		rules.flatMap((r) =>
			declarations(r.body)
				.map(([name]) => name)
				.filter((name) => name.startsWith('--')),
		),
	);
	if (scoped.size > 1) {
		throw new Error(
			`rasterCss: only one custom property may be set outside :root, found ${[...scoped].join(', ')}`,
		);
	}
	const [series] = scoped;
	const resolve = (value: string, seen: string[] = []): string =>
		value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
			if (name === series) return 'currentColor';
			const v = vars.get(name);
			if (v === undefined || seen.includes(name)) {
				throw new Error(`rasterCss: cannot write out var(${name})`);
			}
			return resolve(v, [...seen, name]);
		});
	const out = rules.flatMap((r) => {
		const body = declarations(r.body)
			.filter(([name]) => name === series || PAINT.test(name))
			.map(([name, value]) => {
				const v = resolve(value).replace(
					/calc\(1em - (\d+(?:\.\d+)?)px\)/g,
					(_, px: string) => `${options.fontSize - Number(px)}px`,
				);
				if (/calc\(/.test(v)) throw new Error(`rasterCss: cannot compute ${v} (${r.head})`);
				return `${name === series ? 'color' : name}:${v}`;
			})
			.join(';');
		return body ? [`${r.head}{${body}}`] : [];
	});
	return out.join('');
}

/**
 * The standalone SVG document librsvg draws for a share image: the drawing at `width` × `height`
 * px (its viewBox kept, so it scales), `css` (from {@link rasterCss}) in a `<style>`, no
 * background (the image has its own), and none of the page's attributes (`tabindex`, `data-*`,
 * roles).
 */
export function rasterSvg(node: SvgNode, css: string, width: number, height: number): string {
	if (node.tag !== 'svg') throw new Error(`rasterSvg expects an <svg> root, got <${node.tag}>`);
	if (/<\/style/i.test(css)) throw new Error('chart stylesheet contains "</style"');
	const attrs = Object.fromEntries(
		Object.entries(node.attrs).filter(
			([name]) => !/^(tabindex|focusable|data-.*|role|aria-.*|xmlns|width|height)$/.test(name),
		),
	);
	const root: SvgNode = {
		tag: 'svg',
		attrs: { xmlns: 'http://www.w3.org/2000/svg', width, height, ...attrs },
		children: [{ tag: 'style', attrs: {}, children: [css] }, ...node.children],
	};
	return serialize(root);
}
