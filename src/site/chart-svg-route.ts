// The per-chart drawings (/embed/<id>.svg, /en/embed/<id>.svg): the wide SVG of every story
// chart, as a standalone image with the site's colours inside it. The RSS feeds
// show charts with these (feed readers run no script and load no site stylesheet).
import type { APIRoute } from 'astro';
import chartCss from '../components/charts/chart.css?raw';
import tokensCss from '../styles/tokens.css?raw';
import type { Lang } from '../lib/format/index.ts';
import { buildChart } from '../lib/charts/build.ts';
import type { ChartName, ChartPropsByName } from '../lib/charts/kinds/index.ts';
import { standaloneSvg } from '../lib/charts/standalone.ts';
import { siteDatasets } from './data.ts';

import { chartById, type csvPaths } from './chart-routes.ts';
import { storyCharts } from './charts.ts';

/** Static paths for the drawing of every story chart in `lang` (the feed shows story charts only). */
export async function svgPaths(lang: Lang): ReturnType<typeof csvPaths> {
	return (await storyCharts(lang)).map((u) => ({ params: { id: u.id } }));
}

/** The route of `lang`'s chart drawings: the chart is looked up by its id when the route runs. */
export function svgResponse(lang: Lang): APIRoute {
	return async ({ params }) => {
		const { name, props: chartProps, at } = await chartById(lang, params.id ?? '');
		const chart = buildChart(
			name,
			chartProps as unknown as ChartPropsByName[ChartName],
			siteDatasets(),
			lang,
			at,
		);
		return new Response(standaloneSvg(chart.wide, `${tokensCss}\n${chartCss}`), {
			headers: { 'Content-Type': 'image/svg+xml' },
		});
	};
}
