// Every error a journalist can meet names the file, line and column, the value found, what was
// expected and a hint, with a "did you mean" for a misspelt name, in words from the message
// catalogue (Indonesian by default, English when asked): on every case of the bad-input
// catalogue, and on a catalogue of broken stories covering each MDX lint and frontmatter code.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/data/load.ts';
import { formatProblem, renderProblem, type Problem } from '../../src/lib/data/problems.ts';
import { isSaid } from '../../src/lib/messages/index.ts';
import { parseMdx } from '../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../src/lib/mdx/registry.ts';
import { checkFrontmatter } from '../../src/lib/stories/frontmatter.ts';
import { lintBody } from '../../src/lib/stories/lint.ts';
import { loadCase } from './data/fixture-catalog.ts';

function complete(p: Problem) {
	const text = formatProblem(p);
	expect(p.line, text).toBeGreaterThanOrEqual(0);
	expect(p.value, `${text}\n(no value)`).toBeDefined();
	expect(p.expected, `${text}\n(no expected)`).toBeTruthy();
	expect(p.hint, `${text}\n(no hint)`).toBeTruthy();
	// Catalogued words, so the reader gets them in their language.
	expect(isSaid(p.message), `${text}\n(message not in the catalogue)`).toBe(true);
	expect(isSaid(p.hint), `${text}\n(hint not in the catalogue)`).toBe(true);
	const [id, en] = [renderProblem(p, 'id'), renderProblem(p, 'en')];
	expect(id.message, `${text}\n(the same words in both languages)`).not.toBe(en.message);
}

describe('data problems', () => {
	const cases = [
		...new Set(
			readdirSync(join(import.meta.dirname, '../fixtures/bad')).map((f) =>
				f.replace(/\.(csv|dataset\.json)$/, ''),
			),
		),
	];
	it.each(cases)('%s: every problem has its value, what was expected and a hint', (name) => {
		const { problems } = loadCase(name);
		for (const p of problems) complete(p);
	});
});

const { datasets } = loadCatalog(process.cwd());
const FILE = 'src/content/stories/id/uji.mdx';
const FRONT = [
	'---',
	"title: 'Uji'",
	"dek: 'Cerita uji.'",
	"authors: ['Redaksi']",
	'published: 2024-02-28',
	'lang: id',
	'translationKey: uji',
	'---',
	'',
];

describe('story problems', () => {
	it.each([
		['mdx-syntax', 'Teks <Fact id="dd-penerima-2025">'],
		['mdx-forbidden-import', "import x from 'node:fs'"],
		['mdx-forbidden-export', 'export const x = 1'],
		['mdx-forbidden-expression', 'Ada {1 + 1} desa.'],
		['mdx-forbidden-element', '<script>alert(1)</script>'],
		['mdx-forbidden-attribute', 'Ada <Cite source="memontum-penghargaan" onClick="x" />.'],
		['mdx-unsafe-url', '[klik](javascript:alert(1))'],
		['mdx-unknown-component', 'Ada <Fakt id="dd-penerima-2025" />.', /did you mean <Fact>/],
		['mdx-unknown-prop', 'Ada <Fact idd="dd-penerima-2025" />.', /did you mean "id"/],
		['mdx-missing-prop', 'Ada <Fact />.'],
		['mdx-prop-not-literal', 'Ada <Fact id={nama} />.'],
		[
			'mdx-invalid-prop',
			'<DataTable dataset="villages" columns={["name"]} caption="x" descending="ya" />',
		],
		[
			'mdx-unknown-dataset',
			'<DataTable dataset="vilages" columns={["name"]} caption="x" />',
			/did you mean "villages"/,
		],
		[
			'chart-unknown-column',
			'Ada <Value dataset="dd-national" column="vilages" where={{ as_of: "2025-03" }} />.',
			/did you mean "villages"/,
		],
		[
			'chart-column-type',
			'Ada <Value dataset="villages" column="name" where={{ id: "parengan" }} />.',
		],
		[
			'mdx-where-no-match',
			'Ada <Value dataset="dd-national" column="villages" where={{ as_of: "2025-3" }} />.',
			/did you mean "2025-03"/,
		],
		[
			'mdx-unknown-reference',
			'Ada <Fact id="dd-penerima-202" />.',
			/did you mean "dd-penerima-2025"/,
		],
		['mdx-image-alt', '![](/img/x.jpg)'],
		['mdx-external-image', '![Peta](https://example.org/x.jpg)'],
		['mdx-inline-position', '<Fact id="dd-penerima-2025" />'],
		[
			'mdx-block-position',
			'Lihat <DataTable dataset="villages" columns={["name"]} caption="x" /> ini.',
		],
	] as const)('%s', (code, body, hint?: RegExp) => {
		const source = [...FRONT, body, ''].join('\n');
		const problems = lintBody(parseMdx(source), FILE, { datasets, specs: COMPONENT_SPECS });
		const p = problems.find((x) => x.code === code);
		expect(p, JSON.stringify(problems)).toBeDefined();
		expect(p?.line).toBe(FRONT.length + 1);
		complete(p!);
		if (hint) expect(renderProblem(p!, 'en').hint).toMatch(hint);
	});

	it.each([
		['frontmatter-missing', FRONT.filter((l) => !l.startsWith('title'))],
		['frontmatter-yaml', FRONT.map((l) => (l.startsWith('lang') ? 'lang: [id' : l))],
		[
			'frontmatter-type',
			FRONT.map((l) => (l.startsWith('published') ? 'published: 2024-02-30' : l)),
		],
		[
			'frontmatter-reference',
			[...FRONT.slice(0, 7), "regions: ['lamonga']", ...FRONT.slice(7)],
			/did you mean "lamongan"/,
		],
		[
			'frontmatter-unknown-key',
			[...FRONT.slice(0, 7), 'drafts: true', ...FRONT.slice(7)],
			/did you mean "draft"/,
		],
		['frontmatter-todo', FRONT.map((l) => (l.startsWith('dek') ? "dek: 'TODO: dek'" : l))],
	] as const)('%s', (code, lines, hint?: RegExp) => {
		const { problems } = checkFrontmatter(lines.join('\n'), FILE, { datasets, folderLang: 'id' });
		const p = problems.find((x) => x.code === code);
		expect(p, JSON.stringify(problems)).toBeDefined();
		expect(p?.line).toBeGreaterThan(1);
		if (code === 'frontmatter-yaml') {
			expect(p?.hint).toBeTruthy();
			return;
		}
		complete(p!);
		if (hint) expect(renderProblem(p!, 'en').hint).toMatch(hint);
	});
});
