/**
 * The build's checks, for `npm run dev`: the data catalogue, then every story (frontmatter, MDX
 * lint, cross-story rules), re-run only when a file changed. A failure is thrown as a
 * {@link LocatedError}: the same report the build prints, plus the location of its first problem
 * (`loc`, `frame`, `hint`) in the shape Vite and Astro's error overlay read, so the browser shows
 * the file, line and column with the code around it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { catalogStamp, currentCatalog, type Catalog } from '../data/load.ts';
import {
	DataError,
	hasErrors,
	problemLang,
	sortProblems,
	type Problem,
	type ReportTitle,
} from '../data/problems.ts';
import type { Lang } from '../lang.ts';
import { renderText, say } from '../messages/index.ts';
import { COMPONENT_SPECS } from '../mdx/registry.ts';
import {
	buildDay,
	checkStories,
	listStoryFiles,
	type CheckOptions,
	type StoryFile,
} from './load.ts';

/** What the checks found: data problems and (when the data loaded) story problems. */
export interface ProjectProblems {
	data: Problem[];
	stories: Problem[];
	/** Every story as read and checked now (empty when the data has errors). */
	checked: StoryFile[];
}

/**
 * Lines `line - context … line + context` of `source` with a `>` on `line` and a caret under
 * `col` (both 1-based), in the usual code-frame layout:
 * ```
 *   4 | dek: 'x'
 * > 5 | published: 2024-02-30
 *     |            ^
 * ```
 * Returns '' when `line` is outside the text.
 */
export function codeFrame(source: string, line: number, col: number, context = 2): string {
	const lines = source.split(/\r?\n/);
	if (line < 1 || line > lines.length) return '';
	const from = Math.max(1, line - context);
	const to = Math.min(lines.length, line + context);
	const width = String(to).length;
	const out: string[] = [];
	for (let n = from; n <= to; n++) {
		const gutter = String(n).padStart(width);
		out.push(`${n === line ? '>' : ' '} ${gutter} | ${lines[n - 1] ?? ''}`);
		if (n === line && col >= 1) out.push(`  ${' '.repeat(width)} | ${' '.repeat(col - 1)}^`);
	}
	return out.join('\n');
}

/**
 * A {@link DataError} that also says where its first error is, for editors and error overlays:
 * `loc` (absolute file, line, column), `frame` (the code around it), `hint` and `id`.
 */
export class LocatedError extends DataError {
	/** Absolute file, line and column of the first error; for a CSV no column (its COL counts cells). */
	readonly loc?: { file: string; line: number; column?: number };
	readonly frame?: string;
	readonly hint?: string;
	readonly id?: string;
	/** The overlay's heading. */
	readonly title: string;
	/**
	 * @param lang the reader's choice (`LUMBUNG_LANG`); without it, the language of the story
	 *   the first error is in (Indonesian for data; a `translation-mismatch` only when there is no
	 *   other error)
	 */
	constructor(problems: readonly Problem[], about: ReportTitle, root: string, lang?: Lang) {
		const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
		// A translation mismatch follows from an edit in one version: point at, and speak the
		// language of, the edited story's own error when there is one.
		const first = errors.find((p) => p.code !== 'translation-mismatch') ?? errors[0];
		const l = first ? problemLang(first, lang) : (lang ?? 'id');
		super(problems, about, lang ?? l);
		this.name = about === 'data' ? 'DataError' : 'StoryError';
		this.title = renderText(say('title.overlay', { title: say(`title.${about}`) }), l);
		if (!first) return;
		const file = isAbsolute(first.file) ? first.file : join(root, first.file);
		const line = Math.max(1, first.line);
		// In a CSV, COL is the cell's position (3 = third column), not a character: no caret.
		const csv = file.endsWith('.csv');
		this.loc = csv ? { file, line } : { file, line, column: Math.max(1, first.col) };
		this.id = file;
		if (first.hint) this.hint = renderText(first.hint, l);
		if (existsSync(file) && /\.(mdx|md|json|csv)$/.test(file)) {
			const text = readFileSync(file, 'utf8');
			const frame = codeFrame(text, line, csv ? 0 : Math.max(1, first.col));
			if (frame) this.frame = frame;
		}
	}
}

/** A cheap fingerprint of the story files under `root` (names, sizes, modification times). */
export function storiesStamp(root: string): string {
	const { stories, problems } = listStoryFiles(root);
	return [...stories.map((s) => s.file), ...problems.map((p) => p.file)]
		.map((file) => {
			try {
				const s = statSync(join(root, file));
				return `${file}:${s.size}:${s.mtimeMs}`;
			} catch {
				return `${file}:gone`;
			}
		})
		.join('|');
}

let memo: { stamp: string; result: ProjectProblems } | undefined;
let data: { stamp: string; catalog: Catalog } | undefined;

/**
 * Check the data and the stories under `root`, as `astro build` would. Stories are checked only
 * when the data has no errors (a story naming a broken dataset would only add noise). The result
 * is reused until a data or story file changes; the data is read again only when a data file
 * changed, so after a story is saved only that story is checked again ({@link checkStories}).
 */
export function checkProject(root: string, options: CheckOptions = {}): ProjectProblems {
	const today = options.today ?? buildDay();
	const dataStamp = `${root}#${catalogStamp(root)}`;
	const stamp = `${dataStamp}#${storiesStamp(root)}#${today}`;
	if (memo?.stamp === stamp) return memo.result;
	if (data?.stamp !== dataStamp) data = { stamp: dataStamp, catalog: currentCatalog(root) };
	const { catalog } = data;
	const checked = hasErrors(catalog.problems)
		? { stories: [], problems: [] }
		: checkStories(root, catalog.datasets, COMPONENT_SPECS, { today });
	const result = { data: catalog.problems, stories: checked.problems, checked: checked.stories };
	memo = { stamp, result };
	return result;
}

/**
 * The error `npm run dev` should show now, or undefined when the data and stories are fine;
 * `lang` as for {@link LocatedError}.
 */
export function projectError(root: string, lang?: Lang): LocatedError | undefined {
	const { data, stories } = checkProject(root);
	if (hasErrors(data)) return new LocatedError(data, 'data', root, lang);
	if (hasErrors(stories)) return new LocatedError(stories, 'stories', root, lang);
	return undefined;
}

/**
 * The error for one story file (repo-relative `file`), or undefined when it has none: what the
 * MDX transform raises in dev, so the overlay points into that story.
 */
export function storyError(root: string, file: string, lang?: Lang): LocatedError | undefined {
	const { data, stories } = checkProject(root);
	if (hasErrors(data)) return new LocatedError(data, 'data', root, lang);
	const mine = stories.filter((p) => p.file === file);
	return hasErrors(mine) ? new LocatedError(mine, 'stories', root, lang) : undefined;
}
