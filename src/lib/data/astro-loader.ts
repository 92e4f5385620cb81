/**
 * Astro content loaders over the data catalogue. They throw on any data error, which is the only
 * way to make `astro build` fail on bad data: Astro's built-in `file()` loader only logs some
 * problems and keeps shipping stale rows.
 *
 * Pages see the catalogue as published: in a build, without its draft datasets (drafts.ts); in
 * `npm run dev`, every dataset, drafts included, for preview. The story checks see every
 * dataset ({@link fullCatalog}), since draft stories may use draft data.
 */
import { execFileSync } from 'node:child_process';
import type { Loader, LoaderContext } from 'astro/loaders';
import { langSetting } from '../messages/index.ts';
import { COMPONENT_SPECS } from '../mdx/registry.ts';
import { storiesStamp } from '../stories/dev-checks.ts';
import { checkStories, jakartaToday, type CheckedStories } from '../stories/load.ts';
import { storyDatasets, storySources } from '../stories/sources.ts';
import { draftDatasets, withoutDrafts, type DraftReason, type StoryUse } from './drafts.ts';
import { catalogStamp, loadCatalogOrThrow, type Catalog } from './load.ts';
import type { Row } from './validate.ts';

/**
 * The day stories are published as of: `LUMBUNG_TODAY` (YYYY-MM-DD, to build the site as it
 * will be on a day, e.g. to check a scheduled story), else today in Jakarta.
 */
export function buildDay(): string {
	const forced = process.env.LUMBUNG_TODAY;
	if (forced === undefined || forced === '') return jakartaToday();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(forced)) {
		throw new Error(`LUMBUNG_TODAY must be a date written YYYY-MM-DD, not "${forced}"`);
	}
	return forced;
}

/**
 * True in `npm run dev`. Content loaders run outside Vite, where `import.meta.env` is not set:
 * the dev integration (vite-plugin.ts) also says so in `LUMBUNG_PREVIEW`, which every part of
 * the dev server process sees.
 */
const dev = () => process.env.LUMBUNG_PREVIEW === '1' || import.meta.env?.MODE === 'development';

let cached: { catalog: Catalog; stamp: string } | undefined;

/**
 * Every dataset, drafts included, read once per process. In `npm run dev` it is read again
 * whenever a data file changed: pages and the content loaders run in separate module instances,
 * so no watcher could reset every copy; comparing the files' stamp (sizes and times) is cheap
 * and always right.
 */
export function fullCatalog(): Catalog {
	const stamp = dev() ? catalogStamp(process.cwd()) : '';
	if (!cached || cached.stamp !== stamp) {
		cached = {
			catalog: loadCatalogOrThrow(process.cwd(), 'data', langSetting(process.env)),
			stamp,
		};
		published = undefined;
	}
	return cached.catalog;
}

let checked:
	| { datasets: Catalog['datasets']; today: string; stamp: string; result: CheckedStories }
	| undefined;

/**
 * Every story checked against {@link fullCatalog} as of {@link buildDay}: computed once per
 * build (the story loader and the draft rules share it); in `npm run dev`, again when a data or
 * story file changed.
 */
export function checkedStories(): CheckedStories {
	const datasets = fullCatalog().datasets;
	const today = buildDay();
	const stamp = dev() ? storiesStamp(process.cwd()) : '';
	if (checked?.datasets !== datasets || checked.today !== today || checked.stamp !== stamp) {
		checked = {
			datasets,
			today,
			stamp,
			result: checkStories(process.cwd(), datasets, COMPONENT_SPECS, { today }),
		};
	}
	return checked.result;
}

/** Paths under `data/` that git tracks; undefined outside a git repository. */
function trackedData(): Set<string> | undefined {
	try {
		const out = execFileSync('git', ['ls-files', '-z', '--', 'data'], {
			cwd: process.cwd(),
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		return new Set(out.split('\0').filter(Boolean));
	} catch {
		return undefined;
	}
}

/** The draft datasets, with why (declared or implied; see drafts.ts). */
export function drafts(): Map<string, DraftReason> {
	const full = fullCatalog();
	const { stories } = checkedStories();
	const tracked = trackedData();
	const uses: StoryUse[] = stories.map((s) => ({
		status: s.status,
		datasets: storyDatasets(s.parsed, s.frontmatter),
		sources: storySources(s.parsed, full.datasets, COMPONENT_SPECS, s.frontmatter?.sources),
	}));
	return draftDatasets(
		full.datasets,
		uses,
		(id) => tracked !== undefined && !tracked.has(`data/${id}.dataset.json`),
	);
}

let published: Catalog | undefined;

/**
 * The catalogue pages see: in a build, without draft datasets (and without the sources only they
 * cite); in `npm run dev`, every dataset.
 */
export function catalog(): Catalog {
	const full = fullCatalog();
	if (dev()) return full;
	if (!published) {
		const found = drafts();
		const uses: StoryUse[] = checkedStories().stories.map((s) => ({
			status: s.status,
			datasets: [],
			sources: storySources(s.parsed, full.datasets, COMPONENT_SPECS, s.frontmatter?.sources),
		}));
		published = { ...full, datasets: withoutDrafts(full.datasets, found, uses) };
	}
	return published;
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
