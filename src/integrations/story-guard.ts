/**
 * The story guard: the last gate before a story's MDX becomes code. Whatever path leads Vite to
 * compile a file under src/content/stories/ (the collection, a page, a stray import), this
 * plugin reads the file first and refuses it, located, when it is not one of the listed stories
 * or when anything in it would be evaluated: an import or export, an expression that is more
 * than a comment, an attribute that is not a literal. The content loader has already refused
 * such a story with the full report; this is the same rule (`codeProblems`) at the compiler's
 * door, so a gap elsewhere can never run a story's code.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { hasErrors } from '../lib/data/problems.ts';
import { langSetting } from '../lib/messages/index.ts';
import { parseMdx } from '../lib/mdx/extract.ts';
import { LocatedError } from '../lib/stories/dev-checks.ts';
import { codeProblems } from '../lib/stories/lint.ts';
import { STORIES_DIR, listStoryFiles } from '../lib/stories/load.ts';

/** The Vite plugin; `root` is the project root. */
export function storyGuardPlugin(root = process.cwd()): Plugin {
	return {
		name: 'lumbung-story-guard',
		enforce: 'pre',
		transform(_code, id) {
			const path = id.split('?')[0] ?? '';
			const file = relative(root, path).split(sep).join('/');
			if (!file.startsWith(`${STORIES_DIR}/`)) return null;
			const listed = listStoryFiles(root);
			const refused = listed.problems.filter((p) => p.file === file);
			const lang = langSetting(process.env);
			if (refused.length) throw new LocatedError(refused, 'stories', root, lang);
			if (!listed.stories.some((s) => s.file === file)) return null;
			const problems = codeProblems(parseMdx(readFileSync(path, 'utf8')), file);
			if (hasErrors(problems)) throw new LocatedError(problems, 'stories', root, lang);
			return null;
		},
	};
}

/** The integration to list in astro.config.mjs (build and dev alike). */
export function storyGuard(): AstroIntegration {
	return {
		name: 'lumbung-story-guard',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [storyGuardPlugin()] } });
			},
		},
	};
}
