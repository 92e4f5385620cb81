// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// BASE_PATH serves the whole site under a sub-path (e.g. BASE_PATH=/berita/devisa).
// OUT_DIR lets scripts/build.mjs build into a temporary folder and swap it in atomically.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://lumbungdevisa.id';
// CACHE_DIR keeps parallel builds (tests, benchmarks) from sharing Astro's content cache.
const cacheDir = process.env.CACHE_DIR || './node_modules/.astro';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR || './dist',
	cacheDir,
	integrations: [
		mdx(),
		// The guide and the chart embeds are for journalists and partners, not for search engines.
		// (No i18n option: English paths are not /en/ + the Indonesian path; pages carry hreflang.)
		sitemap({ filter: (page) => !/\/(panduan|embed)\//.test(page) }),
	],
	build: { format: 'directory' },
	// Indonesian at the root, English under /en/; Astro.currentLocale tells components the language.
	i18n: {
		locales: ['id', 'en'],
		defaultLocale: 'id',
		routing: { prefixDefaultLocale: false },
	},
	markdown: { syntaxHighlight: false },
	vite: { build: { assetsInlineLimit: 0 } },
});
