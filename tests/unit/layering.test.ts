// The layering README.md describes: src/lib is pure TypeScript — it imports nothing from Astro or
// Vite and reads no build environment — so Vitest can test all of it without a build, and a
// reader finds Astro and Vite glue in one place, src/integrations.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? files(join(dir, e.name))
			: /\.(ts|mjs|js)$/.test(e.name)
				? [join(dir, e.name)]
				: [],
	);
}

/** Module specifiers of every import, export-from and dynamic import in `text`. */
const specifiers = (text: string) =>
	[
		...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm),
		...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
		...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
	].map((m) => m[1] ?? '');

it('src/lib imports nothing from Astro or Vite and reads no import.meta.env', () => {
	const found: string[] = [];
	for (const file of files('src/lib')) {
		const text = readFileSync(join(ROOT, file), 'utf8');
		for (const s of specifiers(text)) {
			// astro/zod is zod itself, re-exported: the schema library the stack names, no Astro runtime.
			if (s === 'astro/zod') continue;
			if (/^(astro|vite|@astrojs\/|virtual:)/.test(s) || /^astro:/.test(s))
				found.push(`${file}: ${s}`);
			if (/\.astro$/.test(s)) found.push(`${file}: ${s}`);
		}
		if (/import\.meta\.(env|glob)/.test(text)) found.push(`${file}: import.meta.env/glob`);
	}
	expect(found).toEqual([]);
});

it('Astro integrations and content loaders live in src/integrations', () => {
	const glue: string[] = [];
	for (const dir of ['src/lib', 'src/site', 'src/components', 'src/scripts']) {
		for (const file of files(dir)) {
			const text = readFileSync(join(ROOT, file), 'utf8');
			if (/\bAstroIntegration\b|from ['"]astro\/loaders['"]|\bdefineMiddleware\b/.test(text))
				glue.push(relative(ROOT, join(ROOT, file)));
		}
	}
	expect(glue).toEqual([]);
});

it('component folders hold components and their styles; helpers live in src/site or src/lib', () => {
	const helpers = files('src/components').filter((f) => /\.(ts|mjs|js)$/.test(f));
	expect(helpers).toEqual([]);
});
