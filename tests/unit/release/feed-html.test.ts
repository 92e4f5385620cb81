import { describe, expect, it } from 'vitest';
import { feedHtmlProblems, stripScopeAttributes } from '../../../src/lib/release/feed-html.ts';

describe('stripScopeAttributes', () => {
	it("removes Astro's scoped-style attributes and keeps every other attribute as written", () => {
		const html =
			'<sup class="cite" data-astro-cid-cxt3oadi><a href="#sumber-a" aria-label="Sumber 1" data-astro-cid-cxt3oadi>1</a></sup>';
		expect(stripScopeAttributes(html)).toBe(
			'<sup class="cite"><a href="#sumber-a" aria-label="Sumber 1">1</a></sup>',
		);
	});

	it('handles valued and self-closing forms', () => {
		expect(stripScopeAttributes('<img src="a.svg" data-astro-cid-x1="" alt="a" />')).toBe(
			'<img src="a.svg" alt="a" />',
		);
	});

	it('leaves text that only looks like the attribute alone: in a quoted value, between tags', () => {
		const html =
			'<p title="a data-astro-cid-zz note">Astro writes data-astro-cid-abc on tags</p><td data-k="<b data-astro-cid-q>">x</td>';
		expect(stripScopeAttributes(html)).toBe(html);
	});
});

describe('feedHtmlProblems', () => {
	const origin = 'https://lumbungdevisa.id';

	it('finds nothing in static HTML with links, images, tables and figures', () => {
		const html =
			'<figure id="grafik-a"><figcaption><strong>T</strong></figcaption><p><a href="https://lumbungdevisa.id/x/cerita/a/#grafik-a"><img src="https://lumbungdevisa.id/x/embed/a.svg" alt="A" width="640" height="360"></a></p></figure><table><tr><th scope="row">a</th><td>1</td></tr></table><p><a href="https://github.com/cahyadsn/wilayah_boundaries/tree/main/src/db">sumber</a></p>';
		expect(feedHtmlProblems(html, { origin, forbidden: ['/home/ci/repo'] })).toEqual([]);
	});

	it('reports the script Astro renders for an island, with its build-machine URL', () => {
		const html =
			'<p>a</p><script type="module" src="https://lumbungdevisa.id/home/ci/repo/src/components/charts/ChartScript.astro?astro&type=script&index=0&lang.ts"></script>';
		const problems = feedHtmlProblems(html, { origin, forbidden: ['/home/ci/repo'] });
		expect(problems.some((p) => p.startsWith('<script> element'))).toBe(true);
		expect(problems.some((p) => p.startsWith('build-machine URL src='))).toBe(true);
		expect(problems).toContain('contains "/home/ci/repo"');
	});

	it('reports templates, custom elements, islands, forms and embedded documents', () => {
		const problems = feedHtmlProblems(
			'<ld-chart data-tips="[]"></ld-chart><astro-island uid="1"></astro-island><template><li></li></template><iframe src="/x/"></iframe><textarea></textarea><style>p{}</style>',
		);
		expect(problems.map((p) => p.split(':')[0])).toEqual([
			'custom element <ld-chart>',
			'custom element <astro-island>',
			'<template> element',
			'<iframe> element',
			'<textarea> element',
			'<style> element',
		]);
	});

	it('reports event handlers, style and Astro attributes, javascript: and file: URLs', () => {
		const problems = feedHtmlProblems(
			'<p onclick="x()">a</p><p style="color:red">b</p><p data-astro-cid-a1>c</p><a href=" javascript:alert(1)">d</a><img src="file:///home/ci/a.png" alt="">',
		);
		expect(problems.map((p) => p.split(':')[0])).toEqual([
			'event handler onclick',
			'style attribute',
			'Astro attribute data-astro-cid-a1',
			'javascript',
			'file',
		]);
	});

	it("checks the site's own URLs for module paths: relative and same-origin, not other hosts", () => {
		const own = [
			'/x/src/components/maps/VillageMap.astro',
			'/@fs/home/ci/repo/node_modules/leaflet/dist/leaflet.js',
			'https://lumbungdevisa.id/x/_astro/a.js?astro&type=script',
		];
		for (const url of own)
			expect(feedHtmlProblems(`<a href="${url}">a</a>`, { origin }), url).toHaveLength(1);
		expect(feedHtmlProblems('<a href="https://example.org/src/a.ts">a</a>', { origin })).toEqual(
			[],
		);
	});
});
