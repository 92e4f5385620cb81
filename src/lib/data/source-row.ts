/**
 * A new row for `data/sources.csv`, checked before it is written (`npm run new:source`): the
 * values are put in the declared column order, quoted as CSV needs (a quote with a comma or a
 * `"` is wrapped and doubled), and the whole file with the row appended goes through the build's
 * own validator, so a bad date, a taken id or a URL that is not `https://…` is reported at the
 * line and column the row would have, with the value, what was expected and a hint. Pure: text
 * and the declaration in, the new text and problems out.
 */
import { problemText, say, type Said } from '../messages/index.ts';
import { csvLine } from './inspect.ts';
import type { Declaration } from './declaration.ts';
import { sortProblems, type Problem } from './problems.ts';
import { checkDataset } from './validate.ts';

/**
 * An id for a source that is not taken yet: the outlet and the publication date
 * (`Berau Terkini`, `2025-06-25` → `berau-terkini-2025-06-25`), the outlet alone when undated
 * (or when the date is not YYYY-MM-DD: the date itself is reported by the validator),
 * `-2`, `-3`… when taken. Only lowercase letters, digits and "-".
 */
export function suggestSourceId(
	outlet: string,
	published: string | undefined,
	taken: ReadonlySet<string>,
): string {
	const slug = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
			.join('-');
	const date = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : '';
	const base = [slug(outlet).slice(0, 40).replace(/-+$/, '') || 'sumber', date]
		.filter(Boolean)
		.join('-');
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Hints for a source row, where the validator's own speak of fixing a data file. */
const HINTS: Record<string, Said> = {
	'id|primary-key': say('source-hint.id-taken'),
	'id|constraint-error': say('source-hint.id'),
	'url|constraint-error': say('source-hint.url'),
	'quote_lang|constraint-error': say('source-hint.quote-lang'),
};

/** What {@link appendSource} returns. */
export interface AppendedSource {
	/** The file's text with the row appended (a missing final newline added first). */
	text: string;
	/** The CSV line written for the row. */
	row: string;
	/** The 1-based line the row starts on. */
	line: number;
	/** Problems with the row (and with the file's header, if any): errors mean nothing is written. */
	problems: Problem[];
}

/**
 * Append a source row to `text` (the current `data/sources.csv`) and check it with the
 * validator against `declaration` (`data/sources.dataset.json`). `values` are by column name;
 * missing columns are written empty; values are trimmed. A `published` date after `today`
 * (YYYY-MM-DD) is an error: sources are dated when they appeared. The row's
 * {@link sourceRowWarnings} (a home-page URL, no date and no reason) come with the problems.
 * @param file repo-relative path used in problem locations (`data/sources.csv`)
 */
export function appendSource(
	text: string,
	declaration: Declaration,
	values: Readonly<Record<string, string | undefined>>,
	file: string,
	today: string,
): AppendedSource {
	const fields = declaration.schema.fields;
	const cells = fields.map((f) => (values[f.name] ?? '').trim());
	const row = csvLine(cells, declaration.dialect?.delimiter ?? ',');
	const before = text === '' || text.endsWith('\n') ? text : `${text}\n`;
	const line = before.split('\n').length;
	const next = `${before}${row}\n`;
	const checked = checkDataset(next, declaration, file);
	const problems = checked.problems
		.filter((p) => p.line === line || (p.line === 1 && p.severity === 'error'))
		// A taken id is one problem, not two (unique and primary key say the same thing).
		.filter((p) => !(p.code === 'unique-error' && p.field === 'id'))
		.map((p) => {
			const hint = HINTS[`${p.field}|${p.code}`];
			return p.line === line && hint ? { ...p, hint } : p;
		});
	const published = fields.findIndex((f) => f.name === 'published');
	const date = cells[published];
	if (published >= 0 && date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today) {
		problems.push({
			file,
			line,
			col: published + 1,
			severity: 'error',
			...problemText('constraint-error/future', { date, today }),
			dataset: declaration.id,
			field: 'published',
			value: date,
		});
	}
	const named = Object.fromEntries(fields.map((f, i) => [f.name, cells[i]]));
	problems.push(
		...sourceRowWarnings(
			named,
			fields.map((f) => f.name),
			file,
			line,
		),
	);
	return { text: next, row, line, problems: sortProblems(problems) };
}

/**
 * True when `url` is a site's front page rather than an article: nothing after the host but `/`
 * (`https://halopacitan.com`). A query names a page (`https://bait.id/?p=307` is an article).
 * Not a URL: false (the validator reports it).
 */
export function isHomePage(url: string): boolean {
	try {
		const u = new URL(url);
		return u.pathname === '/' && u.search === '';
	} catch {
		return false;
	}
}

/**
 * The reason a source states for having no date: its note starts `undated:` (as
 * `npm run new:source --undated "…"` writes it), the reason running to the first `;`. Undefined
 * when there is none, or it is shorter than three letters.
 */
export function undatedReason(note: string | undefined): string | undefined {
	const m = /^\s*undated:\s*([^;]*)/i.exec(note ?? '');
	const reason = m?.[1]?.trim() ?? '';
	return (reason.match(/\p{L}/gu) ?? []).length >= 3 ? reason : undefined;
}

/**
 * The reason a source states for linking a site's front page: a `home page: …` part of its note
 * (at its start or after a `;`), e.g. `home page: only the site address was kept`. Undefined when
 * there is none, or it is shorter than three letters.
 */
export function homePageReason(note: string | undefined): string | undefined {
	const m = /(?:^|;)\s*home page:\s*([^;]*)/i.exec(note ?? '');
	const reason = m?.[1]?.trim() ?? '';
	return (reason.match(/\p{L}/gu) ?? []).length >= 3 ? reason : undefined;
}

/**
 * Warnings for one row of `data/sources.csv` at `line` of `file`: `source-undated` (no
 * `published` date and no {@link undatedReason}), at the `published` column; `source-home-page`
 * (the `url` is a {@link isHomePage} and the note gives no {@link homePageReason}), at the `url`
 * column. Columns are the declaration's,
 * 1-based (`fields`); a check whose column the declaration lacks is skipped.
 */
export function sourceRowWarnings(
	values: Readonly<Record<string, string | undefined>>,
	fields: readonly string[],
	file: string,
	line: number,
): Problem[] {
	const id = values.id ?? '';
	const at = (field: string) => ({ file, line, col: fields.indexOf(field) + 1, field });
	const problems: Problem[] = [];
	if (fields.includes('published') && !values.published?.trim() && !undatedReason(values.note)) {
		problems.push({
			...at('published'),
			severity: 'warning',
			...problemText('source-undated', { id }),
			dataset: 'sources',
			value: values.note ?? '',
		});
	}
	if (
		fields.includes('url') &&
		values.url &&
		isHomePage(values.url.trim()) &&
		!homePageReason(values.note)
	) {
		problems.push({
			...at('url'),
			severity: 'warning',
			...problemText('source-home-page', { id }),
			dataset: 'sources',
			value: values.url,
		});
	}
	return problems;
}
