import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactCss, standaloneSvg, svgSize } from '../../../src/lib/charts/standalone.ts';
import { h } from '../../../src/lib/charts/svg.ts';

const drawing = (title = 'Ekspor kakao') =>
	h(
		'svg',
		{
			class: 'c-svg c-wide',
			viewBox: '0 0 640 360',
			role: 'img',
			tabindex: 0,
			'data-kind': 'line',
			'font-size': 14,
		},
		h('title', { id: 'a-w-t' }, title),
		h('g', { class: 'c-s c-s0', 'data-s': 0 }, h('path', { d: 'M0 0L10 10' })),
	);

describe('svgSize', () => {
	it('reads width and height from the viewBox', () => {
		expect(svgSize(drawing())).toEqual({ width: 640, height: 360 });
	});
	it('refuses a drawing without a usable viewBox', () => {
		expect(() => svgSize(h('svg', {}))).toThrow(/viewBox/);
		expect(() => svgSize(h('svg', { viewBox: '0 0 0 10' }))).toThrow(/viewBox/);
	});
});

describe('compactCss', () => {
	it('drops comments and white space CSS does not need, keeping calc() and selector colons', () => {
		const css = `/* tokens */\n:root {\n\t--bg: #fbfaf7;\n}\n.c-axis text,\n.c-cat {\n\tfont-size: calc(1em - 1px);\n}\n.c-frame[data-hl] .c-s:not(.is-hl) {\n\topacity: 0.2;\n}`;
		expect(compactCss(css)).toBe(
			':root{--bg:#fbfaf7}.c-axis text,.c-cat{font-size:calc(1em - 1px)}.c-frame[data-hl] .c-s:not(.is-hl){opacity:0.2}',
		);
	});
});

describe('standaloneSvg', () => {
	const out = standaloneSvg(drawing(), ':root { --bg: #fff; }\n.c-s path { stroke: red; }');

	it('is an XML document with a namespace and a size an <img> can lay out', () => {
		expect(
			out.startsWith(
				'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" class="c-svg c-wide" viewBox="0 0 640 360" role="img" font-size="14">',
			),
		).toBe(true);
	});

	it('carries its stylesheet and a background under the marks, and drops page-only attributes from its root', () => {
		expect(out).toContain(
			'<style>:root{--bg:#fff}.c-s path{stroke:red}.c-bg{fill:var(--bg);stroke:none}</style><rect class="c-bg" x="0" y="0" width="640" height="360"/><title id="a-w-t">',
		);
		expect(out).not.toMatch(/tabindex|data-kind/);
	});

	it('escapes text from the data', () => {
		const svg = standaloneSvg(drawing('</title><script>alert(1)</script>'), '');
		expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(svg).not.toContain('<script');
	});

	it('refuses a stylesheet that could close its <style> element, and a root that is not <svg>', () => {
		expect(() => standaloneSvg(drawing(), 'p{}</style><script>')).toThrow(/<\/style/);
		expect(() => standaloneSvg(h('g', { viewBox: '0 0 1 1' }), '')).toThrow(/<svg>/);
	});

	it("keeps the site's chart rules meaningful: every colour token it uses is defined in tokens.css", () => {
		const tokens = readFileSync('src/styles/tokens.css', 'utf8');
		const chart = readFileSync('src/components/charts/chart.css', 'utf8');
		const css = compactCss(`${tokens}\n${chart}`);
		const used = new Set([...css.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]));
		const defined = new Set([...css.matchAll(/(--[\w-]+):/g)].map((m) => m[1]));
		expect([...used].filter((v) => !defined.has(v))).toEqual([]);
	});
});
