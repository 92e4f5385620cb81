/**
 * A story's reading time: what a reader reads and looks at, worked out from the MDX without
 * rendering it.
 *
 * The rule:
 * - **Words, at 200 a minute**: the prose (paragraphs, headings, lists, Markdown tables); one
 *   word for each figure written inline (`<Value>`, `<Fact>`, `<Count>`, `<Cite>`); the words
 *   components show (chart titles, subtitles, notes, captions, annotation labels); and the cells
 *   of a `<DataTable>` shown open on the page — its first {@link TABLE_ROWS} rows, each cell a
 *   word (a reader reads the head of a table and skims the rest).
 * - **Figures, {@link FIGURE_SECONDS} seconds each**: every other block component (charts, maps,
 *   key figures), which a reader looks at rather than reads.
 * - Not counted: what a reader has to open (a chart's data table, the embed code, the notes
 *   behind a disclosure), the labels inside a drawing, the source list, the page's chrome.
 */
import { filterRows } from '../data/rows.ts';
import type { CheckedDataset } from '../data/validate.ts';
import type { ParsedMdx } from '../mdx/extract.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import { wordsOf } from './prose-numbers.ts';

/** Words a reader reads in a minute. */
export const WORDS_PER_MINUTE = 200;
/** Seconds a reader spends on a chart, map or set of key figures. */
export const FIGURE_SECONDS = 10;
/** Rows of a `<DataTable>` counted as read. */
export const TABLE_ROWS = 10;

/** What a story asks of its reader. */
export interface ReadingLoad {
	/** Words read: prose, inline figures, components' words, table cells. */
	words: number;
	/** Charts, maps and key figures looked at. */
	figures: number;
}

/** Words in a text: runs of non-space characters. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * What a story asks of its reader, by the rule above. Components `specs` does not know count
 * nothing (the MDX lint refuses them anyway); a `<DataTable>` whose dataset is not in `datasets`
 * counts its caption only.
 */
export function readingLoad(
	parsed: ParsedMdx,
	specs: ReadonlyMap<string, ComponentSpec>,
	datasets: ReadonlyMap<string, CheckedDataset>,
): ReadingLoad {
	let words = countWords(parsed.text);
	let figures = 0;
	for (const u of parsed.jsx) {
		const spec = specs.get(u.name);
		if (!spec) continue;
		if (u.kind === 'text') {
			words += 1;
			continue;
		}
		for (const [prop, p] of Object.entries(spec.props)) {
			const value = u.props[prop];
			if (value !== undefined) for (const text of wordsOf(value, p.kind)) words += countWords(text);
		}
		if (u.name === 'DataTable') {
			const ds = typeof u.props.dataset === 'string' ? datasets.get(u.props.dataset) : undefined;
			const columns = Array.isArray(u.props.columns) ? u.props.columns.length : 0;
			const rows = ds ? Math.min(TABLE_ROWS, filterRows(ds.rows, u.props.where).length) : 0;
			words += columns * (rows + 1);
		} else {
			figures += 1;
		}
	}
	return { words, figures };
}

/**
 * Reading time in whole minutes, rounded, at least 1: `words` at {@link WORDS_PER_MINUTE} plus
 * {@link FIGURE_SECONDS} per figure. `{ words: 700, figures: 3 }` → 4.
 */
export function readingMinutes(load: ReadingLoad): number {
	const seconds = (load.words / WORDS_PER_MINUTE) * 60 + load.figures * FIGURE_SECONDS;
	return Math.max(1, Math.round(seconds / 60));
}
