/**
 * Astro content loaders over the data catalogue. They throw on any data error, which is the only
 * way to make `astro build` fail on bad data: Astro's built-in `file()` loader only logs some
 * problems and keeps shipping stale rows.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { catalogStamp, loadCatalogOrThrow, type Catalog, type Progress } from './load.ts';

let cached: { catalog: Catalog; stamp: string } | undefined;

/**
 * The catalogue, read once per process. In `npm run dev` it is read again whenever a data file
 * changed: pages and the content loaders run in separate module instances, so no watcher could
 * reset every copy; comparing the files' stamp (sizes and times) is cheap and always right.
 * `progress` hears about large files while they are read (the content sync's log).
 */
export function catalog(progress?: Progress): Catalog {
	const stamp = import.meta.env?.MODE === 'development' ? catalogStamp(process.cwd()) : '';
	if (!cached || cached.stamp !== stamp) {
		cached = { catalog: loadCatalogOrThrow(process.cwd(), 'data', progress), stamp };
	}
	return cached.catalog;
}

function watch(context: LoaderContext, reload: () => void): void {
	context.watcher?.on('all', (_event, path) => {
		if (!/[\\/]data[\\/][^\\/]+\.(csv|dataset\.json)$/.test(path)) return;
		cached = undefined;
		reload();
	});
}

/**
 * One entry per dataset: its id and the SHA-256 of its CSV — the rows stay in the catalogue
 * (src/site/datasets.ts reads them there): a store holding 100,000 rows was serialised, written
 * and compiled as a module on every build. The entries change when a file does, which is what
 * tells `npm run dev` to reload the pages.
 */
export function datasetsLoader(): Loader {
	return {
		name: 'lumbung-datasets',
		load: async (context) => {
			const fill = () => {
				const { datasets } = catalog((line) => context.logger.info(line));
				context.store.clear();
				for (const [id, ds] of datasets) {
					context.store.set({ id, data: { id, sha256: ds.sha256 }, digest: ds.sha256 });
				}
			};
			fill();
			watch(context, () => {
				try {
					fill();
				} catch (error) {
					context.logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	};
}
