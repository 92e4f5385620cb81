// The writing guide (docs/panduan.md, docs/guide.md) must stay true: every error code the data
// and story checks can emit is explained in both languages (and no code that no longer exists),
// every command, option and path it names exists, every frontmatter key and story component is
// covered, and its MDX examples pass the lint.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/data/load.ts';
import { formatReport } from '../../src/lib/data/problems.ts';
import { parseMdx } from '../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../src/lib/mdx/registry.ts';
import { FRONTMATTER_HELP } from '../../src/lib/stories/frontmatter.ts';
import { lintBody } from '../../src/lib/stories/lint.ts';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = ['docs/panduan.md', 'docs/guide.md'];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Codes a module can emit: `code: '…'` (also in a conditional) and `problem('…'` helpers. */
function emittedCodes(): Map<string, string> {
	const codes = new Map<string, string>();
	const CODE = "'([a-z]+(?:-[a-z]+)+)'";
	for (const dir of ['src/lib/data', 'src/lib/stories', 'src/lib/mdx', 'src/lib/mdx/specs']) {
		for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
			const text = read(`${dir}/${name}`);
			for (const m of text.matchAll(/\bcode:\s*([^,\n]+)/g)) {
				for (const c of (m[1] ?? '').matchAll(new RegExp(CODE, 'g'))) {
					codes.set(c[1] ?? '', `${dir}/${name}`);
				}
			}
			for (const m of text.matchAll(
				new RegExp(`\\bproblem\\(\\s*(?:${CODE}|[^;]*?,\\s*${CODE})`, 'g'),
			)) {
				const code = m[1] ?? m[2];
				if (code) codes.set(code, `${dir}/${name}`);
			}
		}
	}
	return codes;
}

/** Codes in the guide's tables: the first cell of a table row, in backticks. */
const documentedCodes = (text: string) =>
	new Set([...text.matchAll(/^\| `([a-z]+(?:-[a-z]+)+)` +\|/gm)].map((m) => m[1] ?? ''));

const codes = emittedCodes();

describe.each(DOCS)('%s', (file) => {
	const text = read(file);

	it('explains every error code the checks can emit', () => {
		expect(codes.size).toBeGreaterThan(60);
		const documented = documentedCodes(text);
		const missing = [...codes].filter(([c]) => !documented.has(c)).map(([c, f]) => `${c} (${f})`);
		expect(missing).toEqual([]);
	});

	it('lists no code that no longer exists', () => {
		expect([...documentedCodes(text)].filter((c) => !codes.has(c))).toEqual([]);
	});

	it('names only npm scripts that exist, with options their scripts read', () => {
		const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
		const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
		expect(used.length).toBeGreaterThan(5);
		for (const name of used) expect(Object.keys(scripts), name).toContain(name);
		// Every --option the guide mentions is one the scaffolders read.
		const options =
			read('scripts/new-story.ts') + read('scripts/new-dataset.ts') + read('scripts/new-source.ts');
		for (const m of text.matchAll(/`(--[a-z-]+)/g)) {
			const name = m[1]?.slice(2) ?? '';
			expect(options.includes(`'${name}'`) || options.includes(`${name}: {`), `--${name}`).toBe(
				true,
			);
		}
	});

	it('names only paths that exist', () => {
		const paths = [...text.matchAll(/`((?:data|src|docs|scripts|public|tests)\/[^`\s]*)`/g)]
			.map((m) => m[1] ?? '')
			.filter((p) => !/[<*…]/.test(p));
		expect(paths.length).toBeGreaterThan(10);
		for (const p of paths) expect(existsSync(join(ROOT, p)), p).toBe(true);
	});

	it('documents every frontmatter key and names every story component', () => {
		for (const key of Object.keys(FRONTMATTER_HELP)) expect(text, key).toContain(`| \`${key}\``);
		for (const name of COMPONENT_SPECS.keys()) expect(text, name).toContain(`<${name}`);
	});

	it('shows MDX examples that pass the lint with the real data', () => {
		const { datasets } = loadCatalog(ROOT);
		const blocks = [...text.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
		expect(blocks.length).toBeGreaterThanOrEqual(3);
		for (const mdx of blocks) {
			const problems = lintBody(parseMdx(mdx), 'src/content/stories/id/contoh.mdx', {
				datasets,
				specs: COMPONENT_SPECS,
			});
			expect(problems, formatReport(problems)).toEqual([]);
		}
	});
});

it('the README links the guide in both languages', () => {
	const readme = read('README.md');
	for (const file of DOCS) expect(readme).toContain(`(${file})`);
});
