/**
 * Chart props (as written in MDX) → what the chart shows: the model input, the rows behind it
 * (for the data table and the CSV download), its sources and legend. One resolver per chart
 * component; the components, the CSV endpoints and the gallery all go through these, so a chart
 * and its download can never disagree.
 */
import { displayCell } from '../data/display.ts';
import type { FieldDeclaration } from '../data/declaration.ts';
import type { CheckedDataset, Row } from '../data/validate.ts';
import { UNITS, isUnit } from '../data/units.ts';
import type { Lang } from '../format/index.ts';
import { t } from '../i18n/index.ts';
import {
	ChartError,
	asList,
	categoryNamer,
	checkWhere,
	fieldTitle,
	filterRows,
	getDataset,
	getField,
	num,
	rowNote,
	sourceIds,
	sourceRefs,
	xTypeOf,
	type Catalog,
	type Where,
} from './data.ts';
import type { LineInput, LineSeries, XMark } from './line.ts';
import type { LegendEntry, TableModel } from './types.ts';
import { isTimeType, xPosition, xText, type XType } from './xvalues.ts';

/** Props every chart component takes. */
export interface CommonProps {
	/** Chart id: kebab-case, unique within a language; names the embed page. */
	id: string;
	title: string;
	/** Default: the measure and its unit (`Nilai ekspor, triliun rupiah`). */
	subtitle?: string;
	/** Notes shown under the chart, in the page's language. */
	notes?: string | string[];
}

/** A labelled x position in props: `{ x: "2019-12", label: "Program diluncurkan" }`. */
export interface XMarkProp {
	x: string | number;
	label: string;
}

/** `<LineChart>` props. */
export interface LineChartProps extends CommonProps {
	dataset: string;
	/** Time or number column. */
	x: string;
	/** One number column per series. */
	y: string | string[];
	where?: Where;
	/** Series labels, one per `y` column (default: the columns' titles). */
	labels?: string | string[];
	annotations?: XMarkProp[];
	breaks?: XMarkProp[];
}

/** `<BarChart>` props. */
export interface BarChartProps extends CommonProps {
	dataset: string;
	/** The column whose values are the bars (years, regions, clusters). */
	category: string;
	/** One number column per bar group. */
	value: string | string[];
	where?: Where;
	labels?: string | string[];
	/** A text column naming the categories (default: names through a foreign key, else values). */
	categoryLabel?: string;
	horizontal?: boolean;
	/** Bar order: `desc` (largest first; default for categories), `asc` or `data` (default for time). */
	sort?: 'data' | 'desc' | 'asc';
}

/** `<SlopeChart>` props. */
export interface SlopeChartProps extends CommonProps {
	dataset: string;
	/** The column telling before from after (a year, a survey). */
	x: string;
	y: string | string[];
	where?: Where;
	labels?: string | string[];
	/** The x values compared (default: the first and last). */
	from?: string | number;
	to?: string | number;
}

/** `<TargetProgress>` props. */
export interface TargetProgressProps extends CommonProps {
	dataset: string;
	/** The number column holding both the outcome and the target. */
	value: string;
	/** Filter picking the one row of the outcome. */
	actual: Where;
	/** Filter picking the one row of the target. */
	target: Where;
	where?: Where;
	actualLabel?: string;
	targetLabel?: string;
}

/** One panel of `<SmallMultiples>`. */
export interface PanelProp {
	dataset: string;
	y: string;
	/** Default: the chart's `x`. */
	x?: string;
	where?: Where;
	title: string;
	breaks?: XMarkProp[];
}

/** `<SmallMultiples>` props. */
export interface SmallMultiplesProps extends CommonProps {
	/** The x column every panel's dataset has (a panel may name its own). */
	x: string;
	panels: PanelProp[];
	/** `shared` (default): one y scale for all panels, so heights compare; `free`: one each. */
	scale?: 'shared' | 'free';
}

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
}

const who = (name: string, id: unknown) => `${name} "${String(id)}"`;

function unitName(field: FieldDeclaration, lang: Lang): string {
	return field.unit && isUnit(field.unit) && field.unit !== 'count' ? UNITS[field.unit][lang] : '';
}

function header(field: FieldDeclaration, lang: Lang, label?: string): string {
	const unit = unitName(field, lang);
	const title = label ?? fieldTitle(field, lang);
	return unit && !title.toLowerCase().includes(unit.toLowerCase()) ? `${title} (${unit})` : title;
}

function outletsOf(catalog: Catalog) {
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

function datasetsOf(parts: readonly ChartPart[], lang: Lang) {
	const seen = new Map<string, string>();
	for (const p of parts) seen.set(p.ds.declaration.id, p.ds.declaration.title[lang]);
	return [...seen].map(([id, title]) => ({ id, title }));
}

function sourcesOf(parts: readonly ChartPart[]): string[] {
	const out: string[] = [];
	for (const p of parts)
		for (const id of sourceIds(p.ds, p.rows)) if (!out.includes(id)) out.push(id);
	return out;
}

function labelsFor(
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

function xValue(row: Row, column: string): string | number | null {
	const v = row[column];
	return typeof v === 'number' || typeof v === 'string' ? v : null;
}

function sortByX(rows: readonly Row[], column: string, type: XType): Row[] {
	return [...rows].sort((a, b) => {
		const va = xValue(a, column);
		const vb = xValue(b, column);
		if (va === null || vb === null) return 0;
		return type === 'string'
			? String(va).localeCompare(String(vb))
			: xPosition(va, type) - xPosition(vb, type);
	});
}

function marksOf(
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

function noteColumns(ds: CheckedDataset): boolean {
	return ds.declaration.schema.fields.some((f) => f.name === 'note' || f.name === 'note_en');
}

/** Resolve `<LineChart>` props against the catalogue. Throws a {@link ChartError} on any mismatch. */
export function resolveLine(
	props: LineChartProps,
	catalog: Catalog,
	lang: Lang,
): Resolved<LineInput> {
	const w = who('LineChart', props.id);
	const ds = getDataset(catalog, props.dataset, w);
	const xField = getField(ds, props.x, 'x', w, 'x');
	const type = xTypeOf(xField);
	if (type === 'string')
		throw new ChartError(
			`${w}: x="${props.x}" is text; a line needs a time or number column (use BarChart for categories)`,
		);
	const yFields = asList(props.y).map((c) => getField(ds, c, 'number', w, 'y'));
	if (!yFields.length) throw new ChartError(`${w}: y names no column`);
	checkWhere(ds, props.where, w);
	const rows = sortByX(
		filterRows(ds.rows, props.where).filter((r) => xValue(r, props.x) !== null),
		props.x,
		type,
	);
	if (!rows.length)
		throw new ChartError(
			`${w}: no row of ${ds.declaration.id} matches where=${JSON.stringify(props.where)}`,
		);
	const labels = labelsFor(yFields, props.labels, lang, w);
	const series: LineSeries[] = yFields.map((f, i) => ({
		label: labels[i] as string,
		unit: f.unit,
		points: rows.map((r) => ({
			x: xValue(r, props.x) as string | number,
			y: num(r, f.name),
			note: rowNote(r, lang),
		})),
	}));
	const outlet = outletsOf(catalog);
	const notes = noteColumns(ds);
	const parts = [{ ds, rows }];
	return {
		input: {
			xType: type,
			series,
			annotations: marksOf(props.annotations, type, w, 'annotations'),
			breaks: marksOf(props.breaks, type, w, 'breaks'),
		},
		parts,
		sources: sourcesOf(parts),
		legend: series.length > 1 ? series.map((s, index) => ({ label: s.label, index })) : [],
		measure: yFields.length === 1 ? (labels[0] as string) : '',
		notes: asList(props.notes),
		datasets: datasetsOf(parts, lang),
		table: {
			columns: [
				{ label: fieldTitle(xField, lang) },
				...yFields.map((f, i) => ({ label: header(f, lang, labels[i]), numeric: true })),
				...(notes ? [{ label: t(lang, 'chart.table.note') }] : []),
				{ label: t(lang, 'chart.table.source') },
			],
			rows: rows.map((r) => [
				xText(xValue(r, props.x) as string | number, type, lang),
				...yFields.map((f) => displayCell(r[f.name] ?? null, f, lang)),
				...(notes ? [rowNote(r, lang) ?? ''] : []),
				outlet(ds, r),
			]),
		},
	};
}

/** A category of a bar chart, in display order. `missing` marks an inserted year without data. */
export interface BarCategory {
	key: string;
	label: string;
	missing?: boolean;
}

/** What a bar chart shows. */
export interface BarInput {
	categories: BarCategory[];
	series: {
		label: string;
		unit?: string | undefined;
		values: (number | null)[];
		notes: (string | undefined)[];
	}[];
	horizontal: boolean;
	/** Categories are years or dates (missing ones were inserted, in order). */
	time: boolean;
}

/** Resolve `<BarChart>` props. Rows whose values are all missing are left out (with a warning). */
export function resolveBar(
	props: BarChartProps,
	catalog: Catalog,
	lang: Lang,
): Resolved<BarInput> & { skipped: string[] } {
	const w = who('BarChart', props.id);
	const ds = getDataset(catalog, props.dataset, w);
	const cField = getField(ds, props.category, 'x', w, 'category');
	const type = xTypeOf(cField);
	const vFields = asList(props.value).map((c) => getField(ds, c, 'number', w, 'value'));
	if (!vFields.length) throw new ChartError(`${w}: value names no column`);
	if (props.categoryLabel) getField(ds, props.categoryLabel, 'any', w, 'categoryLabel');
	checkWhere(ds, props.where, w);
	const all = filterRows(ds.rows, props.where).filter((r) => xValue(r, props.category) !== null);
	const skipped: string[] = [];
	const namer = categoryNamer(ds, props.category, catalog, lang, props.categoryLabel);
	const rows = all.filter((r) => {
		const keep = vFields.some((f) => num(r, f.name) !== null);
		if (!keep) skipped.push(namer(r));
		return keep;
	});
	if (!rows.length)
		throw new ChartError(
			`${w}: no row of ${ds.declaration.id} has a value in ${vFields.map((f) => f.name).join(', ')} after where=${JSON.stringify(props.where ?? {})}`,
		);
	const keys = rows.map((r) => String(xValue(r, props.category)));
	const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
	if (dupes.length) {
		throw new ChartError(
			`${w}: several rows have ${props.category} = "${dupes[0]}"; add a where filter so each bar is one row`,
		);
	}
	const time = type === 'year' || type === 'yearmonth' || type === 'date';
	const sort = props.sort ?? (time || type === 'integer' ? 'data' : 'desc');
	const first = vFields[0] as FieldDeclaration;
	let ordered =
		sort === 'data'
			? time || type === 'integer' || type === 'number'
				? sortByX(rows, props.category, type)
				: rows
			: [...rows].sort((a, b) => {
					const d = (num(b, first.name) ?? -Infinity) - (num(a, first.name) ?? -Infinity);
					return sort === 'desc' ? d : -d;
				});
	const categories: BarCategory[] = ordered.map((r) => ({
		key: String(xValue(r, props.category)),
		label: namer(r),
	}));
	// Years without a row still get their place (marked "no data"), so gaps in time stay visible.
	if (type === 'year' && sort === 'data') {
		const years = ordered.map((r) => Number(xValue(r, props.category)));
		const filled: BarCategory[] = [];
		const byYear = new Map(categories.map((c) => [Number(c.key), c]));
		for (let y = Math.min(...years); y <= Math.max(...years); y++) {
			filled.push(byYear.get(y) ?? { key: String(y), label: String(y), missing: true });
		}
		categories.splice(0, categories.length, ...filled);
		ordered = categories.map(
			(c) => rows.find((r) => String(xValue(r, props.category)) === c.key) ?? ({} as Row),
		);
	}
	const labels = labelsFor(vFields, props.labels, lang, w);
	const outlet = outletsOf(catalog);
	const notes = noteColumns(ds);
	const parts = [{ ds, rows }];
	return {
		input: {
			categories,
			series: vFields.map((f, i) => ({
				label: labels[i] as string,
				unit: f.unit,
				values: ordered.map((r) => num(r, f.name)),
				notes: ordered.map((r) => rowNote(r, lang)),
			})),
			horizontal: props.horizontal ?? false,
			time,
		},
		skipped,
		parts,
		sources: sourcesOf(parts),
		legend: vFields.length > 1 ? labels.map((label, index) => ({ label, index })) : [],
		measure: vFields.length === 1 ? (labels[0] as string) : '',
		notes: asList(props.notes),
		datasets: datasetsOf(parts, lang),
		table: {
			columns: [
				{ label: props.categoryLabel ? fieldTitle(cField, lang) : fieldTitle(cField, lang) },
				...vFields.map((f, i) => ({ label: header(f, lang, labels[i]), numeric: true })),
				...(notes ? [{ label: t(lang, 'chart.table.note') }] : []),
				{ label: t(lang, 'chart.table.source') },
			],
			rows: ordered
				.map((r, i) => ({ r, c: categories[i] as BarCategory }))
				.filter(({ c }) => !c.missing)
				.map(({ r, c }) => [
					c.label,
					...vFields.map((f) => displayCell(r[f.name] ?? null, f, lang)),
					...(notes ? [rowNote(r, lang) ?? ''] : []),
					outlet(ds, r),
				]),
		},
	};
}

/** What a slope chart shows: each series from one x value to another. */
export interface SlopeInput {
	from: string;
	to: string;
	series: {
		label: string;
		unit?: string | undefined;
		a: number;
		b: number;
		noteA?: string | undefined;
		noteB?: string | undefined;
	}[];
}

/** Resolve `<SlopeChart>` props: exactly one row for `from` and one for `to`. */
export function resolveSlope(
	props: SlopeChartProps,
	catalog: Catalog,
	lang: Lang,
): Resolved<SlopeInput> {
	const w = who('SlopeChart', props.id);
	const ds = getDataset(catalog, props.dataset, w);
	const xField = getField(ds, props.x, 'x', w, 'x');
	const type = xTypeOf(xField);
	const yFields = asList(props.y).map((c) => getField(ds, c, 'number', w, 'y'));
	checkWhere(ds, props.where, w);
	const rows = sortByX(
		filterRows(ds.rows, props.where).filter((r) => xValue(r, props.x) !== null),
		props.x,
		type,
	);
	const from = props.from ?? xValue(rows[0] ?? {}, props.x);
	const to = props.to ?? xValue(rows.at(-1) ?? {}, props.x);
	const pick = (x: string | number | null, prop: string): Row => {
		const found = rows.filter((r) => String(xValue(r, props.x)) === String(x));
		if (found.length !== 1) {
			throw new ChartError(
				`${w}: ${prop}=${JSON.stringify(x)} matches ${found.length} rows of ${ds.declaration.id}; it must match exactly one (add a where filter)`,
			);
		}
		return found[0] as Row;
	};
	const a = pick(from, 'from');
	const b = pick(to, 'to');
	if (a === b) throw new ChartError(`${w}: from and to are the same row; a slope needs two`);
	const labels = labelsFor(yFields, props.labels, lang, w);
	const series = yFields.map((f, i) => {
		const va = num(a, f.name);
		const vb = num(b, f.name);
		if (va === null || vb === null) {
			throw new ChartError(
				`${w}: ${f.name} is missing for ${va === null ? String(from) : String(to)}; a slope needs both values`,
			);
		}
		return {
			label: labels[i] as string,
			unit: f.unit,
			a: va,
			b: vb,
			noteA: rowNote(a, lang),
			noteB: rowNote(b, lang),
		};
	});
	const outlet = outletsOf(catalog);
	const parts = [{ ds, rows: [a, b] }];
	const xa = xText(xValue(a, props.x) as string | number, type, lang);
	const xb = xText(xValue(b, props.x) as string | number, type, lang);
	return {
		input: { from: xa, to: xb, series },
		parts,
		sources: sourcesOf(parts),
		legend: series.length > 1 ? series.map((s, index) => ({ label: s.label, index })) : [],
		measure: yFields.length === 1 ? (labels[0] as string) : '',
		notes: asList(props.notes),
		datasets: datasetsOf(parts, lang),
		table: {
			columns: [
				{ label: t(lang, 'chart.table.series') },
				{ label: xa, numeric: true },
				{ label: xb, numeric: true },
				{ label: t(lang, 'chart.table.source') },
			],
			rows: yFields.map((f, i) => [
				header(f, lang, labels[i]),
				displayCell(a[f.name] ?? null, f, lang),
				displayCell(b[f.name] ?? null, f, lang),
				[...new Set([outlet(ds, a), outlet(ds, b)])].join('; '),
			]),
		},
	};
}

/** What a progress-to-target chart shows. */
export interface ProgressInput {
	unit?: string | undefined;
	actual: { label: string; value: number; note?: string | undefined };
	target: { label: string; value: number; note?: string | undefined };
}

/** Resolve `<TargetProgress>` props: `actual` and `target` must each pick exactly one row. */
export function resolveProgress(
	props: TargetProgressProps,
	catalog: Catalog,
	lang: Lang,
): Resolved<ProgressInput> {
	const w = who('TargetProgress', props.id);
	const ds = getDataset(catalog, props.dataset, w);
	const field = getField(ds, props.value, 'number', w, 'value');
	checkWhere(ds, props.where, w);
	checkWhere(ds, props.actual, w);
	checkWhere(ds, props.target, w);
	const base = filterRows(ds.rows, props.where);
	const pick = (where: Where, prop: string): Row => {
		const found = filterRows(base, where);
		if (found.length !== 1) {
			throw new ChartError(
				`${w}: ${prop}=${JSON.stringify(where)} picks ${found.length} rows of ${ds.declaration.id}; it must pick exactly one`,
			);
		}
		const row = found[0] as Row;
		if (num(row, field.name) === null)
			throw new ChartError(`${w}: the ${prop} row has no ${field.name}`);
		return row;
	};
	const a = pick(props.actual, 'actual');
	const b = pick(props.target, 'target');
	if (a === b) throw new ChartError(`${w}: actual and target pick the same row`);
	const actualLabel = props.actualLabel ?? t(lang, 'chart.progress.actual');
	const targetLabel = props.targetLabel ?? t(lang, 'chart.progress.target');
	const outlet = outletsOf(catalog);
	const parts = [{ ds, rows: [a, b] }];
	const notes = noteColumns(ds);
	return {
		input: {
			unit: field.unit,
			actual: { label: actualLabel, value: num(a, field.name) as number, note: rowNote(a, lang) },
			target: { label: targetLabel, value: num(b, field.name) as number, note: rowNote(b, lang) },
		},
		parts,
		sources: sourcesOf(parts),
		legend: [],
		measure: fieldTitle(field, lang),
		notes: asList(props.notes),
		datasets: datasetsOf(parts, lang),
		table: {
			columns: [
				{ label: t(lang, 'chart.table.label') },
				{ label: header(field, lang), numeric: true },
				...(notes ? [{ label: t(lang, 'chart.table.note') }] : []),
				{ label: t(lang, 'chart.table.source') },
			],
			rows: [
				[actualLabel, a],
				[targetLabel, b],
			].map(([label, r]) => [
				label as string,
				displayCell((r as Row)[field.name] ?? null, field, lang),
				...(notes ? [rowNote(r as Row, lang) ?? ''] : []),
				outlet(ds, r as Row),
			]),
		},
	};
}

/** What small multiples show: one line per panel on a shared x axis. */
export interface MultiplesInput {
	xType: XType;
	shared: boolean;
	panels: { title: string; input: LineInput }[];
}

/** Resolve `<SmallMultiples>` props: every panel's x column must be of the same type. */
export function resolveMultiples(
	props: SmallMultiplesProps,
	catalog: Catalog,
	lang: Lang,
): Resolved<MultiplesInput> {
	const w = who('SmallMultiples', props.id);
	if (!Array.isArray(props.panels) || props.panels.length < 2) {
		throw new ChartError(
			`${w}: panels must list at least two panels, e.g. [{ dataset: "…", y: "…", title: "…" }, …]`,
		);
	}
	let xType: XType | undefined;
	const parts: ChartPart[] = [];
	const outlet = outletsOf(catalog);
	const tableRows: string[][] = [];
	const panels = props.panels.map((p, i) => {
		const pw = `${w} panel ${i + 1}`;
		if (
			!p ||
			typeof p !== 'object' ||
			typeof p.dataset !== 'string' ||
			typeof p.y !== 'string' ||
			typeof p.title !== 'string'
		) {
			throw new ChartError(
				`${pw}: a panel is { dataset: "…", y: "…", title: "…" } (x, where and breaks optional)`,
			);
		}
		const ds = getDataset(catalog, p.dataset, pw);
		const x = p.x ?? props.x;
		const xField = getField(ds, x, 'x', pw, 'x');
		const type = xTypeOf(xField);
		if (type === 'string')
			throw new ChartError(`${pw}: x="${x}" is text; panels need a time or number column`);
		if (xType && type !== xType && !(isTimeType(type) && isTimeType(xType))) {
			throw new ChartError(
				`${pw}: x="${x}" is a ${type} column but the first panel's x is ${xType}; panels share one x axis`,
			);
		}
		xType ??= type;
		const yField = getField(ds, p.y, 'number', pw, 'y');
		checkWhere(ds, p.where, pw);
		const rows = sortByX(
			filterRows(ds.rows, p.where).filter((r) => xValue(r, x) !== null),
			x,
			type,
		);
		if (!rows.length) throw new ChartError(`${pw}: no row matches`);
		parts.push({ ds, rows });
		for (const r of rows) {
			tableRows.push([
				p.title,
				xText(xValue(r, x) as string | number, type, lang),
				displayCell(r[yField.name] ?? null, yField, lang),
				rowNote(r, lang) ?? '',
				outlet(ds, r),
			]);
		}
		return {
			title: p.title,
			unit: yField.unit,
			type,
			input: {
				xType: type,
				series: [
					{
						label: p.title,
						unit: yField.unit,
						points: rows.map((r) => ({
							x: xValue(r, x) as string | number,
							y: num(r, yField.name),
							note: rowNote(r, lang),
						})),
					},
				],
				breaks: marksOf(p.breaks, type, pw, 'breaks'),
			} satisfies LineInput,
		};
	});
	const units = [...new Set(panels.map((p) => p.unit))];
	const shared = (props.scale ?? 'shared') === 'shared';
	if (shared && units.length > 1) {
		throw new ChartError(
			`${w}: panels have different units (${units.join(', ')}); a shared scale needs one unit. Use scale="free" or panels with the same unit`,
		);
	}
	// Mixed time types (year and yearmonth) share a time axis: positions are years for both.
	const type = panels.some((p) => p.type !== panels[0]?.type) ? 'yearmonth' : (xType as XType);
	return {
		input: { xType: type, shared, panels: panels.map((p) => ({ title: p.title, input: p.input })) },
		parts,
		sources: sourcesOf(parts),
		legend: [],
		measure: '',
		notes: asList(props.notes),
		datasets: datasetsOf(parts, lang),
		table: {
			columns: [
				{ label: t(lang, 'chart.table.series') },
				{
					label: fieldTitle(
						getField(parts[0]?.ds as CheckedDataset, props.panels[0]?.x ?? props.x, 'x', w, 'x'),
						lang,
					),
				},
				{ label: t(lang, 'chart.table.value'), numeric: true },
				{ label: t(lang, 'chart.table.note') },
				{ label: t(lang, 'chart.table.source') },
			],
			rows: tableRows,
		},
	};
}
