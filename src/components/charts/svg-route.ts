// The per-chart drawings (/embed/<id>.svg, /en/embed/<id>.svg): the wide SVG of every story
// chart, as a standalone image with the site's colours inside it. The RSS feeds
// show charts with these (feed readers run no script and load no site stylesheet).
import type { APIRoute } from 'astro';
import chartCss from './chart.css?raw';
import tokensCss from '../../styles/tokens.css?raw';
import type { Lang } from '../../lib/format/index.ts';
import { buildChart } from '../../lib/charts/build.ts';
import type { ChartName, ChartPropsByName } from '../../lib/charts/kinds/index.ts';
import { standaloneSvg } from '../../lib/charts/standalone.ts';
import type { Literal } from '../../lib/mdx/literal.ts';
import { chartCatalog } from './catalog.ts';

import { csvPaths } from './csv-route.ts';
import { storyCharts } from './stories.ts';

type SvgProps = { name: ChartName; props: Record<string, Literal>; lang: Lang; at?: string };

/** Static paths for the drawing of every story chart in `lang` (the feed shows story charts only). */
export async function svgPaths(lang: Lang): ReturnType<typeof csvPaths> {
	const ids = new Set((await storyCharts(lang)).map((u) => u.id));
	return (await csvPaths(lang)).filter((p) => ids.has(p.params.id));
}

/** The SVG response for one chart. */
export const svgResponse: APIRoute = async ({ props }) => {
	const { name, props: chartProps, lang, at } = props as SvgProps;
	const chart = buildChart(
		name,
		chartProps as unknown as ChartPropsByName[ChartName],
		await chartCatalog(),
		lang,
		at,
	);
	return new Response(standaloneSvg(chart.wide, `${tokensCss}\n${chartCss}`), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};
