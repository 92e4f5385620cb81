// <BarChart> props → the bar model's input (categories in order, years without data kept in
// their place), the rows behind it, its table and legend.
import { displayCell } from '../../../data/display.ts';
import type { FieldDeclaration } from '../../../data/declaration.ts';
import type { Row } from '../../../data/validate.ts';
import type { Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
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
	xTypeOf,
	type Catalog,
} from '../../data.ts';
import {
	datasetsOf,
	header,
	labelsFor,
	noteColumns,
	outletsOf,
	sortByX,
	sourcesOf,
	who,
	xValue,
	type Resolved,
} from '../../resolve.ts';
import type { BarChartProps } from './props.ts';

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
export function resolveBar(props: BarChartProps, catalog: Catalog, lang: Lang): Resolved<BarInput> {
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
		warnings: skipped.length ? [`Left out for having no value: ${skipped.join(', ')}.`] : [],
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
