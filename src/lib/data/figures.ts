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

/**
 * The row of `ds` with the greatest `timeField` value (text comparison, right for ISO dates and
 * years) and its `valueField` as a headline. Undefined when no row has a number there.
 */
export function latest(
	ds: CheckedDataset,
	timeField: string,
	valueField: string,
): Headline | undefined {
	let best: Row | undefined;
	for (const row of ds.rows) {
		if (typeof row[valueField] !== 'number') continue;
		if (!best || String(row[timeField] as Value) > String(best[timeField] as Value)) best = row;
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

/** The earliest row by `timeField` (see {@link latest}). */
export function earliest(
	ds: CheckedDataset,
	timeField: string,
	valueField: string,
): Headline | undefined {
	let best: Row | undefined;
	for (const row of ds.rows) {
		if (typeof row[valueField] !== 'number') continue;
		if (!best || String(row[timeField] as Value) < String(best[timeField] as Value)) best = row;
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

/** Distinct values of `field` among `rows` (nulls left out). */
export function distinct(rows: readonly Row[], field: string): Value[] {
	return [...new Set(rows.map((r) => r[field] ?? null).filter((v) => v !== null))];
}
