// npm run new:story's output: a draft that passes the build's checks as written, whose commented
// examples (one per component of the registry) pass the MDX lint once uncommented, and whose
// TODOs stop it from being published.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatReport } from '../../../src/lib/data/problems.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { chartSpecs } from '../../../src/lib/mdx/specs/charts.ts';
import { mapSpecs } from '../../../src/lib/mdx/specs/maps.ts';
import { checkFrontmatter } from '../../../src/lib/stories/frontmatter.ts';
import { lintBody } from '../../../src/lib/stories/lint.ts';
import { bodyTodos } from '../../../src/lib/stories/load.ts';
import {
	lintsClean,
	slugify,
	storyExamples,
	storySource,
	type StoryDraft,
} from '../../../src/lib/stories/scaffold.ts';

const { datasets } = loadCatalog(process.cwd());
const specs = COMPONENT_SPECS;
const groups = {
	chart: new Set(chartSpecs.map((s) => s.name)),
	map: new Set(mapSpecs.map((s) => s.name)),
};
const FILE = 'src/content/stories/id/kakao-baru.mdx';

/** Every problem the build reports for a story file's text (frontmatter, lint, TODOs). */
function check(source: string, file = FILE) {
	const lang = file.includes('/en/') ? 'en' : 'id';
	const fm = checkFrontmatter(source, file, { datasets, folderLang: lang });
	const body = lintBody(parseMdx(source), file, { datasets, specs });
	const todos = fm.data && !fm.data.draft ? bodyTodos(source, file) : [];
	return [...fm.problems, ...body, ...todos];
}

/** Remove the comment markers around every component example. */
const uncomment = (source: string) =>
	source.replace(/\{\/\* [A-Z]\w+: [^\n]*\n([\s\S]*?)\n\*\/\}/g, '$1');

function draft(extra: Partial<StoryDraft> = {}): StoryDraft {
	const examples = storyExamples({
		datasets,
		specs,
		groups,
		dataset: 'kaltim-cocoa',
		idPrefix: 'kakao-baru',
		lang: 'id',
		regions: ['kutai-timur'],
		commodities: ['kakao'],
	});
	return {
		title: 'Kakao baru dari Kutai Timur',
		slug: 'kakao-baru',
		lang: 'id',
		published: '2026-11-23',
		authors: [],
		regions: ['kutai-timur'],
		commodities: ['kakao'],
		datasets: ['kaltim-cocoa'],
		examples,
		devPath: '/cerita/kakao-baru/',
		...extra,
	};
}

describe('slugify()', () => {
	it.each([
		['Kakao Kutai Timur', 'kakao-kutai-timur'],
		['Kopi Gayo & Ekspor: Apa Kabar 2025?', 'kopi-gayo-ekspor-apa-kabar-2025'],
		['Desa "Devisa" di Jawa  Timur', 'desa-devisa-di-jawa-timur'],
		["Jum'at di Parengan", 'jumat-di-parengan'],
		['Ekspor naik 25% — dan sesudahnya?', 'ekspor-naik-25-dan-sesudahnya'],
		['Café Bali', 'cafe-bali'],
		['  ', ''],
	])('%j → %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});

	it('cuts long titles at a word boundary', () => {
		const slug = slugify(
			'Mengapa desa devisa di Jawa Timur tumbuh lebih cepat daripada di provinsi lain di Indonesia',
		);
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toBe('mengapa-desa-devisa-di-jawa-timur-tumbuh-lebih-cepat');
	});
});

describe('the registry examples', () => {
	it.each([...specs.values()].map((s) => [s.name, s.example]))(
		'%s: its example passes the MDX lint as a story body',
		(_name, example) => {
			const problems = lintBody(parseMdx(`${example}\n`), FILE, { datasets, specs });
			expect(problems, formatReport(problems)).toEqual([]);
		},
	);
});

describe('storyExamples()', () => {
	it('offers one example for every component, each passing the lint', () => {
		const examples = draft().examples;
		expect(examples.map((e) => e.name)).toEqual([...specs.keys()]);
		for (const e of examples) expect(lintsClean(e.mdx, { datasets, specs })).toBe(true);
		expect(new Set(examples.map((e) => e.group))).toEqual(new Set(['text', 'chart', 'map']));
	});

	it('uses the story dataset where a component takes one', () => {
		const examples = draft().examples;
		const value = examples.find((e) => e.name === 'Value');
		expect(value?.fromDataset).toBe(true);
		expect(value?.mdx).toContain('dataset="kaltim-cocoa"');
		expect(value?.mdx).toMatch(/where=\{\{ region_code: "[\d.]+", survey: "[a-z0-9-]+" \}\}/);
		expect(examples.find((e) => e.name === 'DataTable')?.mdx).toContain('dataset="kaltim-cocoa"');
	});

	it('filters a chart to one row per x when the dataset has several (one per period)', () => {
		const examples = storyExamples({
			datasets,
			specs,
			groups,
			dataset: 'lamongan-exports',
			idPrefix: 'x',
			lang: 'id',
		});
		const line = examples.find((e) => e.name === 'LineChart');
		expect(line?.fromDataset).toBe(true);
		expect(line?.mdx).toContain('x="year"');
		expect(line?.mdx).toContain('where={{ period: "full-year" }}');
	});

	it('numbers chart ids with the story slug, without gaps or repeats', () => {
		const ids = draft()
			.examples.flatMap((e) => [...e.mdx.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]))
			.filter((id) => id?.startsWith('kakao-baru-'));
		expect(ids.length).toBeGreaterThan(3);
		expect(ids).toEqual(ids.map((_, i) => `kakao-baru-${i + 1}`));
	});
});

describe('storySource()', () => {
	it('writes a draft that passes the build checks as it is', () => {
		const source = storySource(draft());
		expect(source).toMatch(/^---\ntitle: 'Kakao baru dari Kutai Timur'\n/);
		expect(source).toContain('\ndraft: true\n');
		expect(source).toContain("regions: ['kutai-timur']");
		const problems = check(source);
		expect(problems, formatReport(problems)).toEqual([]);
	});

	it('every commented example builds once uncommented', () => {
		const open = uncomment(storySource(draft()));
		expect(open).toContain('<LineChart');
		expect(open).toContain('<VillageMap');
		const problems = check(open);
		expect(problems, formatReport(problems)).toEqual([]);
	});

	it('cannot be published while a TODO is left, and says where', () => {
		const source = storySource(draft()).replace('draft: true', 'draft: false');
		const problems = check(source);
		const lineOf = (text: string) => source.split('\n').indexOf(text) + 1;
		expect(problems.map((p) => [p.code, p.line, p.col])).toEqual([
			['frontmatter-todo', 3, 6],
			['frontmatter-todo', 4, 11],
			['story-todo', lineOf('TODO: paragraf pembuka.'), 1],
			['story-todo', lineOf('## TODO: subjudul'), 4],
		]);
	});

	it('is publishable once the TODOs are written', () => {
		const source = storySource(draft({ authors: ['Ani'] }))
			.replace('draft: true', 'draft: false')
			.replace(/dek: 'TODO[^']*'/, "dek: 'Kakao Kutai Timur mulai diekspor.'")
			.replace('TODO: paragraf pembuka.', 'Paragraf pembuka.')
			.replace('## TODO: subjudul', '## Kebun');
		const problems = check(source);
		expect(problems, formatReport(problems)).toEqual([]);
	});

	it('writes an English draft in the en folder', () => {
		const source = storySource(
			draft({ lang: 'en', slug: 'new-cocoa', devPath: '/en/stories/new-cocoa/' }),
		);
		expect(source).toContain('\nlang: en\n');
		expect(source).toContain('http://localhost:4321/en/stories/new-cocoa/');
		expect(check(source, 'src/content/stories/en/new-cocoa.mdx')).toEqual([]);
	});
});

describe('bodyTodos()', () => {
	it('finds TODOs in the text but not in comments or the frontmatter', () => {
		const source = [
			'---',
			"dek: 'TODO: dek'",
			'---',
			'',
			'{/* TODO: in a comment',
			'   still TODO */}',
			'Teks. TODO: tulis.',
		].join('\n');
		expect(bodyTodos(source, FILE).map((p) => [p.line, p.col])).toEqual([[7, 7]]);
	});
});
