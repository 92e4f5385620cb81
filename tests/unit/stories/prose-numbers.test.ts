// No numbers typed into prose (prose-number) and figures in headlines checked against the data
// (frontmatter-figure), in Indonesian and English stories; and the real stories pass.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem, renderProblem } from '../../../src/lib/data/problems.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { checkFrontmatter } from '../../../src/lib/stories/frontmatter.ts';
import { checkStories } from '../../../src/lib/stories/load.ts';
import {
	allowRule,
	checkStoryFigures,
	headlineFigureProblems,
	markReason,
	proseNumberProblems,
} from '../../../src/lib/stories/prose-numbers.ts';

const { datasets } = loadCatalog(process.cwd());

/** A story body after a 4-line frontmatter: body line 1 is line 5 of the file. */
const story = (body: string) => `---\ntitle: x\nlang: id\n---\n${body}\n`;
const prose = (body: string, file = 'src/content/stories/id/x.mdx') => {
	const source = story(body);
	return proseNumberProblems(parseMdx(source), source, file);
};

describe('allowRule()', () => {
	it.each([
		['year', '2019', 'pada ', ' desa kakao', 'year'],
		['year before a noun', '2024', 'Pada ', ' desa devisa Jawa Timur', 'year'],
		['year range start', '2019', 'tahun ', '–2025', 'year'],
		['Indonesian date', '6', 'Pada ', ' Desember 2019', 'date'],
		['English date, month first', '1', 'on November ', ', 2022', 'date'],
		['range of days', '1', '', '–4 Juni 2023', 'date'],
		['time of day', '10.00', 'pukul ', ' pagi', 'time'],
		['ordinal, Indonesian', '27', 'desa devisa ke-', '', 'ordinal'],
		['ordinal, English', '27', 'the ', 'th export village', 'ordinal'],
		[
			'regulation number',
			'3',
			'Instruksi Bupati Lamongan Nomor ',
			' Tahun 2021',
			'regulation-number',
		],
		['No.', '3', 'surat instruksi No.', ' tahun 2021', 'regulation-number'],
		['name joined by a hyphen', '19', 'pandemi COVID-', '', 'name'],
		['name joined to letters', '2023', 'hasil ST', ' menunjukkan', 'name'],
	] as const)('allows a %s', (_name, token, before, after, rule) => {
		expect(allowRule(token, before, after)).toBe(rule);
	});

	it.each([
		['a count', '1.909', 'LPEI mencatat ', ' desa devisa'],
		['an English count', '1,909', 'LPEI counted ', ' villages'],
		['rupiah', '123', 'senilai Rp', ',9 miliar'],
		['dollars', '7', 'setara US$', ' miliar'],
		['a year-like amount of tonnes', '2000', 'sekitar ', ' ton'],
		['a year-like percentage', '2000', 'naik ', '%'],
		['a day number without a month', '12', 'ada ', ' desa'],
		['a decimal', '1,8', 'mencapai ', ' triliun'],
	])('refuses %s', (_name, token, before, after) => {
		expect(allowRule(token, before, after)).toBeUndefined();
	});

	it('reads the reason of a marking comment in either language', () => {
		expect(markReason('{/* angka: nama desa */} dan')).toBe('nama desa');
		expect(markReason(' {/*number: part of a name*/}')).toBe('part of a name');
		expect(markReason(' lembar {/* angka: x */}')).toBeUndefined();
	});
});

describe('proseNumberProblems()', () => {
	it('reports a figure typed in Indonesian prose at its line and column, with the hint', () => {
		const problems = prose('Teks pembuka.\n\nPer Maret 2025 LPEI mencatat 1.909 desa devisa.');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 7, col: 30, code: 'prose-number', value: '1.909' });
		expect(formatProblem(problems[0]!, 'en')).toMatch(
			/x\.mdx:7:30: error prose-number the figure "1\.909" is typed in the text\n.*hint: .*<Value .*<Fact .*<Count/,
		);
		expect(formatProblem(problems[0]!)).toMatch(
			/x\.mdx:7:30: error prose-number angka "1\.909" diketik di teks\n.*saran: .*<Value .*<Fact .*<Count/,
		);
	});

	it('reports figures in English prose, headings, lists, tables, emphasis and link text', () => {
		const problems = prose(
			[
				'## From 16 to 46 countries', // line 5
				'',
				'- exports worth Rp1.8 trillion', // line 7
				'',
				'| year | value |', // line 9
				'| ---- | ----- |',
				'| 2021 | 5,700 |', // line 11
				'',
				'It grew *12* times, see [the 221 villages](/data/).', // line 13
			].join('\n'),
			'src/content/stories/en/x.mdx',
		);
		expect(problems.map((p) => `${p.line}:${p.col} ${p.value}`)).toEqual([
			'5:9 16',
			'5:15 46',
			'7:19 1.8',
			'11:10 5,700',
			'13:10 12',
			'13:30 221',
		]);
	});

	it('allows years, dates, ordinals, names, regulation numbers and marked figures', () => {
		expect(
			prose(
				[
					'Pada 6 Desember 2019 LPEI meresmikan desa devisa pertamanya; Kupang disebut desa devisa ke-27.',
					'On 18 December 2021 the 27th village followed; the 2019–2025 series, Jumat (6/12), 2022-11-01.',
					'Instruksi Bupati Lamongan Nomor 3 Tahun 2021 di tengah pandemi COVID-19.',
					'Desa Putra Aji 2{/* angka: nama desa */} di Lampung Timur; satu kodi berisi 20{/* number: definition of a unit */} lembar.',
					'Kode `1.909` dan <Value dataset="dd-national" column="villages" where={{ as_of: "2025-03" }} /> tidak dihitung.',
				].join('\n'),
			),
		).toEqual([]);
	});

	it('refuses a marking comment without a reason', () => {
		const problems = prose('Desa Putra Aji 2{/* angka: */} di Lampung Timur.');
		expect(problems).toMatchObject([{ line: 5, col: 16, code: 'prose-number', value: '2' }]);
		expect(renderProblem(problems[0]!, 'en').message).toMatch(/gives no reason/);
	});
});

describe('checkStoryFigures()', () => {
	const CHART = [
		'Teks.',
		'',
		'<BarChart',
		'  id="klaster"',
		'  dataset="dd-jatim-clusters-2024"',
		'  category="cluster"',
		'  value="villages"',
		'  title="Klaster desa devisa, 2024"',
		'  notes="Jika dijumlahkan, 222 desa, bukan 221."',
		'/>',
		'',
		'<LineChart',
		'  id="nasional"',
		'  dataset="dd-national"',
		'  x="as_of"',
		'  y="villages"',
		'  title="Desa devisa, 2019–2025"',
		'  annotations={[{ x: "2019-12", label: "Desa pertama, 6 Desember 2019: 1 desa" }]}',
		'/>',
	].join('\n');
	const run = (draft: boolean) => {
		const source = [
			'---',
			"title: 'Klaster'",
			"dek: 'Klaster desa devisa.'",
			"authors: ['A']",
			'published: 2026-11-23',
			'lang: id',
			'translationKey: x',
			`draft: ${draft}`,
			'---',
			'',
			CHART,
			'',
		].join('\n');
		const file = 'src/content/stories/id/x.mdx';
		const fm = checkFrontmatter(source, file, { datasets, folderLang: 'id' });
		return checkStoryFigures(source, parseMdx(source), file, fm.data, {
			datasets,
			lang: 'id',
			specs: COMPONENT_SPECS,
		});
	};

	it('checks the words a component shows (notes, labels), located at the figure in its prop', () => {
		expect(
			run(false)
				.map((p) => renderProblem(p, 'en'))
				.map((p) => `${p.line}:${p.col} ${p.severity} ${p.subject} ${p.message}`),
		).toEqual([
			'19:28 error BarChart.notes the figure "222" is typed in notes of <BarChart>',
			'19:44 error BarChart.notes the figure "221" is typed in notes of <BarChart>',
			'28:72 error LineChart.annotations the figure "1" is typed in annotations of <LineChart>',
		]);
	});

	it('only warns in a draft', () => {
		expect(run(true).map((p) => p.severity)).toEqual(['warning', 'warning', 'warning']);
	});
});

describe('headlineFigureProblems()', () => {
	const check = (lang: 'id' | 'en', title: string, figures = '') => {
		const source = [
			'---',
			`title: '${title}'`,
			"dek: 'Satu dua.'",
			"authors: ['A']",
			'published: 2026-11-23',
			`lang: ${lang}`,
			'translationKey: x',
			...(figures ? [`figures: ${figures}`] : []),
			'---',
			'',
			'Teks.',
			'',
		].join('\n');
		const file = `src/content/stories/${lang}/x.mdx`;
		const fm = checkFrontmatter(source, file, { datasets, folderLang: lang });
		expect(fm.problems).toEqual([]);
		if (!fm.data) throw new Error('no frontmatter');
		return headlineFigureProblems(source, file, fm.data, { datasets, lang });
	};
	const NATIONAL = "dataset: dd-national, column: villages, where: { as_of: '2025-03' }";

	it('reports an undeclared figure in the title at its line and column', () => {
		expect(check('id', 'Dari satu desa menjadi 1.909 pada 2025')).toMatchObject([
			{ line: 2, col: 32, code: 'prose-number', subject: 'frontmatter.title', value: '1.909' },
		]);
	});

	it('accepts a declared figure that says the data’s value, in the story’s language', () => {
		expect(check('id', 'Menjadi 1.909', `[{ text: '1.909', ${NATIONAL} }]`)).toEqual([]);
		expect(check('en', 'Up to 1,909', `[{ text: '1,909', ${NATIONAL} }]`)).toEqual([]);
		expect(
			check(
				'id',
				'Nilai ekspor Rp123,9 miliar',
				"[{ text: 'Rp123,9 miliar', fact: dd-nilai-ekspor-2025 }]",
			),
		).toEqual([]);
	});

	it('refuses a headline figure that disagrees with the data, or is written in the other language’s style', () => {
		const wrong = check('id', 'Menjadi 1.908', `[{ text: '1.908', ${NATIONAL} }]`);
		expect(wrong).toMatchObject([{ line: 2, col: 17, code: 'frontmatter-figure' }]);
		expect(renderProblem(wrong[0]!, 'en').message).toMatch(
			/does not say the value of dd-national\.villages .* 1909/,
		);
		expect(check('en', 'Up to 1.909', `[{ text: '1.909', ${NATIONAL} }]`)).toMatchObject([
			{ code: 'frontmatter-figure' },
		]);
	});

	it('refuses a declaration naming no data, or text the title and dek do not contain', () => {
		expect(
			check(
				'id',
				'Menjadi 1.909',
				`[{ text: '1.909', dataset: dd-national, column: villages, where: { as_of: '2030-01' } }]`,
			).map((p) => renderProblem(p, 'en')),
		).toMatchObject([
			{ line: 8, code: 'frontmatter-figure', message: expect.stringMatching(/picks 0/) },
		]);
		expect(
			check('id', 'Tanpa angka', "[{ text: '30', fact: dd-potensi-2019 }]").map((p) =>
				renderProblem(p, 'en'),
			),
		).toMatchObject([
			{
				line: 8,
				code: 'frontmatter-figure',
				message: expect.stringMatching(/not in the title or dek/),
			},
		]);
	});
});

it('the real stories have no prose-number, frontmatter-figure or translation-mismatch finding', () => {
	const { problems } = checkStories(process.cwd(), datasets, COMPONENT_SPECS);
	const found = problems.filter((p) =>
		['prose-number', 'frontmatter-figure', 'translation-mismatch'].includes(p.code),
	);
	expect(found.map((p) => formatProblem(p))).toEqual([]);
});
