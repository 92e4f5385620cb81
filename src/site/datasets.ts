// What the dataset pages and the data package need: which sources a dataset's rows cite.
import type { LoadedDataset } from '../lib/data/load.ts';
import { rowPages, type RowPage } from '../lib/data/pages.ts';
import type { Row } from '../lib/data/validate.ts';
import { allDatasets, dataset } from './data.ts';

/** The source rows cited by a dataset's rows, in order of first use, with how many rows cite each. */
export function citedSources(
	ds: LoadedDataset,
	sources: LoadedDataset,
): { row: Row; uses: number }[] {
	const fk = ds.declaration.schema.foreignKeys?.find((k) => k.reference.resource === 'sources');
	const byId = new Map(sources.rows.map((r) => [String(r.id), r]));
	const counts = new Map<string, number>();
	if (ds.declaration.id === 'sources') return sources.rows.map((row) => ({ row, uses: 1 }));
	const field = fk?.fields[0];
	if (!field) return [];
	for (const row of ds.rows) {
		const id = String(row[field]);
		counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return [...counts].flatMap(([id, uses]) => {
		const row = byId.get(id);
		return row ? [{ row, uses }] : [];
	});
}

/** Static paths of the dataset pages: one per dataset (data/sources.csv is required). */
export function datasetPaths() {
	const datasets = allDatasets();
	if (!datasets.some((ds) => ds.declaration.id === 'sources'))
		throw new Error('data/sources.csv is required: every row must cite a source');
	return datasets.map((ds) => ({ params: { id: ds.declaration.id } }));
}

/** Static paths of the numbered row pages of every dataset too large for one page. */
export function rowPagePaths() {
	return allDatasets().flatMap((ds) =>
		rowPages(ds).map((page) => ({ params: { id: ds.declaration.id, page: String(page.page) } })),
	);
}

/**
 * Row page `page` of dataset `id` and how many pages it has, looked up from a page's params
 * (`npm run dev` keeps getStaticPaths props from the first load); throws when there is none.
 */
export function rowPageOf(
	id: string,
	page: string,
): { ds: LoadedDataset; page: RowPage; pages: number } {
	const ds = dataset(id);
	const pages = rowPages(ds);
	const found = pages.find((p) => String(p.page) === page);
	if (!found) throw new Error(`dataset "${id}" has no row page ${page}`);
	return { ds, page: found, pages: pages.length };
}
