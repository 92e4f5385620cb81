// The one road from data/ to the pages. Every page, component, route and content loader reaches
// the datasets through this module, and every structure computed from them (map records, hub
// lists, chart catalogues) through `derived`, so they are all computed once per build and read
// again together in `npm run dev` when a data file changes: one stamp (the sizes and times of
// data/*.csv and *.dataset.json) for all of them, so a table and a map on one page never
// disagree. Stories come through src/site/stories.ts, which reads the story collection.
import {
	catalogStamp,
	loadCatalogOrThrow,
	type LoadedDataset,
	type Progress,
} from '../lib/data/load.ts';

/** Every checked dataset, by id. */
export type Datasets = ReadonlyMap<string, LoadedDataset>;

interface State {
	stamp: string;
	datasets: Datasets;
	derived: Map<string, unknown>;
}

let state: State | undefined;

// In dev, the data files may change between two requests; a build reads them once. (Outside Vite,
// in unit tests of modules that import this one, import.meta.env is undefined: read once.)
const dev = () => import.meta.env?.DEV === true;

function current(progress?: Progress): State {
	const root = process.cwd();
	const stamp = dev() ? catalogStamp(root) : '';
	if (!state || state.stamp !== stamp) {
		// Throws one located report when any dataset has an error: the build stops there.
		state = {
			stamp,
			datasets: loadCatalogOrThrow(root, 'data', progress).datasets,
			derived: new Map(),
		};
	}
	return state;
}

/**
 * Every checked dataset, by id. Throws a located report when the data has an error. `progress`
 * hears about large files while they are read (the content sync's log; see loadCatalog).
 */
export function siteDatasets(progress?: Progress): Datasets {
	return current(progress).datasets;
}

/** One dataset; throws (failing the build) when `id` is not in data/. */
export function dataset(id: string): LoadedDataset {
	const found = siteDatasets().get(id);
	if (!found) throw new Error(`dataset "${id}" does not exist in data/`);
	return found;
}

/** Every dataset, sorted by id. */
export function allDatasets(): LoadedDataset[] {
	return [...siteDatasets().values()].sort((a, b) =>
		a.declaration.id.localeCompare(b.declaration.id),
	);
}

/**
 * A structure computed from the datasets (`key` names it), computed once and kept until the
 * data changes: `derived('map-data', (d) => mapData(…))`.
 */
export function derived<T>(key: string, compute: (datasets: Datasets) => T): T {
	const s = current();
	if (!s.derived.has(key)) s.derived.set(key, compute(s.datasets));
	return s.derived.get(key) as T;
}
