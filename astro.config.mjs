// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// BASE_PATH serves the whole site under a sub-path (e.g. BASE_PATH=/berita/devisa).
// OUT_DIR lets scripts/build.mjs build into a temporary folder and swap it in atomically.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://lumbungdevisa.id';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR || './dist',
	integrations: [mdx()],
	build: { format: 'directory' },
	markdown: { syntaxHighlight: false },
	vite: { build: { assetsInlineLimit: 0 } },
});
