/**
 * The site's routes in each language: Indonesian at the root, English under /en/ with English
 * path words. Pages and components build links only through {@link routePath}, so a renamed
 * route is one change, and the language switch can map any page to its twin.
 */
import type { Lang } from '../lang.ts';

/** Route names and their path templates per language; `{name}` is a parameter. */
export const ROUTES = {
	home: { id: '/', en: '/en/' },
	stories: { id: '/cerita/', en: '/en/stories/' },
	story: { id: '/cerita/{slug}/', en: '/en/stories/{slug}/' },
	regions: { id: '/wilayah/', en: '/en/regions/' },
	region: { id: '/wilayah/{slug}/', en: '/en/regions/{slug}/' },
	commodities: { id: '/komoditas/', en: '/en/commodities/' },
	commodity: { id: '/komoditas/{slug}/', en: '/en/commodities/{slug}/' },
	map: { id: '/peta/', en: '/en/map/' },
	villageFile: { id: '/peta/desa/{code}.json', en: '/en/map/villages/{code}.json' },
	data: { id: '/data/', en: '/en/data/' },
	dataset: { id: '/data/{id}/', en: '/en/data/{id}/' },
	datasetPage: { id: '/data/{id}/baris/{page}/', en: '/en/data/{id}/rows/{page}/' },
	datasetCsv: { id: '/data/{id}.csv', en: '/data/{id}.csv' },
	datapackage: { id: '/data/datapackage.json', en: '/data/datapackage.json' },
	search: { id: '/cari/', en: '/en/search/' },
	about: { id: '/tentang/', en: '/en/about/' },
	embed: { id: '/embed/{id}/', en: '/en/embed/{id}/' },
	rss: { id: '/rss.xml', en: '/en/rss.xml' },
	guide: { id: '/panduan/komponen/', en: '/panduan/komponen/' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A route name. */
export type RouteName = keyof typeof ROUTES;

/**
 * The site path (without the base path) of route `name` in `lang`, parameters filled in:
 * `routePath('en', 'region', { slug: 'lamongan' })` → `/en/regions/lamongan/`.
 * Throws when a parameter is missing or is not a safe path segment.
 */
export function routePath(
	lang: Lang,
	name: RouteName,
	params: Record<string, string> = {},
): string {
	return ROUTES[name][lang].replace(/\{(\w+)\}/g, (_, key: string) => {
		const value = params[key];
		if (value === undefined) throw new Error(`route "${name}" needs {${key}}`);
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
			throw new Error(`route "${name}": "${value}" is not a lowercase slug`);
		}
		return value;
	});
}

/** The language of a site path (without base): `/en/…` is English, everything else Indonesian. */
export function langOfPath(path: string): Lang {
	return /^\/en(\/|$)/.test(path) ? 'en' : 'id';
}
