/**
 * `npm run dev` shows every data and story error in the browser's error overlay, located
 * (file:line:col, the code around it, the hint), exactly as `astro build` reports it, and goes
 * back to the page as soon as the file is fixed.
 *
 * Two parts, both dev-only:
 * - a Vite plugin whose `transform` (enforce "pre") checks a story's MDX when it is loaded and
 *   raises the story's problems as a located Vite error; it also reloads the browser when a data
 *   or story file changes, so the overlay appears and clears without a manual refresh;
 * - an Astro middleware (src/integrations/dev-middleware.ts) that runs the data and story checks before
 *   every page, so a broken CSV or story shows on whatever page is open.
 */
import { relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { storyError } from '../lib/stories/dev-checks.ts';
import { STORIES_DIR } from '../lib/stories/load.ts';

/** Repo-relative story path of a Vite module id, or undefined when it is not a story. */
export function storyPathOf(id: string, root: string): string | undefined {
	const path = id.split('?')[0] ?? '';
	const rel = relative(root, path).split(sep).join('/');
	return new RegExp(`^${STORIES_DIR}/(id|en)/[^_/][^/]*\\.mdx$`).test(rel) ? rel : undefined;
}

const WATCHED = /[\\/](data[\\/][^\\/]+\.(csv|dataset\.json)|content[\\/]stories[\\/].+\.mdx)$/;

/** The Vite half: located story errors on transform, and a reload when data or stories change. */
export function storyChecksPlugin(root = process.cwd()): Plugin {
	let server: ViteDevServer | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	return {
		name: 'lumbung-story-checks',
		apply: 'serve',
		enforce: 'pre',
		configureServer(s) {
			server = s;
			s.watcher.on('all', (_event, path) => {
				if (!WATCHED.test(path)) return;
				// One reload after a burst of saves; the page then shows the error or the fixed page.
				clearTimeout(timer);
				timer = setTimeout(() => server?.ws.send({ type: 'full-reload', path: '*' }), 150);
			});
		},
		transform(_code, id) {
			const file = storyPathOf(id, root);
			if (!file) return null;
			const error = storyError(root, file);
			if (error) throw error;
			return null;
		},
	};
}

/**
 * The integration to list in astro.config.mjs: adds {@link storyChecksPlugin} and, in dev, the
 * middleware that checks data and stories before each page.
 */
export function devChecks(): AstroIntegration {
	return {
		name: 'lumbung-dev-checks',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware, updateConfig }) => {
				if (command !== 'dev') return;
				updateConfig({ vite: { plugins: [storyChecksPlugin()] } });
				addMiddleware({
					order: 'pre',
					entrypoint: new URL('./dev-middleware.ts', import.meta.url),
				});
			},
		},
	};
}
