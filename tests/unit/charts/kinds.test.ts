// The chart registry: every kind is a story component with its own declaration as its lint
// spec, and has gallery examples that parse as that kind and draw from the real data.
import { describe, expect, it } from 'vitest';
import { drawChart } from '../../../src/lib/charts/build.ts';
import { CHART_KINDS, CHART_NAMES, isChartName } from '../../../src/lib/charts/kinds/index.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';

describe('the chart registry', () => {
	it('names each kind once, in PascalCase', () => {
		expect(new Set(CHART_NAMES).size).toBe(CHART_KINDS.length);
		for (const name of CHART_NAMES) expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
		expect(isChartName('LineChart')).toBe(true);
		expect(isChartName('BigNumbers')).toBe(false);
	});

	it('is what the lint knows: each kind’s spec is its props declaration', () => {
		for (const kind of CHART_KINDS) {
			const spec = COMPONENT_SPECS.get(kind.name);
			expect(spec?.props, kind.name).toBe(kind.props);
			expect(spec?.description).toBe(kind.description);
			expect(Object.keys(kind.props).slice(0, 4)).toEqual(['id', 'title', 'subtitle', 'notes']);
		}
	});

	const { datasets } = loadCatalog(`${import.meta.dirname}/../../..`);
	for (const kind of CHART_KINDS) {
		it(`${kind.name}: its gallery examples are ${kind.name}s that draw from the data`, () => {
			expect(kind.examples.length).toBeGreaterThan(0);
			for (const example of kind.examples) {
				const usages = parseMdx(example.mdx).jsx;
				expect(usages.map((u) => u.name)).toEqual([kind.name]);
				const props = usages[0]?.props ?? {};
				expect(String(props.id)).toMatch(/^contoh-/);
				const drawn = drawChart(kind.name, props as never, datasets, example.lang);
				expect(drawn.wide.svg.tag).toBe('svg');
				expect(drawn.narrow.svg.attrs.class).toBe('c-svg c-narrow');
			}
		});
	}
});
