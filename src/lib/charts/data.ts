/**
 * From a chart's props to the rows it shows: datasets and columns looked up with clear errors,
 * `where` filters, category names through foreign keys, notes in the page's language and the
 * sources behind the rows. Pure: works on checked datasets, whoever loaded them.
 */
import type { FieldDeclaration } from '../data/declaration.ts';
import { didYouMean } from '../data/problems.ts';
import type { CheckedDataset, Row } from '../data/validate.ts';
import type { Lang } from '../lang.ts';
import type { XType } from './xvalues.ts';

/** Every dataset of the catalogue, by id. */
// Row selection is shared with the lint and the story components: one definition.
export { filterRows, sourceColumns, sourceIds } from '../data/rows.ts';

export type Catalog = ReadonlyMap<string, CheckedDataset>;

/** A filter on rows: `{ column: value }` or `{ column: [values] }`, values compared as text. */
export type Where = Record<string, string | number | boolean | (string | number | boolean)[]>;

/** A chart's props do not fit the data. The message names the chart, the prop and the fix. */
export class ChartError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ChartError';
	}
}

/** The dataset `id`; throws a {@link ChartError} naming `who` (e.g. `LineChart "dd-nasional"`). */
export function getDataset(catalog: Catalog, id: string, who: string): CheckedDataset {
	const ds = catalog.get(id);
	if (ds) return ds;
	const guess = didYouMean(id, catalog.keys());
	throw new ChartError(
		`${who}: dataset "${id}" does not exist in data/${guess ? ` (did you mean "${guess}"?)` : ''}`,
	);
}

/** What a column must hold. */
export type ColumnNeed = 'any' | 'number' | 'x';

const NUMERIC = new Set(['number', 'integer']);
const X_TYPES = new Set(['date', 'yearmonth', 'year', 'integer', 'string', 'number']);

/**
 * The declaration of `column` in `ds`, checked for what the chart needs: `number` (number or
 * integer) or `x` (a time, integer or text column). Throws a {@link ChartError} otherwise.
 */
export function getField(
	ds: CheckedDataset,
	column: string,
	need: ColumnNeed,
	who: string,
	prop: string,
): FieldDeclaration {
	const fields = ds.declaration.schema.fields;
	const field = fields.find((f) => f.name === column);
	const id = ds.declaration.id;
	if (!field) {
		const guess = didYouMean(
			column,
			fields.map((f) => f.name),
		);
		throw new ChartError(
			`${who}: ${prop}="${column}" is not a column of ${id}${guess ? ` (did you mean "${guess}"?)` : ''}; columns: ${fields.map((f) => f.name).join(', ')}`,
		);
	}
	if (need === 'number' && !NUMERIC.has(field.type)) {
		const numeric = fields.filter((f) => NUMERIC.has(f.type)).map((f) => f.name);
		throw new ChartError(
			`${who}: ${prop}="${column}" is a ${field.type} column of ${id}, not a number; number columns: ${numeric.join(', ') || 'none'}`,
		);
	}
	if (need === 'x' && !X_TYPES.has(field.type)) {
		throw new ChartError(
			`${who}: ${prop}="${column}" is a ${field.type} column of ${id}; an axis needs a date, yearmonth, year, integer or text column`,
		);
	}
	return field;
}

/** The axis type of a field. */
export function xTypeOf(field: FieldDeclaration): XType {
	return field.type === 'boolean' ? 'string' : field.type;
}

/** `value` or a list of values as a list (`undefined` → []). */
export function asList<T>(value: T | readonly T[] | undefined): T[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** Checks that every column `where` names exists; throws a {@link ChartError} otherwise. */
export function checkWhere(ds: CheckedDataset, where: Where | undefined, who: string): void {
	for (const column of Object.keys(where ?? {})) getField(ds, column, 'any', who, 'where');
}

/** A number cell, or null (missing, or not a number). */
export function num(row: Row, column: string): number | null {
	const v = row[column];
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The row's note in the page's language: `note_en` on English pages, `note` on Indonesian ones
 * (our datasets' convention). Undefined when there is none; never the other language's note.
 */
export function rowNote(row: Row, lang: Lang): string | undefined {
	const v = row[lang === 'en' ? 'note_en' : 'note'];
	return typeof v === 'string' && v.trim() ? v : undefined;
}

/** A source as a chart's source line shows it. */
export interface SourceRef {
	id: string;
	outlet: string;
	title?: string;
	url?: string;
	/** `YYYY-MM-DD` when known. */
	published?: string;
}

const sourceIndex = new WeakMap<readonly Row[], Map<unknown, Row>>();

/** The sources' rows by id (the first row of each id), made once per rows array. */
function sourcesById(rows: readonly Row[]): Map<unknown, Row> {
	let index = sourceIndex.get(rows);
	if (!index) {
		index = new Map();
		for (const r of rows) if (!index.has(r.id)) index.set(r.id, r);
		sourceIndex.set(rows, index);
	}
	return index;
}

/** Source rows for `ids` from the `sources` dataset (unknown ids are skipped). */
export function sourceRefs(ids: readonly string[], catalog: Catalog): SourceRef[] {
	const byId = sourcesById(catalog.get('sources')?.rows ?? []);
	return ids.flatMap((id) => {
		const row = byId.get(id);
		if (!row) return [];
		const text = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : undefined);
		const ref: SourceRef = { id, outlet: text('outlet') ?? id };
		const title = text('title');
		const url = text('url');
		const published = text('published');
		if (title) ref.title = title;
		if (url && /^https:\/\//.test(url)) ref.url = url;
		if (published) ref.published = published;
		return [ref];
	});
}

/**
 * How the values of `column` are named for readers. A column with a foreign key shows the
 * referenced row's name (`name_en`/`name_id` for the language, else `name`): region code `64.11`
 * → `Mahakam Ulu`. `labelColumn` (a text column of the same rows) wins when given. Otherwise the
 * value itself.
 */
export function categoryNamer(
	ds: CheckedDataset,
	column: string,
	catalog: Catalog,
	lang: Lang,
	labelColumn?: string,
): (row: Row) => string {
	if (labelColumn) {
		return (row) => {
			const v = row[labelColumn];
			return v === null || v === undefined ? String(row[column]) : String(v);
		};
	}
	const fk = (ds.declaration.schema.foreignKeys ?? []).find(
		(k) => k.fields.length === 1 && k.fields[0] === column && k.reference.resource !== 'sources',
	);
	const target = fk ? catalog.get(fk.reference.resource) : undefined;
	const key = fk?.reference.fields[0];
	if (!target || !key) return (row) => String(row[column]);
	const names = new Map<string, string>();
	for (const r of target.rows) {
		const name = r[`name_${lang}`] ?? r.name ?? r[`name_id`];
		if (typeof name === 'string') names.set(String(r[key]), name);
	}
	return (row) => names.get(String(row[column])) ?? String(row[column]);
}

/** The field's title in the language, else its name. */
export function fieldTitle(field: FieldDeclaration, lang: Lang): string {
	return field.title?.[lang] ?? field.name;
}

/** ` (did you mean "x"?)` for a close candidate, else ''. */
export function didYouMeanId(value: string, candidates: Iterable<string>): string {
	const guess = didYouMean(value, candidates);
	return guess ? ` (did you mean "${guess}"?)` : '';
}

/** Sources of one outlet, in order: a source line names the outlet once. */
export interface SourceGroup {
	outlet: string;
	refs: SourceRef[];
}

/** Group sources by outlet, keeping the order of each outlet's first appearance. */
export function groupSources(refs: readonly SourceRef[]): SourceGroup[] {
	const groups: SourceGroup[] = [];
	for (const ref of refs) {
		const group = groups.find((g) => g.outlet === ref.outlet);
		if (group) group.refs.push(ref);
		else groups.push({ outlet: ref.outlet, refs: [ref] });
	}
	return groups;
}
