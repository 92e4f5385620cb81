// Every component a story's MDX may use, by name: passed to <Content components={…} /> by the
// story page, and used by the gallery and the embeds. Must match src/lib/mdx/registry.ts (the
// story page checks both ways). Text components: specs in src/lib/mdx/specs/story.ts; maps:
// src/lib/mdx/specs/maps.ts; charts: one per kind of the chart registry (src/lib/charts/kinds).
import { createComponent, render, renderComponent } from 'astro/runtime/server/index.js';
import BigNumbers from '../components/charts/BigNumbers.astro';
import Chart from '../components/charts/Chart.astro';
import ChoroplethMap from '../components/maps/ChoroplethMap.astro';
import VillageMap from '../components/maps/VillageMap.astro';
import Cite from '../components/story/Cite.astro';
import Count from '../components/story/Count.astro';
import DataTable from '../components/story/DataTable.astro';
import Fact from '../components/story/Fact.astro';
import Value from '../components/story/Value.astro';
import type { ChartExtras } from '../lib/charts/build.ts';
import { CHART_KINDS, type ChartName, type ChartPropsByName } from '../lib/charts/kinds/index.ts';

type KindComponents = { [N in ChartName]: (props: ChartPropsByName[N] & ChartExtras) => unknown };

// `<LineChart {...props} />` renders `<Chart name="LineChart" props={props} />`. Astro has no
// public API for a component made in code, so this calls the runtime functions every compiled
// .astro file calls (astro/runtime/server): a new kind needs no .astro file of its own. Should
// Astro change them, no story chart renders, and the browser and build tests that look for the
// charts of the stories and the gallery fail.
const kindComponent = (name: ChartName) =>
	createComponent((result, all: ChartExtras & Record<string, unknown>) => {
		const { lang, showWarnings, embedded, ...props } = all;
		return render`${renderComponent(result, name, Chart, { name, props, lang, showWarnings, embedded })}`;
	});

/** The chart components: one per chart kind, and BigNumbers. */
export const chartComponents = {
	...(Object.fromEntries(
		CHART_KINDS.map((k) => [k.name, kindComponent(k.name)]),
	) as KindComponents),
	BigNumbers,
};

/** The map components. */
export const mapComponents = { VillageMap, ChoroplethMap };

/** Every story component. */
export const storyComponents = {
	Fact,
	Value,
	Count,
	DataTable,
	Cite,
	...chartComponents,
	...mapComponents,
};
