// The writing guide (docs/panduan.md, docs/guide.md) must stay true: every error code the data
// and story checks can emit (the ProblemCode union of the message catalogue) is explained in
// both languages (and no code that no longer exists), its example messages are the words the
// checks print in the guide's language,
// every command, option and path it names exists, every frontmatter key and story component is
// covered, and its MDX examples pass the lint.
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/data/load.ts';
import { formatProblem, formatReport } from '../../src/lib/data/problems.ts';
import { PROBLEM_CODES, type ProblemCode } from '../../src/lib/messages/index.ts';
import { parseMdx } from '../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../src/lib/mdx/registry.ts';
import { checkFrontmatter, FRONTMATTER_HELP } from '../../src/lib/stories/frontmatter.ts';
import { lintBody } from '../../src/lib/stories/lint.ts';
import { checkStories } from '../../src/lib/stories/load.ts';
import {
	headlineFigureProblems,
	proseNumberProblems,
} from '../../src/lib/stories/prose-numbers.ts';
import { strongWordProblems } from '../../src/lib/stories/strong-words.ts';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = ['docs/panduan.md', 'docs/guide.md'];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Every code a check can report: the ProblemCode union, as the catalogue lists it. */
const codes: ReadonlySet<ProblemCode> = new Set(PROBLEM_CODES);

/** Codes in the guide's tables: the first cell of a table row, in backticks. */
const documentedCodes = (text: string) =>
	new Set([...text.matchAll(/^\| `([a-z]+(?:-[a-z]+)+)` +\|/gm)].map((m) => m[1] ?? ''));

describe.each(DOCS)('%s', (file) => {
	const text = read(file);

	it('explains every error code the checks can emit', () => {
		expect(codes.size).toBeGreaterThan(60);
		const documented = documentedCodes(text);
		const missing = [...codes].filter((c) => !documented.has(c));
		expect(missing).toEqual([]);
	});

	it('lists no code that no longer exists', () => {
		expect([...documentedCodes(text)].filter((c) => !codes.has(c as ProblemCode))).toEqual([]);
	});

	it('names only npm scripts that exist, with options their scripts read', () => {
		const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
		const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
		expect(used.length).toBeGreaterThan(5);
		for (const name of used) expect(Object.keys(scripts), name).toContain(name);
		// Every --option the guide mentions is one the scaffolders or kirim read.
		const options = ['new-story', 'new-dataset', 'new-source', 'kirim']
			.map((s) => read(`scripts/${s}.ts`))
			.join('');
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

/** The frontmatter the guide's figure examples are checked under: the text starts on line 10. */
const FRONT = (lang: 'id' | 'en') =>
	`---\ntitle: 'x'\ndek: 'x'\nauthors: ['x']\npublished: 2026-11-23\nlang: ${lang}\ntranslationKey: x\n---\n\n`;

/** Fenced blocks in order: info string and text. */
const fences = (text: string) =>
	[...text.matchAll(/^```([\w-]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
		info: m[1] ?? '',
		body: m[2] ?? '',
		end: (m.index ?? 0) + m[0].length,
		start: m.index ?? 0,
	}));

/** The `file:line:col: severity code …` lines of an output block. */
const reportLines = (body: string) => body.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));

describe.each([
	['docs/panduan.md', 'id'],
	['docs/guide.md', 'en'],
] as const)('%s: every figure is checked', (file, lang) => {
	const text = read(file);
	const blocks = fences(text);
	const { datasets } = loadCatalog(ROOT);
	const next = (i: number) => {
		const b = blocks[i + 1];
		const here = blocks[i];
		return b && here && text.slice(here.end, b.start).trim() === '' ? b : undefined;
	};

	it('shows each MDX example with exactly the prose-number errors it produces', () => {
		const shown = blocks.filter((b) => b.info === 'mdx');
		expect(shown.length).toBeGreaterThanOrEqual(3);
		let checked = 0;
		blocks.forEach((b, i) => {
			if (b.info !== 'mdx') return;
			const source = `${FRONT(lang)}${b.body}`;
			const problems = proseNumberProblems(
				parseMdx(source),
				source,
				`src/content/stories/${lang}/x.mdx`,
			);
			const out = next(i);
			const expected =
				out && out.info === ''
					? reportLines(out.body).filter((l) => l.includes(' prose-number '))
					: [];
			checked += expected.length;
			expect(problems.map((p) => formatProblem(p, lang).split('\n')[0])).toEqual(expected);
		});
		expect(checked).toBeGreaterThan(0);
	});

	it('shows the strong-word warning its example gives, and none once it is cited', () => {
		const shown = blocks.flatMap((b, i) => {
			const out = next(i);
			const lines = out ? reportLines(out.body).filter((l) => l.includes(' strong-word ')) : [];
			return b.info === 'mdx' && lines.length ? [{ body: b.body, lines }] : [];
		});
		expect(shown).toHaveLength(1);
		for (const { body, lines } of shown) {
			const warnings = (mdx: string) => {
				const source = `${FRONT(lang)}${mdx}`;
				return strongWordProblems(parseMdx(source), source, `src/content/stories/${lang}/x.mdx`);
			};
			expect(warnings(body).map((p) => formatProblem(p, lang).split('\n')[0])).toEqual(lines);
			expect(warnings(body.replace(/\.\n$/, '.<Cite source="indovoices-nusasari" />\n'))).toEqual(
				[],
			);
		}
	});

	it('shows a headline figures declaration that the build accepts', () => {
		const yaml = blocks.find((b) => b.info === 'yaml' && /^figures:/m.test(b.body));
		expect(yaml).toBeDefined();
		const source = `---\n${yaml?.body}dek: 'x'\nauthors: ['x']\npublished: 2026-11-23\nlang: ${lang}\ntranslationKey: x\n---\n\nx\n`;
		const fm = checkFrontmatter(source, 'x.mdx', { datasets, folderLang: lang });
		expect(fm.problems).toEqual([]);
		if (!fm.data) throw new Error('no frontmatter');
		expect(headlineFigureProblems(source, 'x.mdx', fm.data, { datasets, lang })).toEqual([]);
		// …and the same headline with the figure changed is refused.
		const wrong = source.replaceAll(/1[.,]909/g, (m) => m.replace('909', '908'));
		const wfm = checkFrontmatter(wrong, 'x.mdx', { datasets, folderLang: lang });
		expect(
			headlineFigureProblems(wrong, 'x.mdx', wfm.data!, { datasets, lang }).map((p) => p.code),
		).toEqual(['frontmatter-figure']);
	});

	it('shows the quote-mismatch error the data would give without the figure in its quote', () => {
		const line = text.match(/^data\/\S+\.csv:\d+:\d+: error quote-mismatch .*$/m)?.[0];
		expect(line).toBeDefined();
		const source = / "([^"]+)" \(data\/sources\.csv:\d+\)$/.exec(line ?? '')?.[1] ?? '';
		const value = /\] (\S+) \//.exec(line ?? '')?.[1] ?? '';
		const temp = mkdtempSync(join(tmpdir(), 'lumbung-docs-'));
		try {
			cpSync(join(ROOT, 'data'), join(temp, 'data'), { recursive: true });
			const csv = join(temp, 'data/sources.csv');
			const rows = readFileSync(csv, 'utf8').split('\n');
			const at = rows.findIndex((r) => r.startsWith(`${source},`));
			expect(at).toBeGreaterThan(0);
			const forms = [value, value.replace(/\./g, ',')];
			rows[at] = forms.reduce((r, f) => r.replaceAll(f, '…'), rows[at] ?? '');
			writeFileSync(csv, rows.join('\n'));
			const found = loadCatalog(temp).problems.filter((p) => p.code === 'quote-mismatch');
			expect(found.map((p) => formatProblem(p, lang).split('\n')[0])).toEqual([line]);
		} finally {
			rmSync(temp, { recursive: true, force: true });
		}
	});

	it('shows the translation-mismatch errors its two versions give', () => {
		const i = blocks.findIndex((b) => b.info === '' && b.body.includes(' translation-mismatch '));
		const [idBody, enBody] = blocks
			.slice(0, i)
			.filter((b) => b.info === 'mdx')
			.slice(-2);
		const temp = mkdtempSync(join(tmpdir(), 'lumbung-docs-'));
		try {
			for (const [l, body] of [
				['id', idBody?.body],
				['en', enBody?.body],
			] as const) {
				mkdirSync(join(temp, 'src/content/stories', l), { recursive: true });
				writeFileSync(join(temp, 'src/content/stories', l, 'x.mdx'), `${FRONT(l)}${body}`);
			}
			const found = checkStories(temp, datasets, COMPONENT_SPECS).problems;
			expect(reportLines(blocks[i]?.body ?? '')).toHaveLength(2);
			expect(found.map((p) => formatProblem(p, lang).split('\n')[0])).toEqual(
				reportLines(blocks[i]?.body ?? ''),
			);
		} finally {
			rmSync(temp, { recursive: true, force: true });
		}
	});
});

it('the README links the guide in both languages', () => {
	const readme = read('README.md');
	for (const file of DOCS) expect(readme).toContain(`(${file})`);
});
