/**
 * `astro build`: the files a static host reads beside the pages. Writes `_headers` from the pages
 * the build made ({@link headersFile}: frame protection on every page but chart embeds), and,
 * when the site is built for a sub-path, says where `robots.txt` has to go (crawlers only read it
 * at the root of a host). Build-only.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../format/index.ts';
import { withBase } from '../i18n/index.ts';
import { routePath } from '../i18n/routes.ts';
import { headersFile } from './headers.ts';

/** The note printed after a sub-path build: robots.txt only works at the root of the host. */
export function robotsNote(base: string, site: string): string {
	const root = new URL('/robots.txt', site).href;
	return (
		`built for the sub-path ${base}: crawlers read robots.txt only at ${root}, so the copy at ` +
		`${withBase(base, 'robots.txt')} is not read. Add its lines to the host's own robots.txt ` +
		'(docs/hosting.md); every page also links the sitemap in its <head>.'
	);
}

export function hostFiles(): AstroIntegration {
	let base = '/';
	let site = 'https://lumbungdevisa.id';
	return {
		name: 'lumbung-devisa:host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withBase(config.base, '');
				site = config.site ?? site;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = readdirSync(root, { recursive: true, withFileTypes: true })
					.filter((e) => e.isFile() && e.name.endsWith('.html'))
					.map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
				// Chart embeds, in every language: /embed/<id>/, /en/embed/<id>/.
				const embeds = LANGS.map((lang) =>
					withBase(base, routePath(lang, 'embed', { id: 'x' }).replace(/x\/$/, '')),
				);
				const text = headersFile({
					base,
					pages,
					framable: (url) => embeds.some((prefix) => url.startsWith(prefix)),
				});
				writeFileSync(join(root, '_headers'), text);
				logger.info(
					`_headers: every page but the chart embeds refuses framing by other sites (${pages.length} pages)`,
				);
				if (base !== '/') logger.info(robotsNote(base, site));
			},
		},
	};
}
