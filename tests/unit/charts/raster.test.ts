// The chart stylesheet rewritten for librsvg, and the drawing it draws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rasterCss, rasterSvg } from '../../../src/lib/charts/raster.ts';
import { h } from '../../../src/lib/charts/svg.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('rasterCss', () => {
	const css = `:root{--fg:#111;--soft:var(--fg);--cat-1:#b35900}
@media (prefers-color-scheme: dark){:root{--fg:#eee}}
@container (max-width: 30rem){.c-lab{display:none}}
.c-svg{width:100%;max-width:40rem;fill:var(--soft);font-size:calc(1em - 2px)}
.c-s0{--c:var(--cat-1)}
.c-s path{stroke:var(--c);stroke-width:2.5}
.c-frame{display:grid}`;

	it('writes out the light theme, carries the series colour in color, computes calc()', () => {
		expect(rasterCss(css, { fontSize: 14 })).toBe(
			'.c-svg{fill:#111;font-size:12px}.c-s0{color:#b35900}.c-s path{stroke:currentColor;stroke-width:2.5}',
		);
	});

	it('lets a custom property be replaced (the image’s font)', () => {
		expect(
			rasterCss(':root{--font-ui:system-ui}.c-svg{font-family:var(--font-ui)}', {
				fontSize: 14,
				override: { '--font-ui': "'DejaVu Sans'" },
			}),
		).toBe(".c-svg{font-family:'DejaVu Sans'}");
	});

	it.each([
		['.a{fill:var(--nope)}', /cannot write out var\(--nope\)/],
		[':root{--a:var(--b);--b:var(--a)}.a{fill:var(--a)}', /cannot write out var/],
		['.a{font-size:calc(2em + 1px)}', /cannot compute calc\(2em \+ 1px\)/],
		['.a{--c:red}.b{--d:blue}', /only one custom property/],
	])('refuses what librsvg would paint black: %s', (input, error) => {
		expect(() => rasterCss(input, { fontSize: 14 })).toThrow(error);
	});

	it('reads the site’s own chart stylesheet', () => {
		const site = `${readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8')}\n${readFileSync(join(ROOT, 'src/components/charts/chart.css'), 'utf8')}`;
		const out = rasterCss(site, { fontSize: 14 });
		expect(out).not.toMatch(/var\(|calc\(|@/);
		expect(out).toContain('.c-s0{color:#b35900}');
	});
});

describe('rasterSvg', () => {
	const drawing = h(
		'svg',
		{
			class: 'c-svg',
			viewBox: '0 0 640 360',
			role: 'img',
			tabindex: 0,
			'data-kind': 'bar',
			width: 10,
		},
		h('title', {}, 'Ekspor'),
	);

	it('sizes the drawing, puts the stylesheet first and drops the page’s attributes', () => {
		const svg = rasterSvg(drawing, '.c-svg{fill:#111}', 1088, 612);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1088" height="612"/);
		expect(svg).toContain('viewBox="0 0 640 360"');
		expect(svg).toContain('<style>.c-svg{fill:#111}</style><title>Ekspor</title>');
		expect(svg).not.toMatch(/role=|tabindex=|data-kind=|width="10"/);
	});

	it('refuses a stylesheet that would end its <style> and a root that is no <svg>', () => {
		expect(() => rasterSvg(drawing, 'a{}</style><x>', 10, 10)).toThrow(/<\/style/);
		expect(() => rasterSvg(h('g'), '', 10, 10)).toThrow(/<svg> root/);
	});
});
