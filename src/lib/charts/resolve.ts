/**
 * What every chart kind's resolver shares. A resolver (`kinds/<kind>/resolve.ts`) turns the
 * props written in MDX into what the chart shows: the model input, the rows behind it (for the
 * data table and the CSV download), its sources and legend. The components, the CSV endpoints,
 * the lint and the gallery all go through the same resolver, so a chart and its download can
 * never disagree.
 */
import type { FieldDeclaration } from '../data/declaration.ts';
import type { CheckedDataset, Row } from '../data/validate.ts';
import { UNITS, isUnit } from '../data/units.ts';
import type { Lang } from '../lang.ts';
import { prop, required } from '../mdx/props.ts';
import type { LongColumns } from './csv.ts';
import { ChartError, asList, fieldTitle, sourceIds, sourceRefs, type Catalog } from './data.ts';
import type { XMark } from './kinds/line/model.ts';
import type { LegendEntry, TableModel } from './types.ts';
import { xPosition, type XType } from './xvalues.ts';

/** Props every chart kind takes, first in its props table. */
export const COMMON_PROPS = {
	id: required(
		prop.id('Chart id, unique in the language: names the embed page /embed/<id>/ and the CSV'),
	),
	title: required(prop.text('Title over the chart (a sentence or a noun phrase)')),
	subtitle: prop.text(
		'Line under the title; default: the measure and its unit ("Nilai ekspor, triliun rupiah")',
	),
	notes: prop.texts('Notes under the chart, in the page language', { maxLength: 600 }),
};

/** A labelled x position in props: `{ x: "2019-12", label: "Program diluncurkan" }`. */
export interface XMarkProp {
	x: string | number;
	label: string;
}

/** A prop listing x positions with labels (annotations, breaks), described with `what`. */
export const marksProp = (what: string) =>
	prop.literal<XMarkProp[]>(
		`${what}: a list of { x: "2019-12", label: "…" } (x in the type of the x column)`,
	);

/** The rows of one dataset a chart shows. */
export interface ChartPart {
	ds: CheckedDataset;
	rows: Row[];
}

/** What a resolver returns besides the model input. */
export interface Resolved<I> {
	input: I;
	parts: ChartPart[];
	/** Source ids in order of first use. */
	sources: string[];
	table: TableModel;
	legend: LegendEntry[];
	/** The measure for the default subtitle (the field title; '' when several). */
	measure: string;
	/** The author's notes. */
	notes: string[];
	/** Datasets to link ("Dataset: …"). */
	datasets: { id: string; title: string }[];
	/** For the author, from resolving (rows left out, …); the model adds its own. */
	warnings?: string[];
	/** The CSV download as one long table, for charts drawn from several datasets. */
	long?: LongColumns;
}

/** `LineChart "id"`: how errors name a chart. */
export const who = (name: string, id: unknown) => `${name} "${String(id)}"`;

function unitName(field: FieldDeclaration, lang: Lang): string {
	return field.unit && isUnit(field.unit) && field.unit !== 'count' ? UNITS[field.unit][lang] : '';
}

/** A table column header: the label (default the field's title) and the unit in brackets. */
export function header(field: FieldDeclaration, lang: Lang, label?: string): string {
	const unit = unitName(field, lang);
	const title = label ?? fieldTitle(field, lang);
	return unit && !title.toLowerCase().includes(unit.toLowerCase()) ? `${title} (${unit})` : title;
}

/** The outlet a row's source names (for the table's source column), '' when it has none. */
export function outletsOf(catalog: Catalog): (ds: CheckedDataset, row: Row) => string {
	const refs = new Map(
		sourceRefs([...(catalog.get('sources')?.rows ?? []).map((r) => String(r.id))], catalog).map(
			(r) => [r.id, r.outlet],
		),
	);
	return (ds: CheckedDataset, row: Row) => {
		const column = (ds.declaration.schema.foreignKeys ?? []).find(
			(k) => k.reference.resource === 'sources',
		)?.fields[0];
		const id = column ? row[column] : undefined;
		return typeof id === 'string' ? (refs.get(id) ?? id) : '';
	};
}

/** The datasets of the parts, once each, with their titles in `lang`. */
export function datasetsOf(parts: readonly ChartPart[], lang: Lang) {
	const seen = new Map<string, string>();
	for (const p of parts) seen.set(p.ds.declaration.id, p.ds.declaration.title[lang]);
	return [...seen].map(([id, title]) => ({ id, title }));
}

/** Source ids of the parts' rows, in order of first use. */
export function sourcesOf(parts: readonly ChartPart[]): string[] {
	const out: string[] = [];
	for (const p of parts)
		for (const id of sourceIds(p.ds, p.rows)) if (!out.includes(id)) out.push(id);
	return out;
}

/** Series labels: the author's, one per field, else the fields' titles. */
export function labelsFor(
	fields: FieldDeclaration[],
	labels: string | string[] | undefined,
	lang: Lang,
	whoText: string,
): string[] {
	const given = asList(labels);
	if (given.length && given.length !== fields.length) {
		throw new ChartError(
			`${whoText}: labels has ${given.length} entries for ${fields.length} columns; give one label per column`,
		);
	}
	return fields.map((f, i) => given[i] ?? fieldTitle(f, lang));
}

/** The row's value in `column` when it is text or a number, else null. */
export function xValue(row: Row, column: string): string | number | null {
	const v = row[column];
	return typeof v === 'number' || typeof v === 'string' ? v : null;
}

/** Rows in the order of `column` (rows without a value keep their place). */
export function sortByX(rows: readonly Row[], column: string, type: XType): Row[] {
	// Each row's value and position worked out once, not at every comparison.
	const keyed = rows.map((row) => {
		const v = xValue(row, column);
		return { row, v, at: v === null || type === 'string' ? 0 : xPosition(v, type) };
	});
	keyed.sort((a, b) => {
		if (a.v === null || b.v === null) return 0;
		return type === 'string' ? String(a.v).localeCompare(String(b.v)) : a.at - b.at;
	});
	return keyed.map((k) => k.row);
}

/** Annotations or breaks from props, checked: each an `{ x, label }` with x of the axis type. */
export function marksOf(
	marks: XMarkProp[] | undefined,
	type: XType,
	whoText: string,
	prop: string,
): XMark[] {
	return (marks ?? []).map((m) => {
		if (
			!m ||
			typeof m !== 'object' ||
			(typeof m.x !== 'string' && typeof m.x !== 'number') ||
			typeof m.label !== 'string'
		) {
			throw new ChartError(`${whoText}: each of ${prop} must be { x: …, label: "…" }`);
		}
		try {
			xPosition(m.x, type);
		} catch {
			throw new ChartError(`${whoText}: ${prop} x "${m.x}" is not a ${type} value`);
		}
		return { x: m.x, label: m.label };
	});
}

/** Does the dataset carry notes per row (`note`, `note_en`)? */
export function noteColumns(ds: CheckedDataset): boolean {
	return ds.declaration.schema.fields.some((f) => f.name === 'note' || f.name === 'note_en');
}
