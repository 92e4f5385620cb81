// The hosting guide (docs/hosting.md, docs/panduan-hosting.md) must stay true: both languages carry
// the same configuration, the header values it gives are the ones the build writes to _headers
// (src/lib/release/headers.ts), the CloudFront function does what the guide says, and every path
// and npm script it names exists. The nginx configuration is served for real by
// tests/e2e/nginx.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CACHE_RULES,
	COMMON_HEADERS,
	EMBED_HEADERS,
	PAGE_HEADERS,
} from '../../src/lib/release/headers.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const DOCS = { en: 'docs/hosting.md', id: 'docs/panduan-hosting.md' };

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(text: string): { lang: string; code: string }[] {
	return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
		lang: m[1] ?? '',
		code: m[2] ?? '',
	}));
}

const en = read(DOCS.en);
const id = read(DOCS.id);

describe('the hosting guide', () => {
	it('gives the same configuration in both languages, and they link each other', () => {
		const config = (text: string) =>
			codeBlocks(text)
				.filter((b) => b.lang !== 'sh')
				.map((b) => b.code);
		expect(config(en).length).toBeGreaterThanOrEqual(3);
		expect(config(id)).toEqual(config(en));
		expect(en).toContain('(panduan-hosting.md)');
		expect(id).toContain('(hosting.md)');
	});

	it('gives nginx the header values the build writes to _headers', () => {
		const nginx = codeBlocks(en).find((b) => b.lang === 'nginx')?.code ?? '';
		for (const [name, value] of COMMON_HEADERS)
			expect(nginx, name).toContain(`add_header ${name} "${value}" always;`);
		for (const [, value] of [...PAGE_HEADERS, ...EMBED_HEADERS])
			expect(nginx).toContain(`"${value}"`);
		for (const [folder, value] of CACHE_RULES)
			expect(nginx).toMatch(new RegExp(`\\^/lumbung-devisa/${folder}/ +"${value}"`));
	});

	it('lists in its table every header the build sends', () => {
		for (const text of [en, id])
			for (const [name, value] of [...COMMON_HEADERS, ...PAGE_HEADERS])
				expect(text, name).toContain(`\`${value}\``);
	});

	it("has a CloudFront function that serves folders' index files and adds the missing slash", () => {
		const code = codeBlocks(en).find((b) => b.lang === 'js')?.code ?? '';
		type Result = { uri?: string; statusCode?: number; headers?: { location: { value: string } } };
		const handler = new Function(`${code}\nreturn handler;`)() as (event: {
			request: { uri: string };
		}) => Result;
		const run = (uri: string) => handler({ request: { uri } });
		expect(run('/lumbung-devisa/').uri).toBe('/lumbung-devisa/index.html');
		expect(run('/lumbung-devisa/cerita/a/').uri).toBe('/lumbung-devisa/cerita/a/index.html');
		expect(run('/lumbung-devisa/cerita')).toEqual({
			statusCode: 301,
			statusDescription: 'Moved Permanently',
			headers: { location: { value: '/lumbung-devisa/cerita/' } },
		});
		expect(run('/lumbung-devisa/_astro/a.B1c2D3e4.js').uri).toBe(
			'/lumbung-devisa/_astro/a.B1c2D3e4.js',
		);
	});

	it('names only paths and npm scripts that exist', () => {
		const scripts = Object.keys(JSON.parse(read('package.json')).scripts as object);
		for (const text of [en, id]) {
			const paths = [...text.matchAll(/`((?:src|tests|docs|scripts)\/[^`\s]*)`/g)].map(
				(m) => m[1] ?? '',
			);
			expect(paths.length).toBeGreaterThan(3);
			for (const p of paths) expect(existsSync(join(ROOT, p)), p).toBe(true);
			for (const m of text.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toContain(m[1]);
		}
	});
});
