// The MDX lint: every case of the bad-input catalogue §3.5–3.6 that concerns story MDX, located.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem, renderProblem } from '../../../src/lib/data/problems.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { isAllowedUrl, isUnsafeUrl, lintBody } from '../../../src/lib/stories/lint.ts';

const { datasets } = loadCatalog(process.cwd());
const FILE = 'src/content/stories/id/x.mdx';
const lint = (body: string) =>
	lintBody(parseMdx(`---\ntitle: x\n---\n\n${body}\n`), FILE, { datasets, specs: COMPONENT_SPECS });

describe('lintBody()', () => {
	it('accepts our components with literal props naming real data', () => {
		expect(
			lint(
				[
					'Ada <Fact id="dd-penerima-2025" /> dan <Value dataset="dd-national" column="villages" where={{ as_of: "2025-03" }} /> desa.',
					'',
					'<DataTable dataset="lamongan-exports" columns={["year", "value"]} where={{ period: "full-year" }} caption="Ekspor" />',
					'',
					'Teks <strong>tebal</strong> dan [tautan](/tentang/).{/* catatan */}',
				].join('\n'),
			),
		).toEqual([]);
	});

	// Line 5 of the file is the first line of the body. A problem with a prop is located at the
	// token at fault: the attribute, or the text of its value (inside the quotes, or the value
	// inside `where={{ … }}`), not at the component's first character.
	it.each([
		[
			'<script>',
			'<script>fetch("//x")</script>',
			'mdx-forbidden-element',
			5,
			1,
			/<script> is not allowed/,
		],
		['<iframe>', '<iframe src="https://x.example" />', 'mdx-forbidden-element', 5, 1, /iframe/],
		['<style>', '<style>{"body{}"}</style>', 'mdx-forbidden-element', 5, 1, /style/],
		[
			'raw <img>',
			'Teks <img src="/a.png" alt="a" /> lagi',
			'mdx-forbidden-element',
			5,
			6,
			/Markdown/,
		],
		[
			'event handler',
			'Teks <strong onClick="x()">a</strong>',
			'mdx-forbidden-attribute',
			5,
			14,
			/event-handler/,
		],
		['javascript: link', '[klik](javascript:alert(1))', 'mdx-unsafe-url', 5, 1, /may not link/],
		['upper-case scheme', '[klik](JavaScript:alert(1))', 'mdx-unsafe-url', 5, 1, /may not link/],
		['file: link', '[klik](file:///etc/passwd)', 'mdx-unsafe-url', 5, 1, /may not link/],
		['import node:fs', "import fs from 'node:fs'", 'mdx-forbidden-import', 5, 1, /no import/],
		['import outside', "import X from '../../../lib/x.ts'", 'mdx-forbidden-import', 5, 1, /./],
		[
			'a component imported under another name',
			'import Grafik from \'../../../components/charts/LineChart.astro\'\n\n<Grafik id="a" />',
			'mdx-forbidden-import',
			5,
			1,
			/story components need no import/,
		],
		['export', 'export const x = 1', 'mdx-forbidden-export', 5, 1, /export/],
		['expression', 'Nilai {1 + 1} saja', 'mdx-forbidden-expression', 5, 7, /code expressions/],
		[
			'unknown component',
			'<Chartt id="a" />',
			'mdx-unknown-component',
			5,
			1,
			/not a story component/,
		],
		[
			'misspelt component',
			'Ada <Fcat id="dd-penerima-2025" /> orang',
			'mdx-unknown-component',
			5,
			5,
			/did you mean <Fact>/,
		],
		[
			'unknown dataset',
			'Ada <Value dataset="dd-nasional" column="villages" where={{ as_of: "2025-03" }} /> desa',
			'mdx-unknown-dataset',
			5,
			21,
			/did you mean "dd-national"/,
		],
		[
			'unknown column',
			'Ada <Value dataset="dd-national" column="vilages" where={{ as_of: "2025-03" }} /> desa',
			'chart-unknown-column',
			5,
			42,
			/did you mean "villages"/,
		],
		[
			'text column as number',
			'Ada <Value dataset="dd-national" column="basis" where={{ as_of: "2025-03" }} /> desa',
			'chart-column-type',
			5,
			42,
			/not a number/,
		],
		[
			'where matches nothing',
			'Ada <Value dataset="dd-national" column="villages" where={{ as_of: "2030-01" }} /> desa',
			'mdx-where-no-match',
			5,
			69,
			/no row/,
		],
		[
			'where picks two rows',
			'Ada <Value dataset="lamongan-exports" column="value" where={{ year: 2022 }} /> x',
			'mdx-invalid-prop',
			5,
			5,
			/exactly one row/,
		],
		[
			'unknown figure',
			'Ada <Fact id="dd-penerima-2099" /> orang',
			'mdx-unknown-reference',
			5,
			15,
			/figures.csv/,
		],
		['missing prop', 'Ada <Fact /> orang', 'mdx-missing-prop', 5, 5, /needs the prop "id"/],
		[
			'unknown prop',
			'Ada <Fact id="dd-penerima-2025" lable="x" /> orang',
			'mdx-unknown-prop',
			5,
			33,
			/has no prop "lable"/,
		],
		[
			'variable as prop',
			'Ada <Value dataset="dd-national" column="villages" where={filter} /> desa',
			'mdx-prop-not-literal',
			5,
			58,
			/only literal values/,
		],
		['spread', 'Ada <Fact {...props} /> orang', 'mdx-forbidden-attribute', 5, 11, /spread/],
		[
			'inline at line start',
			'<Fact id="dd-penerima-2025" />\norang',
			'mdx-inline-position',
			5,
			1,
			/inside a sentence/,
		],
		['image without alt', '![](/img/a.png)', 'mdx-image-alt', 5, 1, /alt text/],
		[
			'external image',
			'![peta](https://tile.example/a.png)',
			'mdx-external-image',
			5,
			1,
			/served from the site/,
		],
		['syntax error', 'Teks <Fact id="a"\n\nlagi', 'mdx-syntax', 5, 6, /./],
	] as const)('%s → %s', (_name, body, code, line, col, message) => {
		const problems = lint(body);
		const p = problems.find((x) => x.code === code);
		expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
		expect([p?.line, p?.col]).toEqual([line, col]);
		expect(formatProblem(p!, 'en')).toMatch(message);
	});

	it('locates a prop problem at the token at fault, on its own line, in Indonesian', () => {
		const problems = lint(
			[
				'<LineChart',
				'  id="a"',
				'  dataset="dd-nationl"',
				'  x="as_of"',
				'  y="villages"',
				'  title="A"',
				'/>',
				'',
				'Ada <Value dataset="dd-national" column="villages"',
				'  where={{ as_of: "2099-01" }} /> desa.',
			].join('\n'),
		);
		expect(problems.map((p) => formatProblem(p).split('\n')[0])).toEqual([
			`${FILE}:7:12: error mdx-unknown-dataset [LineChart.dataset] dataset "dd-nationl" tidak ada di data/`,
			`${FILE}:14:20: error mdx-where-no-match [Value.where] tidak ada baris dd-national dengan as_of = "2099-01"`,
		]);
		expect(formatProblem(problems[0]!)).toMatch(/saran: maksud Anda "dd-national"\?/);
	});

	// Issue 14, item 1: an allowed inline tag must not carry code either.
	it.each([
		[
			'a call in an allowed tag',
			"Teks <b title={process.getBuiltinModule('node:fs').writeFileSync('pwned.txt','x') ?? 'x'}>x</b>.",
			'b.title',
		],
		['a variable in an allowed tag', 'Teks <em title={x}>y</em>.', 'em.title'],
		['a template in an allowed tag', 'Teks <abbr title={`${x}`}>y</abbr>.', 'abbr.title'],
		['a call in a forbidden tag', 'Teks <span title={f()}>y</span>.', 'span.title'],
	])('%s is refused as code, at its place', (_name, body, subject) => {
		const p = lint(body).find((x) => x.code === 'mdx-prop-not-literal');
		expect(p).toMatchObject({ line: 5, subject });
	});

	it('keeps <Step> inside <Scrolly>, and only <Step>s directly in it', () => {
		const scrolly = (inner: string) =>
			['<Scrolly id="s" map="villages" title="T">', '', inner, '', '</Scrolly>'].join('\n');
		const step = '<Step until="2019" title="A">\n\nTeks <Fact id="dd-penerima-2025" />.\n\n</Step>';
		expect(lint(scrolly(step))).toEqual([]);
		const outside = lint(step);
		expect(outside.map((p) => formatProblem(p, 'en')).join('\n')).toContain(
			`${FILE}:5:1: error mdx-nesting [Step] <Step> must be written directly inside <Scrolly>`,
		);
		const chart = lint(scrolly('<VillageMap />'));
		expect(chart.map((p) => [p.code, p.line, renderProblem(p, 'en').message])).toEqual([
			['mdx-nesting', 7, '<Scrolly> may only hold <Step>, not <VillageMap>'],
		]);
		const bad = lint(scrolly('<Step until="akhir 2019" title="A">\n\nTeks.\n\n</Step>'));
		expect(bad.map((p) => [p.code, p.line, renderProblem(p, 'en').message])).toEqual([
			[
				'mdx-invalid-prop',
				7,
				'until must be a year, month or date such as 2019, 2022-11 or 2022-11-01, not "akhir 2019"',
			],
		]);
	});

	it('refuses an expression hidden between two comments, and keeps real comments', () => {
		expect(lint('Teks {/* a */ alert(1) /* b */}.').map((p) => p.code)).toEqual([
			'mdx-forbidden-expression',
		]);
		expect(lint('Teks {/* a */}{// b\n}.')).toEqual([]);
	});

	it('allows only the attributes each inline tag needs', () => {
		expect(
			lint(
				'Teks <abbr title="Lembaga Pembiayaan Ekspor Indonesia">LPEI</abbr> <time datetime="2022-11-01">1 November</time>.',
			),
		).toEqual([]);
		const problems = lint(
			'Teks <abbr popover="auto" id="x" class="y" data-x="1" hidden title="t">y</abbr> <b title="t">z</b>.',
		);
		expect(problems.map((p) => `${p.code} ${p.subject}`)).toEqual([
			'mdx-forbidden-attribute abbr.popover',
			'mdx-forbidden-attribute abbr.id',
			'mdx-forbidden-attribute abbr.class',
			'mdx-forbidden-attribute abbr.data-x',
			'mdx-forbidden-attribute abbr.hidden',
			'mdx-forbidden-attribute b.title',
		]);
	});

	// Issue 14, item 3: reference-style links and images resolve to their definition.
	it('checks the resolved URL of reference links and images, at the reference', () => {
		const problems = lint(
			[
				'Teks [klik][jj] dan ![piksel][px] dan [aman][ok].',
				'',
				'[jj]: javascript:alert(document.domain)',
				'[px]: https://tracker.example/p.gif',
				'[ok]: https://lpei.co.id/',
				'[tak-dipakai]: vbscript:x',
			].join('\n'),
		);
		expect(problems.map((p) => `${p.line}:${p.col} ${p.code}`)).toEqual([
			'5:6 mdx-unsafe-url',
			'5:21 mdx-external-image',
			'10:1 mdx-unsafe-url',
		]);
		expect(formatProblem(problems[0]!, 'en')).toMatch(/reference \[jj\]/);
	});

	it('refuses texts longer than their limit', () => {
		const title = 'x'.repeat(301);
		const p = lint(
			`<LineChart id="a" dataset="dd-national" x="as_of" y="villages" title="${title}" />`,
		).find((x) => x.code === 'mdx-too-long');
		expect(p).toMatchObject({ subject: 'LineChart.title', line: 5 });
		expect(p?.value?.length).toBeLessThan(80);
		expect(lint(`## ${'judul '.repeat(40)}`).map((x) => x.code)).toEqual(['mdx-too-long']);
		expect(lint(`Teks <abbr title="${'t'.repeat(1001)}">x</abbr>.`).map((x) => x.code)).toEqual([
			'mdx-too-long',
		]);
	});

	it('isAllowedUrl() accepts site paths, fragments, https, mailto and tel only', () => {
		for (const ok of [
			'/data/',
			'#sumber',
			'../x/',
			'https://lpei.co.id',
			'mailto:a@b.id',
			'tel:+62',
		])
			expect(isAllowedUrl(ok), ok).toBe(true);
		for (const bad of ['file:///etc/passwd', 'intent://x', 'java\nscript:x', 'blob:https://x'])
			expect(isAllowedUrl(bad), bad).toBe(false);
	});

	it('isUnsafeUrl() sees through case, spaces and control characters', () => {
		expect(isUnsafeUrl(' Java\tScript:alert(1)')).toBe(true);
		expect(isUnsafeUrl('data:text/html,x')).toBe(true);
		expect(isUnsafeUrl('https://example.org/javascript:')).toBe(false);
		expect(isUnsafeUrl('/cerita/x/')).toBe(false);
	});
});
