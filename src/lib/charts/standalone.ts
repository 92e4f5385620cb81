/**
 * A chart drawing as a file of its own (`/embed/<id>.svg`): what the RSS feed shows as an
 * `<img>`, since feed readers run no script and apply no site stylesheet. The drawing is the
 * page's wide SVG, with the site's colours and chart rules carried inside it and a background,
 * so it reads the same in a light or dark reader.
 */
import { h, serialize, type SvgNode } from './svg.ts';

/** Attributes that only make sense inside the page (focus, script hooks). */
const PAGE_ONLY = /^(tabindex|focusable|data-.*)$/;

/**
 * Width and height of a drawing in CSS pixels, from its `viewBox` (`0 0 640 300` → 640 × 300).
 * Throws when the root has no usable viewBox: an image without a size would render at 300 × 150.
 */
export function svgSize(node: SvgNode): { width: number; height: number } {
	const box = String(node.attrs.viewBox ?? '')
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	const [, , width, height] = box;
	if (box.length !== 4 || !box.every(Number.isFinite) || !(width! > 0) || !(height! > 0)) {
		throw new Error(`chart SVG has no usable viewBox (${String(node.attrs.viewBox)})`);
	}
	return { width: width!, height: height! };
}

/**
 * Collapse a stylesheet to one line: comments dropped, runs of white space made one space and
 * none around `{ } ; , :` where CSS does not need it. Selectors with `:` (`:root`,
 * `:not(...)`) keep their meaning because a space is only removed *after* a colon inside a
 * declaration block. Deterministic, so the files stay byte-identical across builds.
 */
export function compactCss(css: string): string {
	return css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s*([{};,>])\s*/g, '$1')
		.replace(/([{;][\w-]+):\s+/g, '$1:')
		.replace(/;}/g, '}')
		.trim();
}

/**
 * The standalone SVG document of a drawing: XML declaration, `xmlns`, `width`/`height` from the
 * viewBox, a `<style>` holding `css` (the site's tokens and chart rules: the drawing keeps its
 * classes), and a background rectangle filled with `var(--bg)` under the marks. Page-only
 * attributes (`tabindex`, `data-*`) are dropped from the root. Every text and attribute is
 * escaped ({@link serialize}); `css` must not contain `</style>` (it comes from our own files).
 */
export function standaloneSvg(node: SvgNode, css: string): string {
	if (node.tag !== 'svg') throw new Error(`standaloneSvg expects an <svg> root, got <${node.tag}>`);
	if (/<\/style/i.test(css)) throw new Error('chart stylesheet contains "</style"');
	const { width, height } = svgSize(node);
	const attrs = Object.fromEntries(
		Object.entries(node.attrs).filter(([name]) => !PAGE_ONLY.test(name) && name !== 'xmlns'),
	);
	const [x = 0, y = 0] = String(node.attrs.viewBox)
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	const root: SvgNode = {
		tag: 'svg',
		attrs: { xmlns: 'http://www.w3.org/2000/svg', width, height, ...attrs },
		children: [
			h('style', {}, compactCss(`${css}\n.c-bg{fill:var(--bg);stroke:none}`)),
			h('rect', { class: 'c-bg', x, y, width, height }),
			...node.children,
		],
	};
	return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
