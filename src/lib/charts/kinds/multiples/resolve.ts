// <SmallMultiples> props → one line per panel, panels from any datasets on one x axis.
import { displayCell } from '../../../data/display.ts';
import type { CheckedDataset } from '../../../data/validate.ts';
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
	marksOf,
	outletsOf,
	sortByX,
	sourcesOf,
	who,
	xValue,
	type ChartPart,
	type Resolved,
} from '../../resolve.ts';
import { isTimeType, xText, type XType } from '../../xvalues.ts';
import type { LineInput } from '../line/model.ts';
import type { SmallMultiplesProps } from './props.ts';

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
		long: { columns: props.panels.map((p) => ({ x: p.x ?? props.x, y: p.y })) },
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
