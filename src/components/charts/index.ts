// The chart components stories may use, by MDX name: one per kind of the chart registry
// (src/lib/charts/kinds), each drawing through Chart.astro, and BigNumbers.
import { createComponent, render, renderComponent } from 'astro/runtime/server/index.js';
import BigNumbers from './BigNumbers.astro';
import Chart from './Chart.astro';
import type { ChartExtras } from '../../lib/charts/build.ts';
import {
	CHART_KINDS,
	type ChartName,
	type ChartPropsByName,
} from '../../lib/charts/kinds/index.ts';

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

export const chartComponents = {
	...(Object.fromEntries(
		CHART_KINDS.map((k) => [k.name, kindComponent(k.name)]),
	) as KindComponents),
	BigNumbers,
};
