/**
 * Headline figures computed from the datasets, for the front page and hubs: the latest row of a
 * time series, counts of rows. Every figure carries the source ids behind it.
 */
import type { Value } from './cast.ts';
import type { CheckedDataset, Row } from './validate.ts';

/** A computed figure: the number, the field's unit, when it refers to, and its sources. */
export interface Headline {
	value: number;
	unit: string | undefined;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of the row the figure comes from, when the row has one. */
	asOf?: string;
	sources: string[];
}

/** The row of `ds` at one end of `timeField` (text comparison, right for ISO dates and years). */
function extreme(
	ds: CheckedDataset,
	timeField: string,
	valueField: string,
	later: boolean,
): Headline | undefined {
	let best: Row | undefined;
	for (const row of ds.rows) {
		if (typeof row[valueField] !== 'number') continue;
		const t = String(row[timeField] as Value);
		const b = best && String(best[timeField] as Value);
		if (b === undefined || (later ? t > b : t < b)) best = row;
	}
	if (!best) return undefined;
	const field = ds.declaration.schema.fields.find((f) => f.name === valueField);
	return {
		value: best[valueField] as number,
		unit: field?.unit,
		asOf: String(best[timeField] as Value),
		sources: typeof best.source === 'string' ? [best.source] : [],
	};
}

/**
 * The row of `ds` with the greatest `timeField` value and its `valueField` as a headline.
 * Undefined when no row has a number there.
 */
export function latest(
	ds: CheckedDataset,
	timeField: string,
	valueField: string,
): Headline | undefined {
	return extreme(ds, timeField, valueField, true);
}

/** The earliest row by `timeField` (see {@link latest}). */
export function earliest(
	ds: CheckedDataset,
	timeField: string,
	valueField: string,
): Headline | undefined {
	return extreme(ds, timeField, valueField, false);
}

/** Distinct values of `field` among `rows` (nulls left out). */
export function distinct(rows: readonly Row[], field: string): Value[] {
	return [...new Set(rows.map((r) => r[field] ?? null).filter((v) => v !== null))];
}
