// Build-side access to the charts in the stories: read src/content/stories/<lang>/*.mdx (and, for
// test builds only, the folder in CHART_FIXTURE_STORIES) and list every embeddable chart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLang, type Lang } from '../../lib/format/index.ts';
import { chartUsagesIn, duplicateChartIds, type ChartUsage } from '../../lib/charts/usages.ts';

const STORIES = 'src/content/stories';

function read(dir: string): ChartUsage[] {
	const root = process.cwd();
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	const out: ChartUsage[] = [];
	for (const lang of readdirSync(abs).sort()) {
		if (!isLang(lang)) continue;
		const folder = join(abs, lang);
		for (const name of readdirSync(folder).sort()) {
			if (!name.endsWith('.mdx') || name.startsWith('_') || name.startsWith('.')) continue;
			const path = join(folder, name);
			out.push(...chartUsagesIn(relative(root, path), lang, readFileSync(path, 'utf8')));
		}
	}
	return out;
}

let cached: ChartUsage[] | undefined;

/**
 * Every chart of every published story, in file order; throws on duplicate ids in a language.
 * Read once per build; on every call in dev, so edits to stories show at once.
 */
export function storyCharts(lang?: Lang): ChartUsage[] {
	let usages = import.meta.env.PROD ? cached : undefined;
	if (!usages) {
		usages = [
			...read(STORIES),
			...(process.env.CHART_FIXTURE_STORIES ? read(process.env.CHART_FIXTURE_STORIES) : []),
		];
		const dupes = duplicateChartIds(usages);
		if (dupes.length) throw new Error(dupes.join('\n'));
		cached = usages;
	}
	return lang ? usages.filter((u) => u.lang === lang) : usages;
}

/** Where chart `id` is written in a story of `lang` (`file:line:col`), if it is. */
export function locateChart(lang: Lang, id: string): string | undefined {
	const u = storyCharts(lang).find((c) => c.id === id);
	return u ? `${u.file}:${u.line}:${u.col}` : undefined;
}
