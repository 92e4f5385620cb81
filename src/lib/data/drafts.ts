/**
 * Draft datasets: a dataset whose data is not ready to publish, so that nothing of it reaches
 * the built site — no `/data/<id>/` page, CSV, data-package entry, search entry, feed or sitemap
 * trace, and no row of `sources` that only it cites. In `npm run dev` it shows, marked as a draft.
 *
 * A dataset is a draft when
 * - its declaration says `"draft": true` (declared), or
 * - it is **new** and only draft or scheduled stories use it (implied). New means not yet in
 *   the repository: git does not track its declaration (a folder that is not a git repository
 *   has no new datasets). `npm run kirim` writes `"draft": true` into an implied draft before it
 *   commits, so it stays a draft once it is in the repository. A dataset another one refers to
 *   (a foreign key, like `regions`) is never implied.
 *
 * A story that is not a draft may not use a declared draft (`draft-dataset`, in load.ts): the
 * newsroom removes `"draft": true` when the data is ready, which publishes it with the story.
 */
import { sourceIds } from './rows.ts';
import type { CheckedDataset } from './validate.ts';

/** What a story is on the day of the build. */
export type UseStatus = 'published' | 'draft' | 'scheduled';

/** What the draft rules need to know of a story. */
export interface StoryUse {
	status: UseStatus;
	/** Dataset ids it draws on (`storyDatasets`). */
	datasets: readonly string[];
	/** Source ids it cites (`storySources`). */
	sources: readonly string[];
}

/** Why a dataset is a draft. */
export type DraftReason = 'declared' | 'implied';

/**
 * The draft datasets of a catalogue, by id, with why. `isNew(id)` says whether the dataset is
 * not yet in the repository (see the module comment).
 */
export function draftDatasets(
	datasets: ReadonlyMap<string, CheckedDataset>,
	stories: readonly StoryUse[],
	isNew: (id: string) => boolean,
): Map<string, DraftReason> {
	const drafts = new Map<string, DraftReason>();
	for (const [id, ds] of datasets) if (ds.declaration.draft) drafts.set(id, 'declared');
	const referenced = new Set<string>();
	for (const [id, ds] of datasets) {
		if (drafts.has(id)) continue;
		for (const fk of ds.declaration.schema.foreignKeys ?? []) referenced.add(fk.reference.resource);
	}
	for (const id of datasets.keys()) {
		if (drafts.has(id) || referenced.has(id) || !isNew(id)) continue;
		const users = stories.filter((s) => s.datasets.includes(id));
		if (users.length && users.every((s) => s.status !== 'published')) drafts.set(id, 'implied');
	}
	return drafts;
}

/**
 * The catalogue as published: without the draft datasets, and without the rows of `sources`
 * that only drafts cite (a source some published dataset or story cites stays). Datasets are
 * the same objects; `sources` is a copy when rows were left out.
 */
export function withoutDrafts<T extends CheckedDataset>(
	datasets: ReadonlyMap<string, T>,
	drafts: ReadonlyMap<string, DraftReason>,
	stories: readonly StoryUse[],
): Map<string, T> {
	const out = new Map([...datasets].filter(([id]) => !drafts.has(id)));
	const sources = out.get('sources');
	if (!sources || drafts.size === 0) return out;
	const cited = (list: Iterable<T>) => new Set([...list].flatMap((ds) => sourceIds(ds, ds.rows)));
	const byDrafts = cited([...datasets].filter(([id]) => drafts.has(id)).map(([, ds]) => ds));
	const kept = cited(out.values());
	for (const s of stories) if (s.status === 'published') for (const id of s.sources) kept.add(id);
	const drop = new Set([...byDrafts].filter((id) => !kept.has(id)));
	if (drop.size === 0) return out;
	const rows: T['rows'] = [];
	const lines: number[] = [];
	sources.rows.forEach((row, i) => {
		if (drop.has(String(row.id))) return;
		rows.push(row);
		lines.push(sources.lines[i] ?? 0);
	});
	out.set('sources', { ...sources, rows, lines });
	return out;
}
