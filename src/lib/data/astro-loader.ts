/**
 * Astro content loaders over the data catalogue. They throw on any data error, which is the only
 * way to make `astro build` fail on bad data: Astro's built-in `file()` loader only logs some
 * problems and keeps shipping stale rows.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { langSetting } from '../messages/index.ts';
import { catalogStamp, loadCatalogOrThrow, type Catalog } from './load.ts';
import type { Row } from './validate.ts';

let cached: { catalog: Catalog; stamp: string } | undefined;

/**
 * The catalogue, read once per process. In `npm run dev` it is read again whenever a data file
 * changed: pages and the content loaders run in separate module instances, so no watcher could
 * reset every copy; comparing the files' stamp (sizes and times) is cheap and always right.
 */
export function catalog(): Catalog {
	const stamp = import.meta.env?.MODE === 'development' ? catalogStamp(process.cwd()) : '';
	if (!cached || cached.stamp !== stamp) {
		cached = {
			catalog: loadCatalogOrThrow(process.cwd(), 'data', langSetting(process.env)),
			stamp,
		};
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

/** One entry per dataset: its declaration, typed rows and file facts. */
export function datasetsLoader(): Loader {
	return {
		name: 'lumbung-datasets',
		load: async (context) => {
			const fill = () => {
				const { datasets } = catalog();
				context.store.clear();
				for (const [id, ds] of datasets) {
					const data = { ...ds };
					context.store.set({ id, data, digest: ds.sha256 });
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

/** One entry per row of a dataset, keyed by its (single-field) primary key. */
export function rowsLoader(datasetId: string): Loader {
	return {
		name: `lumbung-rows-${datasetId}`,
		load: async (context) => {
			const fill = async () => {
				const ds = catalog().datasets.get(datasetId);
				if (!ds) throw new Error(`dataset "${datasetId}" is not in data/`);
				const key = ds.declaration.schema.primaryKey.join('|');
				context.store.clear();
				for (const row of ds.rows) {
					const id = ds.declaration.schema.primaryKey.map((k) => String(row[k])).join('|');
					const data = await context.parseData({ id, data: row as Row & Record<string, unknown> });
					context.store.set({ id, data, digest: context.generateDigest(row) });
				}
				if (!key) throw new Error(`dataset "${datasetId}" has no primary key`);
			};
			await fill();
			watch(context, () => {
				fill().catch((error: unknown) =>
					context.logger.error(error instanceof Error ? error.message : String(error)),
				);
			});
		},
	};
}
