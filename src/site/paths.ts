// Links with the base path the site is built for (BASE_PATH); pure route logic is in src/lib/i18n.
import type { Lang } from '../lib/lang.ts';
import { withBase } from '../lib/base-path.ts';
import { routePath, type RouteName } from '../lib/i18n/routes.ts';

/** The site's address (`site` in astro.config.mjs, `SITE_URL` when set): always defined. */
export const SITE: URL = new URL(import.meta.env.SITE);

/** The base path, always ending in "/". */
export const BASE = import.meta.env.BASE_URL.endsWith('/')
	? import.meta.env.BASE_URL
	: `${import.meta.env.BASE_URL}/`;

/** A link to route `name` in `lang`, with the base path: `href('id', 'map')` → `/sub/peta/`. */
export function href(lang: Lang, name: RouteName, params: Record<string, string> = {}): string {
	return withBase(BASE, routePath(lang, name, params));
}

/** A link to a file or path under the site root, with the base path: `asset('/favicon.svg')`. */
export function asset(path: string): string {
	return withBase(BASE, path);
}
