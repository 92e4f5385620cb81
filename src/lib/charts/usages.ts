/**
 * Finding the charts of the stories without running them: every chart component with an `id` in
 * an MDX file, with its literal props and where it is. The embed pages (one per chart), the
 * per-chart CSV downloads and error messages ("src/content/stories/id/x.mdx:42:1: …") use it.
 */
import type { Lang } from '../lang.ts';
import { usagesOf, type ParsedMdx } from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';
import { CHART_NAMES, type ChartName } from './kinds/index.ts';

/** One chart in one story. */
export interface ChartUsage {
	lang: Lang;
	/** Repo-relative path of the MDX file. */
	file: string;
	/** The story's slug: its file name without `.mdx`. */
	slug: string;
	line: number;
	col: number;
	name: ChartName;
	id: string;
	props: Record<string, Literal>;
}

/** What {@link chartUsagesOf} needs of a story: where it is and its parsed MDX. */
export interface ParsedStory {
	lang: Lang;
	/** Repo-relative path of the MDX file. */
	file: string;
	slug: string;
	parsed: ParsedMdx;
}

/**
 * The charts of one story: each chart of a registered kind (every kind gets an embed page and a
 * CSV download; BigNumbers is no chart kind) with a literal text `id`. Which stories are
 * published is the collection's business: this lists what it is given.
 */
export function chartUsagesOf(story: ParsedStory): ChartUsage[] {
	return usagesOf(story.parsed, CHART_NAMES).flatMap((u) =>
		typeof u.props.id === 'string'
			? [
					{
						lang: story.lang,
						file: story.file,
						slug: story.slug,
						line: u.line,
						col: u.col,
						name: u.name as ChartName,
						id: u.props.id,
						props: u.props,
					},
				]
			: [],
	);
}
