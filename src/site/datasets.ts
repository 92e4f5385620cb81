// Astro-side access to the data catalogue (content collections); pure logic stays in src/lib.
import { getCollection } from 'astro:content';
import { catalog } from '../lib/data/astro-loader.ts';
import type { LoadedDataset } from '../lib/data/load.ts';
import { rowPages } from '../lib/data/pages.ts';
import type { Row } from '../lib/data/validate.ts';

/**
 * Every dataset, sorted by id (the content loader has already refused bad data). The collection
 * names them; their rows come from the catalogue, read once per build.
 */
export async function allDatasets(): Promise<LoadedDataset[]> {
	const entries = await getCollection('datasets');
	const { datasets } = catalog();
	return entries
		.flatMap((entry) => datasets.get(entry.id) ?? [])
		.sort((a, b) => a.declaration.id.localeCompare(b.declaration.id));
}

/** One dataset by id; throws (failing the build) when it does not exist. */
export async function dataset(id: string): Promise<LoadedDataset> {
	const found = (await allDatasets()).find((ds) => ds.declaration.id === id);
	if (!found) throw new Error(`dataset "${id}" does not exist in data/`);
	return found;
}

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

/** Static paths of the dataset pages: every dataset with the sources its rows cite. */
export async function datasetPaths() {
	const datasets = await allDatasets();
	const sources = datasets.find((ds) => ds.declaration.id === 'sources');
	if (!sources) throw new Error('data/sources.csv is required: every row must cite a source');
	return datasets.map((ds) => ({
		params: { id: ds.declaration.id },
		props: { ds, sources: citedSources(ds, sources) },
	}));
}

/** Static paths of the numbered row pages of every dataset too large for one page. */
export async function rowPagePaths() {
	return (await allDatasets()).flatMap((ds) => {
		const pages = rowPages(ds);
		return pages.map((page) => ({
			params: { id: ds.declaration.id, page: String(page.page) },
			props: { ds, page, pages: pages.length },
		}));
	});
}
