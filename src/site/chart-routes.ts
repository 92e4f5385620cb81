// The per-chart CSV downloads (/embed/<id>.csv, /en/embed/<id>.csv): every story chart of a
// language plus the gallery's examples in that language, each the rows behind the chart.
import type { APIRoute } from 'astro';
import type { Lang } from '../lib/lang.ts';
import { parseMdx } from '../lib/mdx/extract.ts';
import { buildChartCsv } from '../lib/charts/build.ts';
import { CHART_EXAMPLES } from '../lib/charts/examples.ts';
import { isChartName, type ChartName } from '../lib/charts/kinds/index.ts';
import type { Literal } from '../lib/mdx/literal.ts';
import { siteDatasets } from './data.ts';
import { storyCharts } from './charts.ts';

type CsvProps = {
	name: ChartName;
	props: Record<string, Literal>;
	lang: Lang;
	/** Where the chart is written (`file:line:col`), for a story's chart. */
	at?: string;
};

/** Every chart of `lang` with a CSV: story charts first, then gallery examples. */
export async function chartsWithCsv(
	lang: Lang,
): Promise<{ params: { id: string }; props: CsvProps }[]> {
	const out = (await storyCharts(lang)).map((u): { params: { id: string }; props: CsvProps } => ({
		params: { id: u.id },
		props: { name: u.name, props: u.props, lang, at: `${u.file}:${u.line}:${u.col}` },
	}));
	for (const example of CHART_EXAMPLES.filter((e) => e.lang === lang)) {
		const usage = parseMdx(example.mdx).jsx[0];
		const id = usage?.props.id;
		if (!usage || typeof id !== 'string' || !isChartName(usage.name)) continue;
		if (out.some((o) => o.params.id === id)) {
			throw new Error(
				`gallery chart example id "${id}" is also a story chart id; gallery ids start with "contoh-"`,
			);
		}
		out.push({
			params: { id },
			props: { name: usage.name, props: usage.props, lang },
		});
	}
	return out;
}

/** Static paths for the CSV of every chart in `lang`. */
export async function csvPaths(lang: Lang): Promise<{ params: { id: string } }[]> {
	return (await chartsWithCsv(lang)).map(({ params }) => ({ params }));
}

/**
 * The chart `id` of `lang`, looked up when the route runs rather than taken from getStaticPaths'
 * props, which `npm run dev` keeps from the first request.
 */
export async function chartById(lang: Lang, id: string): Promise<CsvProps> {
	const found = (await chartsWithCsv(lang)).find((c) => c.params.id === id);
	if (!found) throw new Error(`no chart "${id}" in ${lang}`);
	return found.props;
}

/** The route of `lang`'s chart CSVs: the language comes from the page, the chart from its id. */
export function csvResponse(lang: Lang): APIRoute {
	return async ({ params }) => {
		const { name, props: chartProps, at } = await chartById(lang, params.id ?? '');
		const csv = buildChartCsv(name, chartProps, siteDatasets(), lang, at);
		return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	};
}
