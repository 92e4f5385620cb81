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
import { LANGS } from '../lib/lang.ts';
import { withBase } from '../lib/base-path.ts';
import { robotsNote } from '../lib/release/robots.ts';
import { routePath } from '../lib/i18n/routes.ts';
import { headersFile } from '../lib/release/headers.ts';

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
