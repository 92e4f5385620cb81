// <TargetProgress> props → an outcome and its target, each exactly one row of one dataset.
import { displayCell } from '../../../data/display.ts';
import type { Row } from '../../../data/validate.ts';
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
	type Catalog,
	type Where,
} from '../../data.ts';
import {
	datasetsOf,
	header,
	noteColumns,
	outletsOf,
	sourcesOf,
	who,
	type Resolved,
} from '../../resolve.ts';
import type { TargetProgressProps } from './props.ts';

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
