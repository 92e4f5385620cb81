/**
 * Reading and checking every story: `src/content/stories/<lang>/<slug>.mdx`. Frontmatter, body
 * lint and the rules that span stories (unique slugs, translation keys and chart ids per
 * language, no TODO left in a published story). Used by the content loader (build) and the dev
 * checks (src/lib/stories/dev-checks.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Problem } from '../data/problems.ts';
import { memoOf, readsHold, recording, type Reads } from '../data/reads.ts';
import { processWide, registryKey } from '../process-wide.ts';
import type { CheckedDataset } from '../data/validate.ts';
import {
	problemText,
	say,
	type ProblemCode,
	type ProblemWords,
	type Said,
} from '../messages/index.ts';
import { parseMdx, type ParsedMdx } from '../mdx/extract.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import { checkFrontmatter, type StoryFrontmatter } from './frontmatter.ts';
import { lintBody, valuePoint } from './lint.ts';
import { checkStoryFigures } from './prose-numbers.ts';
import { translationProblems } from './translations.ts';

/** Where stories live, relative to the project root. */
export const STORIES_DIR = 'src/content/stories';

/** One story file, read and checked. */
export interface StoryFile {
	/** Collection id: `id/parengan`. */
	id: string;
	lang: 'id' | 'en';
	/** URL slug: the file name without `.mdx`. */
	slug: string;
	/** Repo-relative path. */
	file: string;
	source: string;
	parsed: ParsedMdx;
	/** The checked frontmatter, when it had no errors. */
	frontmatter?: StoryFrontmatter;
	/** Published, a draft, or scheduled (published after the day of the build). */
	status: StoryStatus;
}

/**
 * `story-todo` problems for TODO placeholders left in a story's body (outside MDX comments and
 * the frontmatter), located at their line and column.
 */
export function bodyTodos(source: string, file: string): Problem[] {
	// Blank out the frontmatter and comments, keeping line breaks so positions stay true.
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	const text = source
		.replace(/^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, blank)
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
	const problems: Problem[] = [];
	text.split('\n').forEach((line, i) => {
		const m = /\bTODO\b/.exec(line);
		if (!m) return;
		problems.push({
			file,
			line: i + 1,
			col: m.index + 1,
			severity: 'error',
			...problemText('story-todo'),
			value: (source.split('\n')[i] ?? '').trim().slice(0, 80),
		});
	});
	return problems;
}

/** One file of the stories folder that is a story: `<lang>/<slug>.mdx`. */
export interface StoryRef {
	lang: 'id' | 'en';
	slug: string;
	/** Repo-relative path. */
	file: string;
}

/** The largest story file accepted, in bytes (the longest real story is under 10 KB). */
export const STORY_SIZE_LIMIT = 200_000;

/**
 * Every file under `src/content/stories/`, sorted: the stories (`id/<slug>.mdx`, `en/<slug>.mdx`,
 * the slug in lowercase letters, digits and "-") and a `story-location` or `story-filename`
 * error naming each other file or folder — hidden files, `_notes.mdx`, `.md` files, files in
 * other folders. This one list is what the lint checks and what the content collection
 * publishes, so no file can be published unchecked.
 */
export function listStoryFiles(root: string): { stories: StoryRef[]; problems: Problem[] } {
	const dir = join(root, STORIES_DIR);
	const stories: StoryRef[] = [];
	const problems: Problem[] = [];
	const refuse = (file: string, p: Pick<Problem, 'code' | 'message' | 'value' | 'hint'>) =>
		problems.push({ file, line: 1, col: 1, severity: 'error', ...p });
	const refuseWords = (
		file: string,
		words: ProblemWords<ProblemCode>,
		value: string,
		hint?: Said,
	) => refuse(file, { ...words, value, ...(hint ? { hint } : {}) });
	if (!existsSync(dir)) return { stories, problems };
	const sorted = (path: string) =>
		readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
	for (const entry of sorted(dir)) {
		const rel = `${STORIES_DIR}/${entry.name}`;
		if (!entry.isDirectory() || (entry.name !== 'id' && entry.name !== 'en')) {
			refuseWords(rel, problemText('story-location/folder'), entry.name);
			continue;
		}
		const lang = entry.name;
		for (const child of sorted(join(dir, lang))) {
			const file = `${rel}/${child.name}`;
			const slug = child.name.replace(/\.mdx$/, '');
			if (child.isFile() && child.name.endsWith('.mdx') && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
				stories.push({ lang, slug, file });
				continue;
			}
			const hidden = child.name.startsWith('.') || child.name.startsWith('_');
			refuseWords(
				file,
				child.isDirectory()
					? problemText('story-location/subfolder', { lang })
					: hidden
						? problemText('story-filename/hidden')
						: problemText('story-filename/name'),
				child.name,
				child.name.endsWith('.md')
					? say('story-file.rename-mdx')
					: hidden || child.isDirectory()
						? say('story-file.move-out')
						: say('example', {
								example: child.name.toLowerCase().replace(/[^a-z0-9.]+/g, '-'),
							}),
			);
		}
	}
	return { stories, problems };
}

/**
 * `draft-dataset` errors: a story that is not a draft (published, or scheduled to be) uses a
 * dataset declared `"draft": true`. Located at the component's `dataset` value, or at the
 * frontmatter's `datasets` line.
 */
function draftDatasetProblems(
	parsed: ParsedMdx,
	source: string,
	file: string,
	datasets: ReadonlyMap<string, CheckedDataset>,
	listed: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	const isDraft = (id: unknown) => typeof id === 'string' && !!datasets.get(id)?.declaration.draft;
	const seen = new Set<string>();
	for (const u of parsed.jsx) {
		const id = u.props.dataset;
		if (!isDraft(id) || typeof id !== 'string') continue;
		seen.add(id);
		problems.push({
			file,
			...valuePoint(
				u,
				u.attributes.find((a) => a.name === 'dataset'),
			),
			severity: 'error',
			...problemText('draft-dataset', { dataset: id }),
			subject: `${u.name}.dataset`,
			value: id,
		});
	}
	const lines = source.split('\n');
	for (const id of listed) {
		if (seen.has(id) || !isDraft(id)) continue;
		const line = Math.max(1, lines.findIndex((l) => l.includes(id)) + 1);
		seen.add(id);
		problems.push({
			file,
			line,
			col: 1,
			severity: 'error',
			...problemText('draft-dataset', { dataset: id }),
			subject: 'frontmatter.datasets',
			value: id,
		});
	}
	return problems;
}

/** What a story is on the day of the build. */
export type StoryStatus = 'published' | 'draft' | 'scheduled';

/** Today in Jakarta as YYYY-MM-DD: the calendar `published` dates are written in. */
export function jakartaToday(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

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

/** Options of {@link checkStories}. */
export interface CheckOptions {
	/** The day of the build, YYYY-MM-DD; stories published after it are scheduled. */
	today?: string;
}

/** What {@link checkStories} returns: every story that could be read, and every problem. */
export type CheckedStories = ReturnType<typeof checkStories>;

/** One story's own checks (frontmatter, lint, TODOs, figures): everything but the cross-story rules. */
interface OwnCheck {
	source: string;
	/** The build day the check ran on (an `updated` date after it is refused). */
	today: string;
	/** What the checks read from the datasets: the check holds while those are unchanged. */
	reads: Reads<CheckedDataset>;
	specs: ReadonlyMap<string, ComponentSpec>;
	/** The public/ files the frontmatter check asked about, and whether each existed. */
	assets: Map<string, boolean>;
	parsed: ParsedMdx;
	frontmatter?: StoryFrontmatter;
	problems: Problem[];
}

/**
 * The last own check of each story file (by absolute path). `npm run dev` checks every story
 * again after each change; with this, only the stories whose text changed are parsed and linted
 * again — or, when a data file changed, the stories that read that dataset (the same text is not
 * parsed again, and only the components drawn from it are checked again) — while the rules across
 * stories always run on the whole set. At 1,000 stories that is a few milliseconds instead of
 * seconds per saved story. Kept for the process ({@link processWide}): the pages' copy of this
 * module reuses what the stories loader's copy checked.
 */
const ownChecks = () => processWide('own-checks', () => new Map<string, OwnCheck>());

function reusable(
	own: OwnCheck | undefined,
	source: string,
	today: string,
	datasets: ReadonlyMap<string, CheckedDataset>,
	specs: ReadonlyMap<string, ComponentSpec>,
	assetExists: (path: string) => boolean,
): own is OwnCheck {
	if (
		!own ||
		own.source !== source ||
		own.today !== today ||
		registryKey(own.specs) !== registryKey(specs) ||
		!readsHold(own.reads, datasets)
	)
		return false;
	for (const [path, existed] of own.assets) if (assetExists(path) !== existed) return false;
	return true;
}

/**
 * Read and check every story under `root`. Never throws for bad stories: every problem is
 * returned, located. A story whose text, data and cover file are as at the previous call is not
 * checked again: its previous result is returned (the same objects).
 */
export function checkStories(
	root: string,
	datasets: ReadonlyMap<string, CheckedDataset>,
	specs: ReadonlyMap<string, ComponentSpec>,
	options: CheckOptions = {},
): { stories: StoryFile[]; problems: Problem[] } {
	const today = options.today ?? jakartaToday();
	const stories: StoryFile[] = [];
	const listed = listStoryFiles(root);
	const problems: Problem[] = [...listed.problems];
	const present = new Set<string>();
	const assetExists = (path: string) => {
		const abs = join(root, 'public', ...path.split('/'));
		return !path.includes('..') && existsSync(abs) && statSync(abs).isFile();
	};
	for (const { lang, slug, file } of listed.stories) {
		const size = statSync(join(root, file)).size;
		if (size > STORY_SIZE_LIMIT) {
			problems.push({
				file,
				line: 1,
				col: 1,
				severity: 'error',
				...problemText('story-too-large', { size, limit: STORY_SIZE_LIMIT }),
				value: `${size} bytes`,
			});
			continue;
		}
		const source = readFileSync(join(root, file), 'utf8');
		const key = join(root, file);
		const previous = ownChecks().get(key);
		let own = previous;
		if (!reusable(own, source, today, datasets, specs, assetExists)) {
			const { view, reads } = recording(datasets);
			const assets = new Map<string, boolean>();
			const recordAsset = (path: string) => {
				const exists = assetExists(path);
				assets.set(path, exists);
				return exists;
			};
			const fm = checkFrontmatter(source, file, {
				datasets: view,
				folderLang: lang,
				assetExists: recordAsset,
				today,
			});
			// Unchanged text (only the data, the day or a cover file changed): the same parse.
			const parsed = previous?.source === source ? previous.parsed : parseMdx(source);
			const mine = [...fm.problems, ...lintBody(parsed, file, { datasets: view, specs })];
			if (fm.data && !fm.data.draft) mine.push(...bodyTodos(source, file));
			// Kept per text while the datasets they read are the same: when a CSV changes, a story
			// whose figures come from other datasets is not checked again.
			const figures = memoOf<CheckedDataset, Problem[]>('figure-checks', specs);
			const text = createHash('sha256').update(source).digest('base64');
			mine.push(
				...figures.get(`${file}\0${lang}\0${fm.data ? 1 : 0}\0${text}`, view, (d) =>
					checkStoryFigures(source, parsed, file, fm.data, { datasets: d, lang, specs }),
				),
			);
			own = {
				source,
				today,
				reads,
				specs,
				assets,
				parsed,
				...(fm.data ? { frontmatter: fm.data } : {}),
				problems: mine,
			};
			ownChecks().set(key, own);
		}
		present.add(key);
		problems.push(...own.problems);
		const fm = own.frontmatter;
		const status: StoryStatus = !fm
			? 'draft'
			: fm.draft
				? 'draft'
				: fm.published > today
					? 'scheduled'
					: 'published';
		if (status !== 'draft') {
			const listed = [
				...(fm?.datasets ?? []),
				...(fm?.figures ?? []).flatMap((f) => (f.dataset ? [f.dataset] : [])),
			];
			problems.push(...draftDatasetProblems(own.parsed, source, file, datasets, listed));
		}
		stories.push({
			id: `${lang}/${slug}`,
			lang,
			slug,
			file,
			source,
			parsed: own.parsed,
			status,
			...(fm ? { frontmatter: fm } : {}),
		});
	}
	// Forget files that are gone (only those under this root: tests check several projects).
	const kept = ownChecks();
	for (const key of kept.keys())
		if (key.startsWith(join(root, STORIES_DIR, sep)) && !present.has(key)) kept.delete(key);
	for (const lang of ['id', 'en'] as const) {
		const mine = stories.filter((s) => s.lang === lang);
		const seen = new Map<string, StoryFile>();
		for (const s of mine) {
			const key = s.slug.toLowerCase();
			const other = seen.get(key);
			if (other) {
				problems.push({
					file: s.file,
					line: 1,
					col: 1,
					severity: 'error',
					...problemText('duplicate-slug', { other: other.file }),
					value: s.slug,
				});
			} else seen.set(key, s);
		}
		const keys = new Map<string, StoryFile>();
		for (const s of mine) {
			const key = s.frontmatter?.translationKey;
			if (!key) continue;
			const other = keys.get(key);
			if (!other) {
				keys.set(key, s);
				continue;
			}
			// Reported at both files: the one just added is one of them, whichever it is.
			for (const [here, there] of [
				[s, other],
				[other, s],
			] as const) {
				const line = here.source.split('\n').findIndex((l) => l.startsWith('translationKey')) + 1;
				problems.push({
					file: here.file,
					line: line || 1,
					col: 1,
					severity: 'error',
					...problemText('duplicate-translation-key', { key, other: there.file }),
					subject: 'frontmatter.translationKey',
					value: key,
				});
			}
		}
		const ids = new Map<string, { story: StoryFile; line: number }>();
		for (const s of mine) {
			for (const u of s.parsed.jsx) {
				const spec = specs.get(u.name);
				if (!spec || spec.props.id?.kind !== 'id' || typeof u.props.id !== 'string') continue;
				const other = ids.get(u.props.id);
				if (other) {
					problems.push({
						file: s.file,
						severity: 'error',
						...valuePoint(
							u,
							u.attributes.find((a) => a.name === 'id'),
						),
						...problemText('duplicate-chart-id', {
							id: u.props.id,
							other: `${other.story.file}:${other.line}`,
						}),
						subject: `${u.name}.id`,
						value: u.props.id,
					});
				} else ids.set(u.props.id, { story: s, line: u.line });
			}
		}
	}
	problems.push(...translationProblems(stories, specs));
	return { stories, problems };
}
