// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { devChecks } from './src/integrations/dev-checks.ts';
import { deferScripts } from './src/integrations/defer-scripts.ts';
import { storyGuard } from './src/integrations/story-guard.ts';
import { normaliseBasePath } from './src/lib/base-path.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { quietBuildLog } from './src/lib/release/build-log.ts';

// BASE_PATH serves the whole site under a sub-path (e.g. BASE_PATH=/berita/devisa).
// OUT_DIR lets scripts/build.mjs build into a temporary folder and swap it in atomically.
const checked = normaliseBasePath(process.env.BASE_PATH);
if (!checked.ok) throw new Error(checked.message);
const base = checked.base;
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
		// Before any story's MDX is compiled: refuse it when anything in it would be evaluated.
		storyGuard(),
		mdx(),
		// The guide and the chart embeds are for journalists and partners, not for search engines.
		// (No i18n option: English paths are not /en/ + the Indonesian path; pages carry hreflang.)
		sitemap({ filter: (page) => !/\/(panduan|embed)\//.test(page) }),
		// npm run dev: data and story errors in the browser overlay, located (file:line:col).
		devChecks(),
		// Built pages import their chart and map modules after the first paint (hash in the CSP).
		deferScripts(),
		// _headers for Netlify / Cloudflare Pages (frame protection on every page but the embeds),
		// and a note on robots.txt when built for a sub-path: src/lib/release/headers.ts.
		hostFiles(),
	],
	// Stylesheets inline in each page (hashed by the CSP below): no render-blocking request before
	// the first paint. Lighthouse mobile, front page: LCP 0.92–1.40 s with linked CSS, 0.77–0.87 s
	// inline (bench/README.md). Leaflet's CSS still loads only with a live map. Four pages render at
	// a time: share images are drawn by sharp off the main thread meanwhile (1,000 stories build
	// about a third faster); output stays byte-identical (checked by npm test's double build).
	build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
	// Indonesian at the root, English under /en/; Astro.currentLocale tells components the language.
	i18n: {
		locales: ['id', 'en'],
		defaultLocale: 'id',
		routing: { prefixDefaultLocale: false },
	},
	// A strict Content-Security-Policy in every page (a <meta> with hashes of Astro's own inline
	// scripts and styles): no 'unsafe-inline', nothing from other hosts. The search pages add
	// 'wasm-unsafe-eval' for Pagefind's WebAssembly (SearchPage.astro); no other page has it.
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"media-src 'none'",
				"object-src 'none'",
				"frame-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	markdown: { syntaxHighlight: false },
	// The bundler's known-harmless warnings stay out of the build log, where journalists would take
	// them for their own errors (src/lib/release/build-log.ts).
	vite: { build: { assetsInlineLimit: 0, rolldownOptions: { onLog: quietBuildLog } } },
});
