/**
 * How a typed cell reads on a data page: numbers in the page's language with full precision,
 * dates as words, missing as a dash. Numbers are never rounded away on data pages.
 */
import { formatDate, formatNumber, formatValue } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import type { Value } from './cast.ts';
import type { Declaration, FieldDeclaration } from './declaration.ts';
import type { CheckedDataset } from './validate.ts';

/** Display text for one cell of `field`; `null` shows as an em dash. */
export function displayCell(value: Value, field: FieldDeclaration, lang: Lang): string {
	if (value === null) return '—';
	if (typeof value === 'boolean')
		return lang === 'id' ? (value ? 'ya' : 'tidak') : value ? 'yes' : 'no';
	if (field.type === 'year') return String(value);
	if (typeof value === 'number') {
		return formatNumber(value, lang, { maximumFractionDigits: field.unit === 'degree' ? 6 : 4 });
	}
	if (field.type === 'date' || field.type === 'yearmonth') return formatDate(value, lang);
	return value;
}

/** True when the field's cells should be right-aligned (numbers). */
export function isNumeric(field: FieldDeclaration): boolean {
	return field.type === 'number' || field.type === 'integer';
}

/**
 * The readable name behind a code: a region code shows its name, a commodity key its name, a
 * source id its outlet, through the field's foreign key in `declaration`. Undefined when the field
 * has no such key or the value is not found.
 */
export function referenceLabel(
	declaration: Declaration,
	field: string,
	value: Value,
	datasets: ReadonlyMap<string, CheckedDataset>,
	lang: Lang,
): string | undefined {
	if (typeof value !== 'string') return undefined;
	const fk = declaration.schema.foreignKeys?.find((k) => k.fields[0] === field);
	const target = fk && datasets.get(fk.reference.resource);
	const key = fk?.reference.fields[0];
	if (!target || !key) return undefined;
	const row = target.rows.find((r) => r[key] === value);
	if (!row) return undefined;
	const pick = (...names: string[]) => {
		for (const n of names) if (typeof row[n] === 'string') return row[n] as string;
		return undefined;
	};
	return lang === 'id' ? pick('name', 'name_id', 'outlet') : pick('name_en', 'name', 'outlet');
}

/** A cell as a story table writes it: amounts with scale words, codes as names. */
export function storyCell(
	value: Value,
	field: FieldDeclaration,
	declaration: Declaration,
	datasets: ReadonlyMap<string, CheckedDataset>,
	lang: Lang,
): string {
	if (value === null) return '—';
	const named = referenceLabel(declaration, field.name, value, datasets, lang);
	if (named) return named;
	if (typeof value === 'number' && field.type !== 'year')
		return formatValue(value, field.unit, lang);
	return displayCell(value, field, lang);
}

/** A field's description in `lang` (a single-language description is shown as written). */
export function fieldDescription(field: FieldDeclaration, lang: Lang): string {
	return typeof field.description === 'string' ? field.description : field.description[lang];
}

/**
 * The most rows a story's table carries: a `where` that matches more (a large dataset) shows
 * the first ones and says how many there are, with a link to the dataset page.
 */
export const STORY_TABLE_ROWS = 100;

/** How many rows a dataset page shows before folding the rest ({@link foldRows}). */
export const ROWS_SHOWN = 25;
/** Tables up to this many rows are shown whole. */
export const ROWS_UNFOLDED_MAX = 40;

/**
 * The rows a dataset page's table shows at first and the rest it folds under a "show the next
 * rows" control: a table longer than {@link ROWS_UNFOLDED_MAX} rows shows its first
 * {@link ROWS_SHOWN}; shorter tables are shown whole (`rest` empty), so a fold never hides only
 * a handful of rows. Order is kept; nothing is dropped (`shown` + `rest` is every row).
 */
export function foldRows<T>(rows: readonly T[]): { shown: T[]; rest: T[] } {
	if (rows.length <= ROWS_UNFOLDED_MAX) return { shown: [...rows], rest: [] };
	return { shown: rows.slice(0, ROWS_SHOWN), rest: rows.slice(ROWS_SHOWN) };
}
