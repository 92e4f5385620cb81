/**
 * Reading and checking every story: `src/content/stories/<lang>/<slug>.mdx`. Frontmatter, body
 * lint and the rules that span stories (unique slugs, translation keys and chart ids per
 * language, no TODO left in a published story). Used by the content loader (build) and the dev
 * checks (src/lib/stories/dev-checks.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../data/problems.ts';
import type { CheckedDataset } from '../data/validate.ts';
import { parseMdx, type ParsedMdx } from '../mdx/extract.ts';
import type { ComponentSpec } from '../mdx/specs.ts';
import { checkFrontmatter, type StoryFrontmatter } from './frontmatter.ts';
import { lintBody } from './lint.ts';
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
			code: 'story-todo',
			message: 'a TODO placeholder is still in the text, and the story is not a draft',
			value: (source.split('\n')[i] ?? '').trim().slice(0, 80),
			expected: 'the final text',
			hint: 'write the text (or delete the line), or keep "draft: true" until the story is ready',
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
	if (!existsSync(dir)) return { stories, problems };
	const sorted = (path: string) =>
		readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
	for (const entry of sorted(dir)) {
		const rel = `${STORIES_DIR}/${entry.name}`;
		if (!entry.isDirectory() || (entry.name !== 'id' && entry.name !== 'en')) {
			refuse(rel, {
				code: 'story-location',
				message:
					'only the folders id/ (Indonesian stories) and en/ (English stories) belong in src/content/stories/',
				value: entry.name,
				hint: 'move the file into id/ or en/, or out of src/content/stories/ if it is not a story',
			});
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
			refuse(file, {
				code: child.isDirectory() ? 'story-location' : 'story-filename',
				message: child.isDirectory()
					? `a folder inside ${lang}/ is not read: stories are files directly in ${lang}/`
					: hidden
						? 'a file whose name starts with "." or "_" is not a story, and nothing may hide in the stories folder'
						: 'a story file name is its URL: lowercase letters, digits and "-", ending in .mdx',
				value: child.name,
				hint: child.name.endsWith('.md')
					? 'rename it to .mdx'
					: hidden || child.isDirectory()
						? 'delete it, or move it out of src/content/stories/ (keep notes elsewhere; a story not ready yet is a file with draft: true)'
						: `e.g. ${child.name.toLowerCase().replace(/[^a-z0-9.]+/g, '-')}`,
			});
		}
	}
	return { stories, problems };
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

/**
 * Read and check every story under `root`. Never throws for bad stories: every problem is
 * returned, located.
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
				code: 'story-too-large',
				message: `the story file is ${size.toLocaleString('en')} bytes; the limit is ${STORY_SIZE_LIMIT.toLocaleString('en')}`,
				value: `${size} bytes`,
				expected: `at most ${STORY_SIZE_LIMIT} bytes`,
				hint: 'a story is text and components; tables of data belong in data/ as a dataset',
			});
			continue;
		}
		const source = readFileSync(join(root, file), 'utf8');
		const fm = checkFrontmatter(source, file, { datasets, folderLang: lang, assetExists });
		const parsed = parseMdx(source);
		problems.push(...fm.problems, ...lintBody(parsed, file, { datasets, specs }));
		if (fm.data && !fm.data.draft) problems.push(...bodyTodos(source, file));
		problems.push(...checkStoryFigures(source, parsed, file, fm.data, { datasets, lang, specs }));
		const status: StoryStatus = !fm.data
			? 'draft'
			: fm.data.draft
				? 'draft'
				: fm.data.published > today
					? 'scheduled'
					: 'published';
		stories.push({
			id: `${lang}/${slug}`,
			lang,
			slug,
			file,
			source,
			parsed,
			status,
			...(fm.data ? { frontmatter: fm.data } : {}),
		});
	}
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
					code: 'duplicate-slug',
					message: `same URL as ${other.file}`,
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
					code: 'duplicate-translation-key',
					subject: 'frontmatter.translationKey',
					message: `translationKey "${key}" is also used by ${there.file}`,
					value: key,
					hint: 'each language may have one story per translationKey: give the new story its own key',
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
						line: u.line,
						col: u.col,
						severity: 'error',
						code: 'duplicate-chart-id',
						subject: `${u.name}.id`,
						message: `id "${u.props.id}" is already used in ${other.story.file}:${other.line}`,
						hint: 'chart ids name the embed page /embed/<id>/: make each one unique in its language',
					});
				} else ids.set(u.props.id, { story: s, line: u.line });
			}
		}
	}
	problems.push(...translationProblems(stories, specs));
	return { stories, problems };
}
