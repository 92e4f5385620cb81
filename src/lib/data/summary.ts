/**
 * A summary of each column of a dataset — the numbers a journalist checks first on a table too
 * long to read: how many values, how many missing, the smallest and largest (numbers, dates,
 * years), the most frequent values (text), or that every value differs. One pass over the rows.
 */
import type { Value } from './cast.ts';
import type { Declaration, FieldDeclaration } from './declaration.ts';
import type { Row } from './validate.ts';

/** How many of the most frequent values a text column lists. */
export const TOP_VALUES = 3;

/** One column summarised. */
export interface ColumnSummary {
	field: FieldDeclaration;
	/** Cells with a value. */
	count: number;
	/** Missing cells. */
	missing: number;
	/** Different values. */
	distinct: number;
	/** Smallest and largest value: numbers, years and dates (ISO text) only. */
	range?: { min: Value; max: Value };
	/**
	 * Text and true/false columns whose values repeat: the {@link TOP_VALUES} most frequent, most
	 * frequent first (ties in first-seen order).
	 */
	top?: { value: Value; count: number }[];
}

const ORDERED = new Set(['number', 'integer', 'year', 'date', 'yearmonth']);

/** A summary of every declared column of `rows`, in the declaration's order. */
export function summariseColumns(
	declaration: Pick<Declaration, 'schema'>,
	rows: readonly Row[],
): ColumnSummary[] {
	return declaration.schema.fields.map((field) => {
		const counts = new Map<Value, number>();
		let missing = 0;
		let min: Value = null;
		let max: Value = null;
		const ordered = ORDERED.has(field.type);
		for (const row of rows) {
			const value = row[field.name] ?? null;
			if (value === null) {
				missing++;
				continue;
			}
			counts.set(value, (counts.get(value) ?? 0) + 1);
			if (ordered) {
				if (min === null || value < min) min = value;
				if (max === null || value > max) max = value;
			}
		}
		const count = rows.length - missing;
		const summary: ColumnSummary = { field, count, missing, distinct: counts.size };
		if (ordered && min !== null && max !== null) summary.range = { min, max };
		else if (!ordered && counts.size > 0 && counts.size < count) {
			summary.top = [...counts]
				.map(([value, n], i) => ({ value, count: n, i }))
				.sort((a, b) => b.count - a.count || a.i - b.i)
				.slice(0, TOP_VALUES)
				.map(({ value, count: n }) => ({ value, count: n }));
		}
		return summary;
	});
}
