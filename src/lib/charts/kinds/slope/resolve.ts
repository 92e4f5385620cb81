// <SlopeChart> props → before and after: exactly one row for `from` and one for `to`.
import { displayCell } from '../../../data/display.ts';
import type { Row } from '../../../data/validate.ts';
import type { Lang } from '../../../lang.ts';
import { t } from '../../../i18n/index.ts';
import {
	ChartError,
	asList,
	checkWhere,
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
	outletsOf,
	sortByX,
	sourcesOf,
	who,
	xValue,
	type Resolved,
} from '../../resolve.ts';
import { xText } from '../../xvalues.ts';
import type { SlopeChartProps } from './props.ts';

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
