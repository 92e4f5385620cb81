/**
 * Quotes contain their figures: every number a dataset row publishes must be readable in the
 * quote of the source that row cites (data/sources.csv), in any usual Indonesian or English way
 * of writing it — `1.909`, `1,909`, `1.161 ha`, `Rp123,9 miliar`, `123.9 billion`, `765 ton`,
 * `251.071,5 ton`, `25%`, `dua`. A column the newsroom computed (a sum, a centroid) is declared
 * `derived`, with its formula, and is not looked for in the quote.
 *
 * Pure: works on checked datasets; the catalogue loader calls {@link checkQuotes}.
 */
import { problemText } from '../messages/index.ts';
import type { FieldDeclaration } from './declaration.ts';
import type { Problem } from './problems.ts';
import type { CheckedDataset, Row } from './validate.ts';

/** Scale words and their multipliers (Indonesian and English, as the press writes them). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
	ribu: 1e3,
	rb: 1e3,
	thousand: 1e3,
	juta: 1e6,
	jt: 1e6,
	million: 1e6,
	miliar: 1e9,
	milyar: 1e9,
	billion: 1e9,
	bn: 1e9,
	triliun: 1e12,
	trilyun: 1e12,
	trillion: 1e12,
};

/** Small numbers written as words (Indonesian and English). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	satu: 1,
	dua: 2,
	tiga: 3,
	empat: 4,
	lima: 5,
	enam: 6,
	tujuh: 7,
	delapan: 8,
	sembilan: 9,
	sepuluh: 10,
	sebelas: 11,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
};

const SCALE = Object.keys(SCALE_WORDS).join('|');
const WORDS = Object.keys(NUMBER_WORDS).join('|');
/** A run of digits with `.` or `,` between digit groups, then an optional scale word. */
const NUMERAL = new RegExp(`(\\d+(?:[.,]\\d+)*)(?:\\s*(${SCALE})\\b)?`, 'giu');
/** A number word, then an optional scale word ("dua ribu", "two million"). */
const WORDED = new RegExp(
	`(?<![\\p{L}\\p{N}])(${WORDS})(?:\\s+(${SCALE}))?(?![\\p{L}\\p{N}])`,
	'giu',
);

/** Which separators a reading may use: both ways (a quote), or one language's house style. */
export type Reading = 'any' | 'id' | 'en';

/**
 * Every value a written numeral can stand for. `1.909` is 1909 (Indonesian thousands) or 1.909
 * (English decimal); `1,8` is 1.8 only (a thousands group has three digits); `251.071,5` is
 * 251071.5. With `reading` `id` or `en`, only that language's separators count
 * (`id`: "." thousands, "," decimal; `en`: the reverse).
 * Returns an empty list for text that is not a numeral.
 */
export function readNumeral(token: string, reading: Reading = 'any'): number[] {
	if (!/^\d+(?:[.,]\d+)*$/.test(token)) return [];
	const parts = token.split(/[.,]/);
	const seps = token.replace(/\d/g, '').split('');
	if (seps.length === 0) return [Number(token)];
	const out = new Set<number>();
	const groupsOk = (groups: string[]) => groups.slice(1).every((g) => g.length === 3);
	const allowed = (group: string, decimal: string | undefined) =>
		reading === 'any' ||
		(reading === 'id' && group === '.' && (decimal === undefined || decimal === ',')) ||
		(reading === 'en' && group === ',' && (decimal === undefined || decimal === '.'));
	// Every separator groups thousands: 1.055.340.950.000, 1,909.
	if (new Set(seps).size === 1 && groupsOk(parts) && allowed(seps[0] ?? '', undefined)) {
		out.add(Number(parts.join('')));
	}
	// The last separator is the decimal point, any before it group thousands: 251.071,5; 1,8.
	const decimal = seps[seps.length - 1] ?? '';
	const groups = seps.slice(0, -1);
	const intParts = parts.slice(0, -1);
	if (
		groups.every((g) => g !== decimal && g === groups[0]) &&
		groupsOk(intParts) &&
		(reading === 'any' ||
			(reading === 'id' && decimal === ',' && groups.every((g) => g === '.')) ||
			(reading === 'en' && decimal === '.' && groups.every((g) => g === ',')))
	) {
		out.add(Number(`${intParts.join('')}.${parts[parts.length - 1]}`));
	}
	return [...out];
}

/** One figure found in a text: what it was read as, where, and its written form. */
export interface FigureMention {
	/** Every value the written figure can stand for (scale words applied, and not). */
	values: number[];
	/** 0-based offset of the figure in the text. */
	index: number;
	/** The figure as written, with its scale word when there is one. */
	text: string;
}

/** Every figure written in `text` with digits or as a small number word, in order. */
export function figuresIn(text: string, reading: Reading = 'any'): FigureMention[] {
	const found: FigureMention[] = [];
	for (const m of text.matchAll(NUMERAL)) {
		const base = readNumeral(m[1] ?? '', reading);
		const scale = m[2] ? (SCALE_WORDS[m[2].toLowerCase()] ?? 1) : 1;
		const values = new Set<number>(base);
		for (const b of base) values.add(b * scale);
		found.push({ values: [...values], index: m.index ?? 0, text: m[0] });
	}
	for (const m of text.matchAll(WORDED)) {
		const base = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? 0;
		const scale = m[2] ? (SCALE_WORDS[m[2].toLowerCase()] ?? 1) : 1;
		found.push({ values: [base, base * scale], index: m.index ?? 0, text: m[0] });
	}
	return found.sort((a, b) => a.index - b.index);
}

/** Equal up to floating-point noise (1e-9 relative): 123.9 × 10⁹ is 123 900 000 000. */
export function sameFigure(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * True when `text` contains `value` in a usual written form: `textHasFigure('Rp123,9 miliar',
 * 123_900_000_000)`, `textHasFigure('1.909 Desa Devisa', 1909)`, `textHasFigure('251.071,5 ton',
 * 251071.5)`. Negative values are looked for without their sign.
 */
export function textHasFigure(text: string, value: number, reading: Reading = 'any'): boolean {
	return holdsFigure(
		figuresIn(text, reading).flatMap((f) => f.values),
		value,
	);
}

/** True when one of `values` (a text's figures, see {@link figuresIn}) is `value`, sign aside. */
function holdsFigure(values: readonly number[], value: number): boolean {
	const wanted = Math.abs(value);
	return values.some((v) => sameFigure(v, wanted));
}

/** A field's `derived` declaration, in one shape: the formula and, optionally, the rows it covers. */
export function derivedRule(
	field: FieldDeclaration,
): { formula: string; if?: { field: string; equals: string } } | undefined {
	const d = field.derived;
	if (d === undefined) return undefined;
	if (typeof d === 'string') return { formula: d };
	if ('formula' in d) {
		const formula = typeof d.formula === 'string' ? d.formula : d.formula.en;
		return d.if ? { formula, if: d.if } : { formula };
	}
	return { formula: d.en };
}

/** True when `row`'s value in `field` is declared derived (not read from a quote). */
export function isDerived(field: FieldDeclaration, row: Row): boolean {
	const rule = derivedRule(field);
	if (!rule) return false;
	return !rule.if || String(row[rule.if.field]) === rule.if.equals;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The figure in both house styles, for messages: `1.041 / 1,041`. */
function bothStyles(value: number): string {
	const fmt = (locale: string) =>
		new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: true }).format(value);
	const id = fmt('id-ID');
	const en = fmt('en-GB');
	return id === en ? id : `${id} / ${en}`;
}

/**
 * `quote-mismatch` errors: every number or integer cell of a dataset whose row cites a source
 * (the dataset's foreign key to `sources`) must be readable in that source's `quote`, unless its
 * field is declared `derived` for that row. Each miss is located at the cell (file, line, column)
 * with the value, the quote and the line of the source. A catalogue whose `sources` dataset has
 * no `quote` column (or no `sources` dataset) is not checked.
 */
export function checkQuotes(datasets: ReadonlyMap<string, CheckedDataset>): Problem[] {
	const sources = datasets.get('sources');
	if (!sources?.declaration.schema.fields.some((f) => f.name === 'quote')) return [];
	const byId = new Map<string, { quote: string; line: number; figures?: number[] }>();
	sources.rows.forEach((row, i) => {
		byId.set(String(row.id), {
			quote: typeof row.quote === 'string' ? row.quote : '',
			line: sources.lines[i] ?? 0,
		});
	});
	const problems: Problem[] = [];
	for (const ds of datasets.values()) {
		const d = ds.declaration;
		if (d.id === 'sources') continue;
		const fk = d.schema.foreignKeys?.find((k) => k.reference.resource === 'sources');
		const sourceField = fk?.fields[0];
		if (!sourceField) continue;
		const fields = d.schema.fields;
		const numeric = fields.filter((f) => f.type === 'number' || f.type === 'integer');
		ds.rows.forEach((row, i) => {
			const id = row[sourceField];
			const source = typeof id === 'string' ? byId.get(id) : undefined;
			if (!source) return; // a missing source is a foreign-key error
			for (const f of numeric) {
				const value = row[f.name];
				if (typeof value !== 'number' || isDerived(f, row)) continue;
				// The quote's figures are read once per source, not once per cell.
				source.figures ??= figuresIn(source.quote).flatMap((m) => m.values);
				if (holdsFigure(source.figures, value)) continue;
				problems.push({
					file: ds.file,
					line: ds.lines[i] ?? 0,
					col: fields.indexOf(f) + 1,
					severity: 'error',
					...problemText('quote-mismatch', {
						figure: bothStyles(value),
						source: String(id),
						where: `${sources.file}:${source.line}`,
						quote: cut(source.quote, 160),
					}),
					dataset: d.id,
					field: f.name,
					value: String(value),
				});
			}
		});
	}
	return problems;
}
