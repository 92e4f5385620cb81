// The per-chart drawings (/embed/<id>.svg, /en/embed/<id>.svg): the wide SVG of every story
// chart, as a standalone image with the site's colours inside it. The RSS feeds
// show charts with these (feed readers run no script and load no site stylesheet).
// And the share image of every chart (/embed/<id>.png, /en/embed/<id>.png): story charts and
// gallery examples, the PNG each frame's "Unduh gambar (PNG)" links and an embed page's og:image.
import type { APIRoute } from 'astro';
import chartCss from '../components/charts/chart.css?raw';
import tokensCss from '../styles/tokens.css?raw';
import type { Lang } from '../lib/lang.ts';
import { buildChart } from '../lib/charts/build.ts';
import type { ChartName, ChartPropsByName } from '../lib/charts/kinds/index.ts';
import { sourceLine } from '../lib/charts/share.ts';
import { standaloneSvg } from '../lib/charts/standalone.ts';
import { t } from '../lib/i18n/index.ts';
import { renderChartCard } from '../lib/og/chart-card.ts';
import { siteDatasets } from './data.ts';
import { SITE } from './paths.ts';

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

/** The route of `lang`'s chart share images (1200 × 675 PNG), for the charts {@link csvPaths} lists. */
export function pngResponse(lang: Lang): APIRoute {
	return async ({ params }) => {
		const { name, props: chartProps, at } = await chartById(lang, params.id ?? '');
		const chart = buildChart(
			name,
			chartProps as unknown as ChartPropsByName[ChartName],
			siteDatasets(),
			lang,
			at,
		);
		const png = await renderChartCard({
			drawing: chart.wide,
			css: `${tokensCss}\n${chartCss}`,
			title: chart.title,
			subtitle: chart.subtitle,
			legend: chart.legend,
			source: sourceLine(chart.sources, lang),
			site: t(lang, 'site.name'),
			host: SITE.host,
		});
		return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
	};
}
