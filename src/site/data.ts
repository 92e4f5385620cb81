// The one road from data/ to the pages. Every page, component, route and content loader reaches
// the datasets through this module, and every structure computed from them (map records, hub
// lists, chart catalogues) through `derived`, so they are all computed once per build and read
// again together in `npm run dev` when a data file changes: one stamp (the sizes and times of
// data/*.csv and *.dataset.json) for all of them, so a table and a map on one page never
// disagree. Stories come through src/site/stories.ts, which reads the story collection.
//
// Pages see the datasets as published: in a build, without the draft datasets and the sources
// only they cite (src/lib/data/drafts.ts); in `npm run dev`, every dataset, drafts included, for
// the preview. The story checks see every dataset ({@link allDatasetsWithDrafts}), since a draft
// story may use draft data.
import { execFileSync } from 'node:child_process';
import {
	draftDatasets,
	withoutDrafts,
	type DraftReason,
	type StoryUse,
} from '../lib/data/drafts.ts';
import {
	catalogStamp,
	currentCatalog,
	type LoadedDataset,
	type Progress,
} from '../lib/data/load.ts';
import { DataError, hasErrors } from '../lib/data/problems.ts';
import { langSetting } from '../lib/messages/index.ts';
import { COMPONENT_SPECS } from '../lib/mdx/registry.ts';
import { storiesStamp } from '../lib/stories/dev-checks.ts';
import { buildDay, checkStories, type CheckedStories } from '../lib/stories/load.ts';
import { storyDatasets, storySources } from '../lib/stories/sources.ts';

/** Every checked dataset, by id. */
export type Datasets = ReadonlyMap<string, LoadedDataset>;

interface State {
	stamp: string;
	/** Every dataset, drafts included. */
	full: Datasets;
	/** What pages see (see the module comment); computed on first use. */
	published?: Datasets;
	drafts?: Map<string, DraftReason>;
	derived: Map<string, unknown>;
}

let state: State | undefined;

// In dev, the data files may change between two requests; a build reads them once. Content
// loaders run outside Vite, where import.meta.env is not set: the dev integration also says so in
// LUMBUNG_PREVIEW (src/integrations/dev-checks.ts). (In unit tests of modules that import this
// one, neither is set: read once.)
const dev = () => process.env.LUMBUNG_PREVIEW === '1' || import.meta.env?.DEV === true;

function current(progress?: Progress): State {
	const root = process.cwd();
	const stamp = dev() ? catalogStamp(root) : '';
	if (!state || state.stamp !== stamp) {
		// Throws one located report when any dataset has an error: the build stops there.
		// The same catalogue as the dev checks read (src/lib/stories/dev-checks.ts), so the story
		// checks made against it serve both.
		const catalog = currentCatalog(root, 'data', progress);
		if (hasErrors(catalog.problems))
			throw new DataError(catalog.problems, 'data', langSetting(process.env));
		const full = catalog.datasets;
		state = { stamp, full, derived: new Map() };
	}
	return state;
}

let checked: { full: Datasets; today: string; stamp: string; result: CheckedStories } | undefined;

/**
 * Every story checked against every dataset (drafts included) as of the build day: computed once
 * per build (the stories loader and the draft rules share it); in `npm run dev`, again when a data
 * or story file changed.
 */
export function checkedStories(): CheckedStories {
	const { full } = current();
	const today = buildDay();
	const stamp = dev() ? storiesStamp(process.cwd()) : '';
	if (checked?.full !== full || checked.today !== today || checked.stamp !== stamp) {
		const result = checkStories(process.cwd(), full, COMPONENT_SPECS, { today });
		checked = { full, today, stamp, result };
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

/** The draft datasets, with why (declared, or implied: new and used only by drafts). */
export function drafts(): Map<string, DraftReason> {
	const s = current();
	if (!s.drafts) {
		const tracked = trackedData();
		const uses: StoryUse[] = checkedStories().stories.map((story) => ({
			status: story.status,
			datasets: storyDatasets(story.parsed, story.frontmatter),
			sources: storySources(story.parsed, s.full, COMPONENT_SPECS, story.frontmatter?.sources),
		}));
		s.drafts = draftDatasets(
			s.full,
			uses,
			(id) => tracked !== undefined && !tracked.has(`data/${id}.dataset.json`),
		);
	}
	return s.drafts;
}

/** Every dataset, drafts included: what the story checks see. */
export function allDatasetsWithDrafts(): Datasets {
	return current().full;
}

/**
 * The datasets pages see, by id: in a build, without draft datasets (and without the sources only
 * they cite); in `npm run dev`, every dataset. Throws a located report when the data has an error.
 * `progress` hears about large files while they are read (the content sync's log; see loadCatalog).
 */
export function siteDatasets(progress?: Progress): Datasets {
	const s = current(progress);
	if (dev()) return s.full;
	if (!s.published) {
		const uses: StoryUse[] = checkedStories().stories.map((story) => ({
			status: story.status,
			datasets: [],
			sources: storySources(story.parsed, s.full, COMPONENT_SPECS, story.frontmatter?.sources),
		}));
		s.published = withoutDrafts(s.full, drafts(), uses);
	}
	return s.published;
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
	if (!s.derived.has(key)) s.derived.set(key, compute(siteDatasets()));
	return s.derived.get(key) as T;
}
