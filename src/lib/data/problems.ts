/**
 * Problems found in data files and stories, and how they are printed.
 *
 * One line per problem, GCC-style so editors and CI logs can jump to it:
 * `data/villages.csv:14:9: error type-error [villages.lat] "-7,05" bukan angka`
 * followed by an indented line with the raw value, what was expected and a hint. The words are
 * kept as catalogue keys with their parameters (src/lib/messages/) and rendered here, in the
 * reader's language: Indonesian unless asked otherwise, a problem in an English story in English.
 */
import type { Lang } from '../lang.ts';
import { renderText, say, type ProblemCode, type Text } from '../messages/index.ts';

/** `error` fails the build; `warning` is printed and the build goes on. */
export type Severity = 'error' | 'warning';

/** One located problem in a data file or a dataset declaration. */
export interface Problem {
	/** Repo-relative path with forward slashes, e.g. `data/villages.csv`. */
	file: string;
	/** 1-based line; for CSV the line on which the record starts (the header is line 1). 0 = whole file. */
	line: number;
	/** 1-based column; for CSV the field position (1 = first column), for JSON the character column. */
	col: number;
	severity: Severity;
	/** Stable machine code, Frictionless names where one exists (`type-error`, `foreign-key`…). */
	code: ProblemCode;
	/** Dataset id, when known. */
	dataset?: string;
	/** Field name, when the problem is about one field. */
	field?: string;
	/** What the problem is about when it is not a dataset: `LineChart.y`, `frontmatter.title`. */
	subject?: string;
	/** One sentence saying what is wrong. */
	message: Text;
	/** The raw cell or token as found in the file. */
	value?: string;
	/** What would have been accepted. */
	expected?: Text;
	/** How to fix it. */
	hint?: Text;
}

/**
 * The language a problem is shown in when the reader did not choose one (`LUMBUNG_LANG`): the
 * language of its story for a file under `src/content/stories/en/`, else Indonesian.
 */
export function problemLang(p: Pick<Problem, 'file'>, chosen?: Lang): Lang {
	if (chosen) return chosen;
	return /(^|\/)src\/content\/stories\/en\//.test(p.file) ? 'en' : 'id';
}

/** A problem with its words rendered as plain strings in one language. */
export interface RenderedProblem extends Omit<Problem, 'message' | 'expected' | 'hint'> {
	message: string;
	expected?: string;
	hint?: string;
}

/**
 * `p` with its message, expectation and hint rendered in `lang` (default: {@link problemLang}),
 * for output that is not a report line (JSON, an editor) and for tests that read the words.
 */
export function renderProblem(p: Problem, lang?: Lang): RenderedProblem {
	const l = problemLang(p, lang);
	const { message, expected, hint, ...rest } = p;
	return {
		...rest,
		message: renderText(message, l),
		...(expected !== undefined ? { expected: renderText(expected, l) } : {}),
		...(hint !== undefined ? { hint: renderText(hint, l) } : {}),
	};
}

/** At most this many problems are printed per file; the rest are counted by code. */
export const MAX_PROBLEMS_PER_FILE = 50;

/** JSON-encode a raw value for display, cut to 80 characters, with invisible characters shown. */
export function showValue(raw: string): string {
	const cut = raw.length > 80 ? `${raw.slice(0, 77)}…` : raw;
	return JSON.stringify(cut).replace(
		/[\u00a0\u200b\u2007\u202f\ufeff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/**
 * Format one problem as its location line plus, when there is more to say, a detail line, in
 * `lang` (default: {@link problemLang}).
 */
export function formatProblem(p: Problem, lang?: Lang): string {
	const l = problemLang(p, lang);
	const where = p.dataset
		? ` [${p.dataset}${p.field ? `.${p.field}` : ''}]`
		: p.subject
			? ` [${p.subject}]`
			: '';
	const head = `${p.file}:${p.line}:${p.col}: ${p.severity} ${p.code}${where} ${renderText(p.message, l)}`;
	const label = (key: 'report.value' | 'report.expected' | 'report.hint') =>
		renderText(say(key), l);
	const details: string[] = [];
	if (p.value !== undefined) details.push(`${label('report.value')}: ${showValue(p.value)}`);
	if (p.expected) details.push(`${label('report.expected')}: ${renderText(p.expected, l)}`);
	if (p.hint) details.push(`${label('report.hint')}: ${renderText(p.hint, l)}`);
	return details.length ? `${head}\n    ${details.join('   ')}` : head;
}

/** Sort problems by file, line, column, then code, so reports are stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.col - b.col ||
			a.code.localeCompare(b.code),
	);
}

/**
 * Format a whole report: every problem (capped per file, with a count of what was left out)
 * and a closing summary line. `lang` is the reader's choice; without it each problem is in
 * {@link problemLang} and the summary in Indonesian. Returns '' when there are no problems.
 */
export function formatReport(problems: readonly Problem[], lang?: Lang): string {
	if (problems.length === 0) return '';
	const l = lang ?? 'id';
	const lines: string[] = [];
	const byFile = new Map<string, Problem[]>();
	for (const p of sortProblems(problems)) {
		const list = byFile.get(p.file) ?? [];
		list.push(p);
		byFile.set(p.file, list);
	}
	for (const list of byFile.values()) {
		for (const p of list.slice(0, MAX_PROBLEMS_PER_FILE)) lines.push(formatProblem(p, lang));
		const rest = list.slice(MAX_PROBLEMS_PER_FILE);
		if (rest.length) {
			const counts = new Map<string, number>();
			for (const p of rest) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
			const parts = [...counts].map(([code, n]) => `${n} ${code}`).join(', ');
			const file = list[0]?.file ?? '';
			lines.push(renderText(say('report.more', { file, n: rest.length, parts }), l));
		}
	}
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const files = byFile.size;
	lines.push(
		renderText(
			say('report.summary', {
				errors: say(errors === 1 ? 'count.error' : 'count.errors', { n: errors }),
				warnings: say(warnings === 1 ? 'count.warning' : 'count.warnings', { n: warnings }),
				files: say(files === 1 ? 'count.file' : 'count.files', { n: files }),
			}),
			l,
		),
	);
	return lines.join('\n');
}

/** What a report is about, for its title line. */
export type ReportTitle = 'data' | 'stories';

/**
 * Thrown when data or stories have errors: carries every problem, and the full report as its
 * message, titled ("Data bermasalah:" / "Invalid data:") in `lang` (see {@link formatReport}).
 */
export class DataError extends Error {
	readonly problems: readonly Problem[];
	readonly about: ReportTitle;
	constructor(problems: readonly Problem[], about: ReportTitle = 'data', lang?: Lang) {
		super(`${renderText(say(`title.${about}`), lang ?? 'id')}:\n${formatReport(problems, lang)}`);
		this.name = 'DataError';
		this.problems = problems;
		this.about = about;
	}
}

/** True when any problem is an error (not just a warning). */
export function hasErrors(problems: readonly Problem[]): boolean {
	return problems.some((p) => p.severity === 'error');
}

/** Levenshtein distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0] ?? 0;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j] ?? 0;
			prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length] ?? 0;
}

/**
 * The closest candidate to `value`, if it is close enough to be a likely typo
 * (edit distance ≤ max(2, 40% of its length)); case differences count as close.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = c.toLowerCase() === value.toLowerCase() ? 0.5 : editDistance(value, c);
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	const limit = Math.max(2, Math.ceil(value.length * 0.4));
	return best !== undefined && bestDistance <= limit ? best : undefined;
}
