/**
 * Finding the charts of the stories without running them: every chart component with an `id` in
 * an MDX file, with its literal props and where it is. The embed pages (one per chart), the
 * per-chart CSV downloads and error messages ("src/content/stories/id/x.mdx:42:1: …") use it.
 */
import type { Lang } from '../format/index.ts';
import { parseMdx, usagesOf } from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';

/** Chart components that get an embed page and a CSV download (BigNumbers does not). */
export const EMBEDDABLE_CHARTS = [
	'LineChart',
	'BarChart',
	'SlopeChart',
	'TargetProgress',
	'SmallMultiples',
] as const;

/** The name of an embeddable chart component. */
export type ChartName = (typeof EMBEDDABLE_CHARTS)[number];

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

/** True when the frontmatter says `draft: true`. */
export function isDraft(frontmatter: string | undefined): boolean {
	return /^draft:\s*true\s*$/m.test(frontmatter ?? '');
}

/**
 * The charts in one MDX file. Drafts, files that do not parse (the MDX lint reports those) and
 * charts without a literal text `id` give nothing.
 */
export function chartUsagesIn(file: string, lang: Lang, source: string): ChartUsage[] {
	const parsed = parseMdx(source);
	if (parsed.error || isDraft(parsed.frontmatter?.text)) return [];
	const slug = (file.split('/').at(-1) ?? '').replace(/\.mdx$/, '');
	return usagesOf(parsed, EMBEDDABLE_CHARTS).flatMap((u) =>
		typeof u.props.id === 'string'
			? [
					{
						lang,
						file,
						slug,
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

/** Messages for chart ids used twice in one language (each names both places). */
export function duplicateChartIds(usages: readonly ChartUsage[]): string[] {
	const seen = new Map<string, ChartUsage>();
	const out: string[] = [];
	for (const u of usages) {
		const key = `${u.lang}|${u.id}`;
		const other = seen.get(key);
		if (other) {
			out.push(
				`${u.file}:${u.line}:${u.col}: chart id "${u.id}" is already used at ${other.file}:${other.line}; ids name the embed page /embed/<id>/ and must be unique in a language`,
			);
		} else seen.set(key, u);
	}
	return out;
}
