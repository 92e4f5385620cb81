// <Timeline> props → one dot per row at its date, in rows by a grouping column (one dot per 2,
// 5, 10, … rows when they are over TIMELINE_DOTS; the table then shows the first rows). Rows
// without a date are counted and named for the note, never placed at a date the data does not give.
import { displayCell } from '../../../data/display.ts';
import type { Row } from '../../../data/validate.ts';
import { formatNumber, unitLabel } from '../../../format/index.ts';
import { type Lang } from '../../../lang.ts';
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
	rowNote,
	sourceColumns,
	xTypeOf,
	type Catalog,
} from '../../data.ts';
import {
	datasetsOf,
	noteColumns,
	outletsOf,
	sortByX,
	who,
	xValue,
	type Resolved,
} from '../../resolve.ts';
import { isTimeType, type XType } from '../../xvalues.ts';
import type { TimelineProps } from './props.ts';

/** One dot: the row's date as stored, its name and its note in the page's language. */
export interface TimelineDot {
	x: string | number;
	name: string;
	note?: string | undefined;
}

/** What a timeline shows. */
export interface TimelineInput {
	xType: XType;
	/** Rows of dots, in the order of their first date; dots in date order (ties in data order). */
	groups: { label: string; dots: TimelineDot[] }[];
	/** Title of the grouping column ('' when there is one row), for the summary. */
	groupTitle: string;
	/** The unit one dot counts as (`villages`), for counts in text. */
	unit?: string | undefined;
	/** Names of the rows left out for having no date, in data order. */
	undated: string[];
	/** Rows one dot stands for: 1, or more when the rows are over {@link TIMELINE_DOTS}. */
	perDot: number;
}

/** Dots a timeline draws at most: beyond, one dot stands for several rows (a nice number). */
export const TIMELINE_DOTS = 400;
/** Rows of the data table under a timeline at most: the dataset page has every row. */
export const TIMELINE_TABLE_ROWS = 100;

/**
 * Rows one dot stands for so that `rows` make at most `max` dots: 1, 2, 5, 10, 20, 50, … .
 * `timelinePerDot(20_000, 400)` is 50.
 */
export function timelinePerDot(rows: number, max = TIMELINE_DOTS): number {
	const need = Math.ceil(rows / max);
	for (let step = 1; ; step *= 10) for (const n of [1, 2, 5]) if (n * step >= need) return n * step;
}

/** Resolve `<Timeline>` props. Throws a {@link ChartError} when no row has a date. */
export function resolveTimeline(
	props: TimelineProps,
	catalog: Catalog,
	lang: Lang,
): Resolved<TimelineInput> {
	const w = who('Timeline', props.id);
	const ds = getDataset(catalog, props.dataset, w);
	const id = ds.declaration.id;
	const dateField = getField(ds, props.date, 'x', w, 'date');
	const type = xTypeOf(dateField);
	if (!isTimeType(type)) {
		throw new ChartError(
			`${w}: date="${props.date}" is a ${dateField.type} column of ${id}; a timeline needs a date, yearmonth or year column`,
		);
	}
	const labelField = getField(ds, props.label, 'any', w, 'label');
	const groupField = props.group ? getField(ds, props.group, 'any', w, 'group') : undefined;
	checkWhere(ds, props.where, w);
	const rows = filterRows(ds.rows, props.where);
	const dated = sortByX(
		rows.filter((r) => xValue(r, props.date) !== null),
		props.date,
		type,
	);
	const undatedRows = rows.filter((r) => xValue(r, props.date) === null);
	if (!dated.length) {
		throw new ChartError(
			`${w}: no row of ${id}${props.where ? ` matching where=${JSON.stringify(props.where)}` : ''} has a ${props.date}; a timeline draws rows at their own date and never invents one`,
		);
	}
	const namer = categoryNamer(ds, labelField.name, catalog, lang);
	const name = (r: Row) => (r[labelField.name] === null ? '—' : namer(r));
	const groupNamer = groupField ? categoryNamer(ds, groupField.name, catalog, lang) : () => '';
	// Rows keyed by the group's value (two codes may share a name), in order of their first date.
	const byGroup = new Map<string, Row[]>();
	for (const r of dated) {
		const key = groupField ? String(r[groupField.name]) : '';
		const list = byGroup.get(key);
		if (list) list.push(r);
		else byGroup.set(key, [r]);
	}
	const grouped = [...byGroup.values()];
	const shown = grouped.flat();
	const notes = noteColumns(ds);
	const outlet = outletsOf(catalog);
	const cells = (r: Row) => [
		name(r),
		...(groupField ? [groupNamer(r)] : []),
		displayCell(r[dateField.name] ?? null, dateField, lang),
		...(notes ? [rowNote(r, lang) ?? ''] : []),
		outlet(ds, r),
	];
	const all = [...shown, ...undatedRows];
	const perDot = timelinePerDot(shown.length);
	// A large dataset's table shows its first rows and says where the rest are.
	const tableRows = all.slice(0, TIMELINE_TABLE_ROWS);
	const more =
		all.length > tableRows.length
			? [
					t(lang, 'chart.table.first', {
						shown: formatNumber(tableRows.length, lang),
						n: formatNumber(all.length, lang),
					}),
				]
			: [];
	const parts = [{ ds, rows: all }];
	// The sources of the rows and their dates: a dataset's other source columns (where a
	// village's point comes from) say nothing about when it was designated.
	const sourceColumn = sourceColumns(ds)[0];
	const sources = sourceColumn
		? [...new Set(all.map((r) => r[sourceColumn]))].filter(
				(s): s is string => typeof s === 'string',
			)
		: [];
	return {
		input: {
			xType: type,
			groups: grouped.map((g) => ({
				label: groupNamer(g[0] as Row),
				dots: g.map((r) => ({
					x: xValue(r, props.date) as string | number,
					name: name(r),
					note: rowNote(r, lang),
				})),
			})),
			groupTitle: groupField ? fieldTitle(groupField, lang) : '',
			unit: props.unit,
			undated: undatedRows.map(name),
			perDot,
		},
		parts,
		sources,
		legend: [],
		// The default subtitle says what a dot is: "Satu titik = satu desa" (or "= 50 desa").
		measure:
			props.unit && unitLabel(props.unit, lang, perDot)
				? perDot === 1
					? t(lang, 'chart.timeline.dot', { unit: unitLabel(props.unit, lang, 1) })
					: t(lang, 'chart.timeline.dots', {
							n: formatNumber(perDot, lang),
							unit: unitLabel(props.unit, lang, perDot),
						})
				: '',
		notes: [...asList(props.notes), ...more],
		datasets: datasetsOf(parts, lang),
		table: {
			columns: [
				{ label: fieldTitle(labelField, lang) },
				...(groupField ? [{ label: fieldTitle(groupField, lang) }] : []),
				{ label: fieldTitle(dateField, lang) },
				...(notes ? [{ label: t(lang, 'chart.table.note') }] : []),
				{ label: t(lang, 'chart.table.source') },
			],
			rows: tableRows.map(cells),
		},
	};
}
