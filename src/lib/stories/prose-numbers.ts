/**
 * No numbers typed into prose: a figure a reader sees in a story comes from the data, through
 * `<Value>`, `<Fact>` or `<Count>`, so the text can never disagree with the data or lose its
 * source. Every figure written with digits in the body (paragraphs, headings, lists, tables,
 * link text; not code, components or comments) is a `prose-number` error at its line and column,
 * unless a rule below says it is not data:
 *
 * - a year, 1900–2099 (`pada 2019`, `2019–2025`), not followed by `%` or a unit;
 * - a date: a day of the month beside a month name (`6 Desember 2019`, `November 1`), `1/11/2022`,
 *   `(6/12)`, `2022-11-01`;
 * - a time of day (`pukul 10.00`, `10.00 WIB`);
 * - an ordinal (`ke-27`, `27th`);
 * - a number inside a name: after `Nomor`/`No.`/`Number` (`Instruksi Bupati Nomor 3 Tahun 2021`),
 *   or joined to letters (`COVID-19`, `G20`, `ST2023`), but never after `Rp`, `US$` or `USD`;
 * - a figure marked by the journalist with a comment right after it that gives the reason:
 *   `Putra Aji 2{/* angka: nama desa *\/}` (or `number:` in English).
 *
 * The frontmatter `title` and `dek` follow the same rules, and may also carry a figure declared
 * in the frontmatter key `figures` with its data reference; the build checks that the written
 * figure says the data's value (`frontmatter-figure` when it does not).
 *
 * Numbers spelt out in words (`enam desa`, `two thousand`) are not checked.
 */
import type { Value as CellValue } from '../data/cast.ts';
import type { Problem } from '../data/problems.ts';
import { figuresIn, sameFigure } from '../data/quotes.ts';
import type { CheckedDataset } from '../data/validate.ts';
import { problemText, say, type Said } from '../messages/index.ts';
import type { ParsedMdx } from '../mdx/extract.ts';
import type { Literal } from '../mdx/literal.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import type { StoryFrontmatter } from './frontmatter.ts';
import { filterRows } from '../data/rows.ts';
import { lineLocator } from '../data/declaration.ts';
import { advance, valuePoint } from './lint.ts';
import { strongWordProblems } from './strong-words.ts';

/** Month names and abbreviations, Indonesian and English. */
const MONTH =
	'(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|agu|aug|agt|sep|sept|okt|oct|nov|des|dec)';
const UNIT_AFTER =
	/^\s*(?:%|persen\b|per ?cent\b|percent\b|ton\b|tonnes?\b|ha\b|hektare\b|hectares?\b|kg\b|rupiah\b|dolar\b|dollars?\b|ribu\b|juta\b|miliar\b|triliun\b|thousand\b|million\b|billion\b|trillion\b)/i;
const CURRENCY_BEFORE = /(?:rp|us\$|usd|idr|\$)\s*$/i;
/** The comment that marks a figure as not data: `{/* angka: reason *\/}` or `number:`. */
const MARK = /^[\s*_~]*\{\s*\/\*\s*(?:angka|number)\s*:([\s\S]*?)\*\/\s*\}/i;

/** A figure written with digits: digit groups joined by `.` or `,`. */
const DIGITS = /\d+(?:[.,]\d+)*/g;

/** Why a figure in prose is allowed, or undefined when it must come from the data. */
export type AllowRule =
	'year' | 'date' | 'time' | 'ordinal' | 'regulation-number' | 'name' | 'marked';

/** Blank out dates written with separators, so their digits are not read as figures. */
function maskDates(text: string): string {
	const blank = (m: string) => ' '.repeat(m.length);
	return text
		.replace(/\b\d{4}-\d{2}-\d{2}\b/g, blank)
		.replace(/\b\d{4}-\d{2}\b/g, blank)
		.replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, blank)
		.replace(/\(\d{1,2}\/\d{1,2}\)/g, blank);
}

/**
 * Why the figure `token` at `index` of `text` is allowed in prose (`before`/`after` are the text
 * around it), or undefined. `after` should run on past the text node when the figure ends it, so
 * a marking comment can be seen.
 */
export function allowRule(token: string, before: string, after: string): AllowRule | undefined {
	const plain = /^\d+$/.test(token);
	const n = Number(token);
	if (/\bke-$/i.test(before) || (plain && /^(?:st|nd|rd|th)\b/i.test(after))) return 'ordinal';
	if (/\b(?:nomor|nr|no|number|pasal|article|ayat)\.?\s*$/i.test(before)) {
		return 'regulation-number';
	}
	if (/\p{L}-?$/u.test(before) && !CURRENCY_BEFORE.test(before)) return 'name';
	if (
		plain &&
		n >= 1 &&
		n <= 31 &&
		(new RegExp(`^\\s*(?:[–-]\\s*\\d{1,2}\\s+)?${MONTH}\\b`, 'i').test(after) ||
			new RegExp(`\\b${MONTH}\\.?\\s*$`, 'i').test(before))
	) {
		return 'date';
	}
	if (
		/^\d{1,2}[.:]\d{2}$/.test(token) &&
		(/^\s*(?:WIB|WITA|WIT)\b/.test(after) || /\b(?:pukul|jam)\s*$/i.test(before))
	) {
		return 'time';
	}
	if (
		plain &&
		/^(?:19|20)\d{2}$/.test(token) &&
		!CURRENCY_BEFORE.test(before) &&
		!UNIT_AFTER.test(after)
	) {
		return 'year';
	}
	return undefined;
}

/** The reason given by a marking comment right after a figure, or undefined when unmarked. */
export function markReason(after: string): string | undefined {
	const m = MARK.exec(after);
	return m ? (m[1] ?? '').trim() : undefined;
}

/** A figure in a text and whether a rule allows it. */
interface Found {
	token: string;
	/** Offset in the source text scanned. */
	offset: number;
	rule?: AllowRule;
	/** A marking comment without a reason. */
	emptyMark?: boolean;
}

/**
 * Figures in `text` (a span of `source` starting at `base`): each with its offset in the source
 * and the rule that allows it, if any. Positions are found in the source itself, so escapes
 * and entities in the text never shift a column.
 */
function scan(text: string, source: string, base: number, end: number): Found[] {
	const found: Found[] = [];
	const masked = maskDates(text);
	let cursor = base;
	for (const m of masked.matchAll(DIGITS)) {
		const token = m[0];
		const index = m.index ?? 0;
		const at = source.indexOf(token, cursor);
		const offset = at >= 0 && at < end ? at : base;
		cursor = offset + token.length;
		const before = text.slice(0, index);
		const after = `${text.slice(index + token.length)}${source.slice(Math.max(end, cursor), Math.max(end, cursor) + 200)}`;
		const afterInSource = source.slice(offset + token.length, offset + token.length + 200);
		const reason = markReason(afterInSource);
		if (reason !== undefined) {
			found.push(
				reason.length >= 3 ? { token, offset, rule: 'marked' } : { token, offset, emptyMark: true },
			);
			continue;
		}
		// The rest of a code or range joined to an allowed figure: 300.2.2-2430, 2019/2020.
		const previous = found[found.length - 1];
		const joined =
			previous?.rule &&
			/\d[-/–]$/.test(before) &&
			previous.offset + previous.token.length + 1 === offset
				? previous.rule
				: undefined;
		const rule = joined ?? allowRule(token, before, after);
		found.push(rule ? { token, offset, rule } : { token, offset });
	}
	return found;
}

/**
 * `prose-number` errors for the body of a story: every figure typed in its text that no rule
 * allows, at its line and column.
 */
export function proseNumberProblems(parsed: ParsedMdx, source: string, file: string): Problem[] {
	const where = lineLocator(source);
	const problems: Problem[] = [];
	for (const node of parsed.prose) {
		for (const f of scan(node.value, source, node.start, node.end)) {
			if (f.rule) continue;
			problems.push({
				file,
				...where(f.offset),
				severity: 'error',
				...problemText(f.emptyMark ? 'prose-number/empty-mark' : 'prose-number/typed', {
					token: f.token,
				}),
				value: f.token,
			});
		}
	}
	return problems;
}

/** Keys of a literal prop (annotations, breaks, panels) whose strings are words a reader sees. */
const WORD_KEYS = new Set(['label', 'title', 'notes', 'note', 'caption', 'labels']);

/**
 * The strings a reader sees in one prop value of `kind` (a {@link ComponentSpec} prop kind): a
 * `text` prop whole, and inside a `literal` the strings under a reader-facing key (`label`,
 * `title`, `notes`, `note`, `caption`, `labels`); nothing for any other kind.
 */
export function wordsOf(value: Literal, kind: string): string[] {
	if (kind === 'text') {
		return (Array.isArray(value) ? value : [value]).filter(
			(v): v is string => typeof v === 'string',
		);
	}
	if (kind !== 'literal') return [];
	const out: string[] = [];
	const walk = (v: Literal, key?: string) => {
		if (typeof v === 'string' && key && WORD_KEYS.has(key)) out.push(v);
		else if (Array.isArray(v)) for (const x of v) walk(x, key);
		else if (v && typeof v === 'object') {
			for (const [k, x] of Object.entries(v)) walk(x as Literal, k);
		}
	};
	walk(value);
	return out;
}

/**
 * `prose-number` errors for the words a component shows (chart titles, notes, labels, table
 * captions): the same rules as the body, located at the component (a prop's text cannot carry a
 * marking comment: write a number that is not data in words, or leave it out).
 */
export function componentTextProblems(
	parsed: ParsedMdx,
	file: string,
	specs: ReadonlyMap<string, ComponentSpec>,
): Problem[] {
	const problems: Problem[] = [];
	for (const u of parsed.jsx) {
		const spec = specs.get(u.name);
		if (!spec) continue;
		for (const [prop, p] of Object.entries(spec.props)) {
			const value = u.props[prop];
			if (value === undefined) continue;
			for (const text of wordsOf(value, p.kind)) {
				for (const f of scan(text, text, 0, text.length)) {
					if (f.rule) continue;
					problems.push({
						file,
						severity: 'error',
						// At the figure: inside the text that holds it, inside the prop's value.
						...advance(
							valuePoint(
								u,
								u.attributes.find((a) => a.name === prop),
								[`"${text}"`, `'${text}'`],
							),
							text.slice(0, f.offset),
						),
						...problemText('prose-number/component', { token: f.token, prop, name: u.name }),
						subject: `${u.name}.${prop}`,
						value: text,
					});
				}
			}
		}
	}
	return problems;
}

/** What the figure checks need. */
export interface HeadlineContext {
	datasets: ReadonlyMap<string, CheckedDataset>;
	lang: 'id' | 'en';
	/** The component specs, to check the words components show; without them, only the text. */
	specs?: ReadonlyMap<string, ComponentSpec>;
}

/** The raw text of a top-level frontmatter key, from its line to the next key, with its offset. */
function keySpan(source: string, key: string): { text: string; offset: number } | undefined {
	const block = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!block) return undefined;
	const start = (block.index ?? 0) + block[0].indexOf(block[1] ?? '');
	const body = block[1] ?? '';
	const m = new RegExp(`^${key}:`, 'm').exec(body);
	if (!m) return undefined;
	const from = m.index + m[0].length;
	const next = /^[A-Za-z_][\w-]*:/m.exec(body.slice(from));
	const to = next ? from + next.index : body.length;
	return { text: body.slice(from, to), offset: start + from };
}

/** The data value a `figures` entry points at, or why it points at none. */
function referenced(
	entry: StoryFrontmatter['figures'][number],
	datasets: ReadonlyMap<string, CheckedDataset>,
): { value: number; what: Said } | { error: Said } {
	if (entry.fact !== undefined) {
		const fact = entry.fact;
		if (entry.dataset !== undefined) return { error: say('figure.both') };
		const row = datasets.get('figures')?.rows.find((r) => r.id === fact);
		if (!row) return { error: say('figure.no-fact', { fact }) };
		return typeof row.value === 'number'
			? { value: row.value, what: say('figure.fact', { fact }) }
			: { error: say('figure.no-value', { fact }) };
	}
	if (entry.dataset === undefined || entry.column === undefined || entry.where === undefined) {
		return { error: say('figure.incomplete') };
	}
	const dataset = entry.dataset;
	const column = entry.column;
	const ds = datasets.get(dataset);
	if (!ds) return { error: say('figure.no-dataset', { dataset }) };
	if (!ds.declaration.schema.fields.some((f) => f.name === column)) {
		return { error: say('figure.no-column', { column, dataset }) };
	}
	const rows = filterRows(ds.rows, entry.where);
	if (rows.length !== 1) return { error: say('figure.rows', { dataset, n: rows.length }) };
	const value: CellValue | undefined = rows[0]?.[column];
	return typeof value === 'number'
		? { value, what: say('figure.cell', { dataset, column, where: JSON.stringify(entry.where) }) }
		: { error: say('figure.not-number', { dataset, column }) };
}

/**
 * Figures in the frontmatter `title` and `dek`: each is allowed by the prose rules or declared
 * in `figures` with a data reference whose value it says (read in the story's language, scale
 * words included: `Rp1,8 triliun`). Problems: `prose-number` for an undeclared figure,
 * `frontmatter-figure` for a declaration that names no data, is not in the title or dek, or says
 * another value than the data.
 */
export function headlineFigureProblems(
	source: string,
	file: string,
	fm: StoryFrontmatter,
	ctx: HeadlineContext,
): Problem[] {
	const where = lineLocator(source);
	const problems: Problem[] = [];
	const base = { file, severity: 'error' as const };
	const spans = (['title', 'dek'] as const).map((key) => ({ key, span: keySpan(source, key) }));
	const figuresAt = keySpan(source, 'figures');
	const entryAt = (text: string) => {
		const i = figuresAt ? figuresAt.text.indexOf(text) : -1;
		return where(figuresAt ? figuresAt.offset + Math.max(i, 0) : 0);
	};
	const covered: { key: string; from: number; to: number }[] = [];
	for (const entry of fm.figures) {
		const subject = 'frontmatter.figures';
		const at = entryAt(entry.text);
		const found = spans.flatMap(({ key, span }) => {
			const out: { key: string; from: number; to: number }[] = [];
			if (!span) return out;
			for (
				let i = span.text.indexOf(entry.text);
				i >= 0;
				i = span.text.indexOf(entry.text, i + 1)
			) {
				out.push({ key, from: span.offset + i, to: span.offset + i + entry.text.length });
			}
			return out;
		});
		if (found.length === 0) {
			problems.push({
				...base,
				...at,
				...problemText('frontmatter-figure/not-in-headline', { text: entry.text }),
				subject,
				value: entry.text,
			});
			continue;
		}
		covered.push(...found);
		const ref = referenced(entry, ctx.datasets);
		if ('error' in ref) {
			problems.push({
				...base,
				...at,
				...problemText('frontmatter-figure/no-data', { reason: ref.error }),
				subject,
				value: entry.text,
			});
			continue;
		}
		const said = figuresIn(entry.text, ctx.lang).flatMap((f) => f.values);
		if (!said.some((v) => sameFigure(v, ref.value))) {
			problems.push({
				...base,
				...where(found[0]?.from ?? 0),
				...problemText('frontmatter-figure/other-value', {
					text: entry.text,
					what: ref.what,
					value: ref.value,
					style: say(ctx.lang === 'id' ? 'figure.style.id' : 'figure.style.en'),
				}),
				subject,
				value: entry.text,
			});
		}
	}
	for (const { key, span } of spans) {
		if (!span) continue;
		for (const f of scan(span.text, source, span.offset, span.offset + span.text.length)) {
			if (f.rule) continue;
			if (covered.some((c) => c.key === key && f.offset >= c.from && f.offset < c.to)) continue;
			problems.push({
				...base,
				...where(f.offset),
				...problemText('prose-number/headline', { token: f.token, key }),
				subject: `frontmatter.${key}`,
				value: f.token,
			});
		}
	}
	return problems;
}

/**
 * Every figure check of one story: the body and the words its components show (`prose-number`)
 * and, when the frontmatter is usable, the title and dek (`prose-number`, `frontmatter-figure`).
 * In a draft they are warnings: the story is not published, and `npm run dev` shows them.
 */
export function checkStoryFigures(
	source: string,
	parsed: ParsedMdx,
	file: string,
	fm: StoryFrontmatter | undefined,
	ctx: HeadlineContext,
): Problem[] {
	if (parsed.error) return [];
	const problems = [
		...proseNumberProblems(parsed, source, file),
		...strongWordProblems(parsed, source, file),
		...(ctx.specs ? componentTextProblems(parsed, file, ctx.specs) : []),
		...(fm ? headlineFigureProblems(source, file, fm, ctx) : []),
	];
	// A draft is written before its figures are wired to the data: warn, do not stop the build.
	if (fm?.draft) for (const p of problems) p.severity = 'warning';
	return problems;
}
