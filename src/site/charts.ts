// The charts of the published stories (in `npm run dev`, of every story being previewed), read
// from the story collection: the same parse the lint checked, and nothing from a draft or a
// scheduled story, which the collection does not hold in a build.
import type { Lang } from '../lib/lang.ts';
import { chartUsagesOf, type ChartUsage } from '../lib/charts/usages.ts';
import { allStories } from './stories.ts';

/** Every chart of every story in the collection, in `lang` when given. */
export async function storyCharts(lang?: Lang): Promise<ChartUsage[]> {
	return (await allStories(lang)).flatMap((story) =>
		chartUsagesOf({ ...story, file: story.entry.filePath ?? story.id }),
	);
}

/** Where chart `id` is written in a story of `lang` (`file:line:col`), if it is. */
export async function locateChart(lang: Lang, id: string): Promise<string | undefined> {
	const u = (await storyCharts(lang)).find((c) => c.id === id);
	return u ? `${u.file}:${u.line}:${u.col}` : undefined;
}
