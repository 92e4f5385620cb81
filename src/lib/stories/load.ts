/**
 * Reading and checking every story: `src/content/stories/<lang>/<slug>.mdx`. Frontmatter, body
 * lint and the rules that span stories (unique slugs, translation keys and chart ids per
 * language, no TODO left in a published story). Used by the content loader (build) and the dev
 * checks (src/lib/stories/dev-checks.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

/** List story files: `<lang>/<slug>.mdx`; files starting with `_` are ignored (notes, drafts). */
export function storyFiles(root: string): { lang: string; name: string }[] {
	const dir = join(root, STORIES_DIR);
	if (!existsSync(dir)) return [];
	const out: { lang: string; name: string }[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
		a.name.localeCompare(b.name),
	)) {
		if (!entry.isDirectory()) {
			out.push({ lang: '', name: entry.name });
			continue;
		}
		for (const name of readdirSync(join(dir, entry.name)).sort())
			out.push({ lang: entry.name, name });
	}
	return out;
}

/**
 * Read and check every story under `root`. Never throws for bad stories: every problem is
 * returned, located.
 */
export function checkStories(
	root: string,
	datasets: ReadonlyMap<string, CheckedDataset>,
	specs: ReadonlyMap<string, ComponentSpec>,
): { stories: StoryFile[]; problems: Problem[] } {
	const stories: StoryFile[] = [];
	const problems: Problem[] = [];
	for (const { lang, name } of storyFiles(root)) {
		const file = `${STORIES_DIR}/${lang ? `${lang}/` : ''}${name}`;
		if (name.startsWith('_') || name.startsWith('.')) continue;
		if (lang !== 'id' && lang !== 'en') {
			problems.push({
				file,
				line: 1,
				col: 1,
				severity: 'error',
				code: 'story-location',
				message:
					'stories live in src/content/stories/id/ (Indonesian) or src/content/stories/en/ (English)',
			});
			continue;
		}
		const slug = name.replace(/\.mdx$/, '');
		if (!name.endsWith('.mdx') || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
			problems.push({
				file,
				line: 1,
				col: 1,
				severity: 'error',
				code: 'story-filename',
				message: 'a story file name is its URL: lowercase letters, digits and "-", ending in .mdx',
				value: name,
				hint: name.endsWith('.md')
					? 'rename it to .mdx'
					: `e.g. ${name.toLowerCase().replace(/[^a-z0-9.]+/g, '-')}`,
			});
			continue;
		}
		const source = readFileSync(join(root, file), 'utf8');
		const fm = checkFrontmatter(source, file, { datasets, folderLang: lang });
		const parsed = parseMdx(source);
		problems.push(...fm.problems, ...lintBody(parsed, file, { datasets, specs }));
		if (fm.data && !fm.data.draft) problems.push(...bodyTodos(source, file));
		problems.push(...checkStoryFigures(source, parsed, file, fm.data, { datasets, lang, specs }));
		stories.push({
			id: `${lang}/${slug}`,
			lang,
			slug,
			file,
			source,
			parsed,
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
			if (other) {
				const line = s.source.split('\n').findIndex((l) => l.startsWith('translationKey')) + 1;
				problems.push({
					file: s.file,
					line: line || 1,
					col: 1,
					severity: 'error',
					code: 'duplicate-translation-key',
					message: `translationKey "${key}" is also used by ${other.file}`,
					hint: 'each language may have one story per translationKey',
				});
			} else keys.set(key, s);
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
