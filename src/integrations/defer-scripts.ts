/**
 * `astro build`: after Astro has written every page, rewrite each one so its enhancement modules
 * load after the first paint and its Content-Security-Policy lists only the page's own inline
 * hashes ({@link releasePage}). Build-only; `npm run dev` keeps Astro's script tags and policy.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { releasePage } from '../lib/release/defer-scripts.ts';

export function deferScripts(): AstroIntegration {
	return {
		name: 'lumbung-devisa:defer-scripts',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let pages = 0;
				for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const path = join(entry.parentPath, entry.name);
					const name = relative(root, path);
					const before = readFileSync(path, 'utf8');
					const after = releasePage(before, name);
					if (after.html !== before) writeFileSync(path, after.html);
					if (after.urls.length) pages++;
				}
				logger.info(
					`module scripts load after the first paint in ${pages} pages; each page's CSP lists only its own inline hashes`,
				);
			},
		},
	};
}
