// Astro-side access to stories: published stories (and drafts, in npm run dev) per language with
// what their pages need (slug, sources in citation order, datasets, reading time, translation,
// related stories).
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/lang.ts';
import { siteDatasets, type Datasets } from './data.ts';
import type { ParsedMdx } from '../lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../lib/mdx/registry.ts';
import type { StoryFrontmatter } from '../lib/stories/frontmatter.ts';
import type { StoryFile } from '../lib/stories/load.ts';
import { checkProject, type ProjectProblems } from '../lib/stories/dev-checks.ts';
import { readingLoad, readingMinutes } from '../lib/stories/reading.ts';
import { storySources } from '../lib/stories/sources.ts';
import { href } from './paths.ts';

/** A published story with everything its pages and listings need. */
export interface Story {
	entry: CollectionEntry<'stories'>;
	/** `id/parengan` */
	id: string;
	lang: Lang;
	slug: string;
	data: StoryFrontmatter;
	/** Published, or (in `npm run dev` only) a draft or scheduled story shown for preview. */
	status: 'published' | 'draft' | 'scheduled';
	parsed: ParsedMdx;
	/** Source ids in citation order. */
	sources: string[];
	/** Dataset ids the story draws on: its components' and the frontmatter's. */
	datasets: string[];
	readingMinutes: number;
	/** Link to the story page, with the base path. */
	url: string;
}

let cache: Promise<Story[]> | undefined;

/**
 * In `npm run dev`: the last list and what it was made from — the collection as the loader
 * stored it (ids and digests), the checks and the datasets (each the same object until a story
 * or data file changes: see checkProject and siteDatasets). A page asks for the list several
 * times (header, lead, related stories…); at 1,000 stories making it takes about half a second.
 */
let devMemo:
	{ entries: string; checks: ProjectProblems; datasets: Datasets; stories: Story[] } | undefined;

async function load(): Promise<Story[]> {
	// The collection holds only published stories in a build; `npm run dev` also stores drafts
	// and scheduled stories, so their authors can preview them.
	const entries = await getCollection('stories');
	const datasets = siteDatasets();
	if (!import.meta.env.DEV) return storyList(entries, datasets);
	// In dev, the frontmatter and the parse come from the checks as the files are now (re-read
	// when a story or data file changes), so a page never shows a story as it was before an edit
	// even when the collection has not caught up yet. Builds read the collection: one parse.
	const checks = checkProject(process.cwd());
	const stored = entries.map((e) => `${e.id}@${digestOf(e)}`).join();
	if (devMemo?.entries !== stored || devMemo.checks !== checks || devMemo.datasets !== datasets) {
		const now = new Map(checks.checked.map((s) => [s.id, s]));
		devMemo = { entries: stored, checks, datasets, stories: storyList(entries, datasets, now) };
	}
	return devMemo.stories;
}

/**
 * In `npm run dev`: each story as last made, by its parse (the same object while its text is
 * unchanged), with what else it was made from; an edit to one story remakes that one only.
 */
const devStories = new WeakMap<
	ParsedMdx,
	{ digest: string; checked: StoryFile; datasets: Datasets; story: Story }
>();

const digestOf = (entry: CollectionEntry<'stories'>) => (entry as { digest?: string }).digest ?? '';

/** The stories of `entries`, newest first; in dev, `now` holds their checks as the files are now. */
function storyList(
	entries: CollectionEntry<'stories'>[],
	datasets: Datasets,
	now?: ReadonlyMap<string, StoryFile>,
): Story[] {
	const stories = entries.flatMap((entry): Story[] => {
		const [lang, slug] = entry.id.split('/') as [Lang, string];
		let story: StoryFrontmatter & { parsed?: ParsedMdx | undefined; status: Story['status'] };
		const fresh = now?.get(entry.id);
		if (now) {
			// Dev: the story as its file is now. A story whose file is gone, or whose frontmatter
			// does not read, is left out: the dev checks show why on every page until it is fixed.
			if (fresh?.frontmatter === undefined) return [];
			const made = devStories.get(fresh.parsed);
			if (
				made?.digest === digestOf(entry) &&
				made.checked.frontmatter === fresh.frontmatter &&
				made.checked.status === fresh.status &&
				made.datasets === datasets
			)
				return [made.story];
			story = { ...fresh.frontmatter, parsed: fresh.parsed, status: fresh.status };
		} else story = entry.data;
		const { parsed, status, ...data } = story;
		if (!parsed) throw new Error(`story ${entry.id}: the collection holds no parse of it`);
		const used = parsed.jsx
			.map((u) => u.props.dataset)
			.filter((d): d is string => typeof d === 'string');
		if (parsed.jsx.some((u) => u.name === 'Fact')) used.push('figures');
		const made: Story = {
			entry,
			id: entry.id,
			lang,
			slug,
			data,
			status,
			parsed,
			sources: storySources(parsed, datasets, COMPONENT_SPECS, data.sources),
			datasets: [...new Set([...used, ...data.datasets])].sort(),
			readingMinutes: readingMinutes(readingLoad(parsed, COMPONENT_SPECS, datasets)),
			url: href(lang, 'story', { slug }),
		};
		if (fresh)
			devStories.set(parsed, { digest: digestOf(entry), checked: fresh, datasets, story: made });
		return [made];
	});
	// Newest first; a stable order for stories published the same day.
	return stories.sort(
		(a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug),
	);
}

/**
 * Published stories, newest first; only `lang` when given. Read once per build; in `npm run dev`
 * again when a story or data file changed, so a story's edit shows on the next page load.
 */
export async function allStories(lang?: Lang): Promise<Story[]> {
	const stories = await (import.meta.env.DEV ? load() : (cache ??= load()));
	return lang ? stories.filter((s) => s.lang === lang) : stories;
}

/**
 * The story `slug` of `lang`, as the collection has it now. Pages look their story up here from
 * their params rather than taking it from getStaticPaths' props, which `npm run dev` keeps from
 * the first request: an edit then shows on the next load.
 */
export async function storyBySlug(lang: Lang, slug: string): Promise<Story> {
	const story = (await allStories(lang)).find((s) => s.slug === slug);
	if (!story) throw new Error(`no ${lang} story "${slug}"`);
	return story;
}

/** The story in the other language with the same translationKey, if any. */
export async function translationOf(story: Story): Promise<Story | undefined> {
	return (await allStories()).find(
		(s) => s.lang !== story.lang && s.data.translationKey === story.data.translationKey,
	);
}

/** Up to `n` stories in the same language sharing the most regions and commodities. */
export async function relatedStories(story: Story, n = 3): Promise<Story[]> {
	const score = (s: Story) =>
		s.data.regions.filter((r) => story.data.regions.includes(r)).length +
		s.data.commodities.filter((c) => story.data.commodities.includes(c)).length;
	return (await allStories(story.lang))
		.filter((s) => s.id !== story.id)
		.map((s) => ({ s, score: score(s) }))
		.sort((a, b) => b.score - a.score)
		.slice(0, n)
		.map(({ s }) => s);
}

/** The lead story of a language: the newest featured one, else the newest. */
export async function leadStory(lang: Lang): Promise<Story | undefined> {
	const stories = await allStories(lang);
	return stories.find((s) => s.data.featured) ?? stories[0];
}
