// The SVG tree: deterministic, escaped. Data is always text, never markup.
import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/kinds/bar/model.ts';
import { WIDE } from '../../../src/lib/charts/layout.ts';
import { resolveBar } from '../../../src/lib/charts/kinds/bar/resolve.ts';
import { h, round, serialize } from '../../../src/lib/charts/svg.ts';
import { barSvg } from '../../../src/lib/charts/kinds/bar/svg.ts';
import { fixtureCatalog } from './helpers.ts';

const CANARY = '<img src=x onerror=window.__xss=1>';

describe('svg tree', () => {
	it('escapes text and attribute values', () => {
		const node = h('g', { 'data-x': '"><script>' }, h('text', {}, CANARY));
		const out = serialize(node);
		expect(out).toBe(
			'<g data-x="&quot;&gt;&lt;script&gt;"><text>&lt;img src=x onerror=window.__xss=1&gt;</text></g>',
		);
	});

	it('drops undefined and false attributes, writes true bare, keeps order', () => {
		expect(serialize(h('rect', { b: 1, a: undefined, c: false, d: true }))).toBe('<rect b="1" d/>');
	});

	it('rounds without -0', () => {
		expect(round(1.26)).toBe(1.3);
		expect(round(-0.01)).toBe(0);
		expect(Object.is(round(-0.04), -0)).toBe(false);
		expect(round(2.3456, 2)).toBe(2.35);
	});

	it('renders a data value holding markup as text in a chart', () => {
		const r = resolveBar(
			{
				id: 'u',
				title: 'U',
				dataset: 'units',
				category: 'region_code',
				categoryLabel: 'label',
				value: 'farm_units',
				where: { survey: 'st2023' },
				horizontal: true,
			},
			fixtureCatalog(),
			'id',
		);
		const model = barChart(r.input, { lang: 'id', size: WIDE });
		const out = serialize(barSvg(model, { idBase: 'u', title: 'U', variant: 'wide' }));
		expect(out).toContain('&lt;img src=x onerror=window.__xss=1&gt;');
		expect(out).not.toContain('<img');
		expect(model.items.map((i) => i.heading)).toContain(CANARY);
		expect(r.table.rows.map((row) => row[0])).toContain(CANARY);
	});
});
