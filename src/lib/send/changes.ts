/**
 * What `npm run kirim` sends: the journalist's changed files sorted into what belongs to a story
 * (stories, datasets, sources, images) and what is never sent (files the tools generate, and
 * files of the site's code), the commit message made from the story titles, and the links of a
 * built page. Pure: paths and texts in, decisions out; scripts/kirim.ts runs git and the checks.
 */

/** One changed path as `git status --porcelain` reports it. */
export interface Change {
	/** Repo-relative path with forward slashes. */
	path: string;
	/** `added` (new or untracked), `deleted`, or `modified`. */
	kind: 'added' | 'deleted' | 'modified';
}

/** What a sendable change is. */
export type SendKind = 'story' | 'dataset' | 'sources' | 'image';

/** Why a change is not sent. */
export type HoldReason = 'generated' | 'unrelated';

/** A change sorted: sent (as what) or held back (and why). */
export type Sorted = (Change & { send: SendKind; id: string }) | (Change & { hold: HoldReason });

/** Files the tools write and a journalist never sends: lockfile, build output, caches, logs. */
const GENERATED =
	/^(package-lock\.json|npm-shrinkwrap\.json|dist\/|\.astro\/|\.cache\/|\.ci-out\/|node_modules\/|test-results\/|playwright-report\/|.*\.log$|.*~$|.*\.DS_Store$)/;

/**
 * Sort one change: a story (`src/content/stories/<lang>/<slug>.mdx`), a dataset
 * (`data/<id>.csv` or `data/<id>.dataset.json`), the sources (`data/sources.csv`), an image
 * under `public/img/`; else generated (never sent) or unrelated (the site's code, sent by the
 * developers, not by this command).
 */
export function sortChange(change: Change): Sorted {
	const { path } = change;
	const story = /^src\/content\/stories\/(id|en)\/([a-z0-9-]+)\.mdx$/.exec(path);
	if (story) return { ...change, send: 'story', id: `${story[1]}/${story[2]}` };
	if (path === 'data/sources.csv') return { ...change, send: 'sources', id: 'sources' };
	const data = /^data\/([a-z0-9-]+)\.(csv|dataset\.json)$/.exec(path);
	if (data) return { ...change, send: 'dataset', id: data[1] ?? '' };
	const image = /^public\/img\/[^/]+\.(jpe?g|png|webp|svg)$/i.exec(path);
	if (image) return { ...change, send: 'image', id: path.slice('public/'.length) };
	return { ...change, hold: GENERATED.test(path) ? 'generated' : 'unrelated' };
}

/**
 * Changes from `git status --porcelain=v1 -z` output: one entry per path (a rename counts as
 * the new path added and the old one deleted).
 */
export function parseStatus(output: string): Change[] {
	const parts = output.split('\0');
	const out: Change[] = [];
	for (let i = 0; i < parts.length; i++) {
		const entry = parts[i] ?? '';
		if (entry.length < 4) continue;
		const x = entry[0] ?? ' ';
		const y = entry[1] ?? ' ';
		const path = entry.slice(3);
		if (x === 'R' || x === 'C') {
			out.push({ path, kind: 'added' });
			const from = parts[++i];
			if (x === 'R' && from) out.push({ path: from, kind: 'deleted' });
			continue;
		}
		const code = x === ' ' || x === '?' ? y : x;
		out.push({
			path,
			kind: code === '?' || code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified',
		});
	}
	return out;
}

/** The ids of the source rows that a new `sources.csv` adds or changes, by line text. */
export function changedSources(before: string, after: string): string[] {
	const rows = (text: string) =>
		new Map(
			text
				.split(/\r?\n/)
				.slice(1)
				.filter((l) => l.trim() !== '')
				.map((l) => [l.split(',')[0] ?? '', l] as const),
		);
	const old = rows(before);
	return [...rows(after)].filter(([id, line]) => old.get(id) !== line).map(([id]) => id);
}

/**
 * The commit message: the titles of the stories sent (published first, drafts marked), else
 * the datasets, else the sources: `Cerita: Kopi Lamongan menembus pasar ekspor (draf)`.
 */
export function commitMessage(
	stories: readonly { title: string; draft: boolean }[],
	datasets: readonly string[],
	sources: readonly string[],
	lang: 'id' | 'en' = 'id',
): string {
	const draft = lang === 'en' ? ' (draft)' : ' (draf)';
	if (stories.length) {
		const ordered = [...stories.filter((s) => !s.draft), ...stories.filter((s) => s.draft)];
		const titles = ordered.map((s) => `${s.title}${s.draft ? draft : ''}`);
		return `${lang === 'en' ? 'Story' : 'Cerita'}: ${titles.join('; ')}`;
	}
	if (datasets.length) return `Data: ${datasets.join(', ')}`;
	return `${lang === 'en' ? 'Sources' : 'Sumber'}: ${sources.join(', ')}`;
}

/**
 * The site-internal links and files a built page refers to (`href`, `src`, `srcset`; not other
 * hosts, `mailto:`, `tel:` or fragments of the page itself), as paths under the site root,
 * without query or fragment.
 */
export function pageLinks(html: string): string[] {
	const out = new Set<string>();
	for (const m of html.matchAll(/\s(?:href|src|srcset)="([^"]*)"/g)) {
		for (const part of (m[1] ?? '').split(',')) {
			const url = part.trim().split(/\s+/)[0] ?? '';
			if (!url.startsWith('/') || url.startsWith('//')) continue;
			const path = url.replace(/[?#].*$/, '');
			if (path) out.add(decodeURI(path));
		}
	}
	return [...out].sort();
}
