// <LineChart> props → the line model's input, the rows behind it, its table and legend.
import { displayCell } from '../../../data/display.ts';
import type { Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import {
	ChartError,
	asList,
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
	marksOf,
	noteColumns,
	outletsOf,
	sortByX,
	sourcesOf,
	who,
	xValue,
	type Resolved,
} from '../../resolve.ts';
import { xText } from '../../xvalues.ts';
import type { LineInput, LineSeries } from './model.ts';
import type { LineChartProps } from './props.ts';

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
