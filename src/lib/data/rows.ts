/**
 * Selecting rows and the sources they cite: one definition for the lint, the charts, the story
 * components and the hubs, so what the lint accepts is exactly what renders.
 */
import type { Value } from './cast.ts';
import type { CheckedDataset, Row } from './validate.ts';

/**
 * A row filter as stories write it: `{ column: value }` or `{ column: [values] }`. Anything
 * else (undefined, a list, text) selects every row.
 */
export type RowFilter = unknown;

/**
 * Rows matching every `{ column: value | [values] }` of `where`, compared as text (`2022`
 * matches the number 2022). No filter, or one that is not an object, keeps every row.
 */
export function filterRows(rows: readonly Row[], where: RowFilter): Row[] {
	if (!where || typeof where !== 'object' || Array.isArray(where)) return [...rows];
	const entries = Object.entries(where as Record<string, unknown>).map(
		([column, wanted]) =>
			[column, (Array.isArray(wanted) ? wanted : [wanted]).map((x) => String(x))] as const,
	);
	return rows.filter((row) =>
		entries.every(([column, values]) => values.includes(String(row[column] as Value))),
	);
}

/** Columns of `ds` holding source ids (foreign keys to `sources`). */
export function sourceColumns(ds: CheckedDataset): string[] {
	return (ds.declaration.schema.foreignKeys ?? [])
		.filter((k) => k.reference.resource === 'sources')
		.flatMap((k) => k.fields);
}

/** Distinct source ids cited by `rows` of `ds`, in order of first appearance. */
export function sourceIds(ds: CheckedDataset, rows: readonly Row[]): string[] {
	const columns = sourceColumns(ds);
	const out = new Set<string>();
	for (const row of rows) {
		for (const c of columns) {
			const v = row[c];
			if (typeof v === 'string') out.add(v);
		}
	}
	return [...out];
}
