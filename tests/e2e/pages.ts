// The pages of the built site the browser gates visit, read from the build on disk when the test
// files are collected (so Playwright can spread one test per page over its workers): every page
// of the sitemap, plus the pages the sitemap leaves out on purpose (the component guide, chart
// embeds, the 404 page).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SITE_DIR = resolve(process.env.E2E_SITE ?? '.ci-out/site');

/** A page to visit: its path below the base (`''` is the front page) and the status it answers. */
export interface SitePage {
	path: string;
	status: number;
	/** Why the page is visited although the sitemap leaves it out. */
	extra?: string;
	/** A selector that appears once the page's script has done its work. */
	ready?: string;
}

function locs(xml: string): string[] {
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}

/** Paths (below the base, no leading slash) of every page in the built sitemap. */
export function sitemapPaths(dir = SITE_DIR): string[] {
	const index = join(dir, 'sitemap-index.xml');
	if (!existsSync(index)) return [];
	const paths: string[] = [];
	for (const map of locs(readFileSync(index, 'utf8'))) {
		const file = join(dir, new URL(map).pathname.split('/').pop() ?? '');
		for (const loc of locs(readFileSync(file, 'utf8'))) paths.push(new URL(loc).pathname);
	}
	// Sitemap URLs carry the base path; strip the longest common prefix that ends in '/'.
	const base = paths.reduce((prefix, p) => {
		while (!p.startsWith(prefix))
			prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
		return prefix;
	}, paths[0] ?? '/');
	return paths.map((p) => p.slice(base.length)).sort();
}

function pagesUnder(dir: string, prefix: string): string[] {
	const root = join(dir, prefix);
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.html')))
		.map((d) => `${prefix}${d.name}/`)
		.sort();
}

/** Every page the browser gates visit. */
export function sitePages(dir = SITE_DIR): SitePage[] {
	const pages: SitePage[] = sitemapPaths(dir).map((path) => ({ path, status: 200 }));
	const listed = new Set(pages.map((p) => p.path));
	const add = (path: string, extra: string, status = 200, ready?: string) => {
		if (!listed.has(path)) pages.push({ path, status, extra, ready });
		listed.add(path);
	};
	if (existsSync(join(dir, 'panduan/komponen/index.html')))
		add('panduan/komponen/', 'component guide (noindex)');
	for (const path of [...pagesUnder(dir, 'embed/'), ...pagesUnder(dir, 'en/embed/')])
		add(path, 'chart embed (noindex)');
	// Search pages with a query run Pagefind (WebAssembly) under the page's policy.
	if (listed.has('cari/')) add('cari/?q=tenun', 'search results', 200, '[data-list] li');
	if (listed.has('en/search/')) add('en/search/?q=cocoa', 'search results', 200, '[data-list] li');
	if (existsSync(join(dir, '404.html'))) add('tidak-ada-halaman-ini/', '404 page', 404);
	return pages;
}
