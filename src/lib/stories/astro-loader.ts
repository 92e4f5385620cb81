/**
 * The content loader for stories: checks every story (frontmatter at its real line, the MDX lint,
 * cross-story rules) and throws one located report before Astro's own glob loader stores them.
 * Throwing is what fails `astro build`; in `npm run dev` the same report is logged on every
 * change and the story's page shows it in the error overlay (see vite-plugin.ts).
 */
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { catalog } from '../data/astro-loader.ts';
import { DataError, formatReport, hasErrors } from '../data/problems.ts';
import { COMPONENT_SPECS } from '../mdx/registry.ts';
import { STORIES_DIR, checkStories } from './load.ts';

/** Check every story now; throw a located report when any has an error. */
export function assertStoriesValid(root = process.cwd()): void {
	const { problems } = checkStories(root, catalog().datasets, COMPONENT_SPECS);
	if (hasErrors(problems)) throw new DataError(problems, 'Invalid stories');
}

/** Stories: `src/content/stories/<lang>/<slug>.mdx`, id `<lang>/<slug>`. */
export function storiesLoader(): Loader {
	const inner = glob({ pattern: ['id/[!_]*.mdx', 'en/[!_]*.mdx'], base: `./${STORIES_DIR}` });
	return {
		name: 'lumbung-stories',
		load: async (context) => {
			const { problems } = checkStories(process.cwd(), catalog().datasets, COMPONENT_SPECS);
			if (hasErrors(problems)) throw new DataError(problems, 'Invalid stories');
			if (problems.length) context.logger.warn(formatReport(problems));
			await inner.load(context);
			context.watcher?.on('all', (_event, path) => {
				if (!/[\\/]content[\\/]stories[\\/].*\.mdx$/.test(path)) return;
				const again = checkStories(process.cwd(), catalog().datasets, COMPONENT_SPECS);
				if (again.problems.length) context.logger.error(formatReport(again.problems));
			});
		},
	};
}
