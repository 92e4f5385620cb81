// The MDX lint: every case of the bad-input catalogue §3.5–3.6 that concerns story MDX, located.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem } from '../../../src/lib/data/problems.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { isUnsafeUrl, lintBody } from '../../../src/lib/stories/lint.ts';

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

	// Line 5 of the file is the first line of the body.
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
			6,
			/event-handler/,
		],
		['javascript: link', '[klik](javascript:alert(1))', 'mdx-unsafe-url', 5, 1, /unsafe/],
		['upper-case scheme', '[klik](JavaScript:alert(1))', 'mdx-unsafe-url', 5, 1, /unsafe/],
		['import node:fs', "import fs from 'node:fs'", 'mdx-forbidden-import', 5, 1, /src\/components/],
		['import outside', "import X from '../../../lib/x.ts'", 'mdx-forbidden-import', 5, 1, /./],
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
			5,
			/did you mean "dd-national"/,
		],
		[
			'unknown column',
			'Ada <Value dataset="dd-national" column="vilages" where={{ as_of: "2025-03" }} /> desa',
			'chart-unknown-column',
			5,
			5,
			/did you mean "villages"/,
		],
		[
			'text column as number',
			'Ada <Value dataset="dd-national" column="basis" where={{ as_of: "2025-03" }} /> desa',
			'chart-column-type',
			5,
			5,
			/not a number/,
		],
		[
			'where matches nothing',
			'Ada <Value dataset="dd-national" column="villages" where={{ as_of: "2030-01" }} /> desa',
			'mdx-where-no-match',
			5,
			5,
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
			5,
			/figures.csv/,
		],
		['missing prop', 'Ada <Fact /> orang', 'mdx-missing-prop', 5, 5, /needs the prop "id"/],
		[
			'unknown prop',
			'Ada <Fact id="dd-penerima-2025" lable="x" /> orang',
			'mdx-unknown-prop',
			5,
			5,
			/has no prop "lable"/,
		],
		[
			'variable as prop',
			'Ada <Value dataset="dd-national" column="villages" where={filter} /> desa',
			'mdx-prop-not-literal',
			5,
			5,
			/only literal values/,
		],
		['spread', 'Ada <Fact {...props} /> orang', 'mdx-forbidden-attribute', 5, 5, /spread/],
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
		expect(formatProblem(p!)).toMatch(message);
	});

	it('isUnsafeUrl() sees through case, spaces and control characters', () => {
		expect(isUnsafeUrl(' Java\tScript:alert(1)')).toBe(true);
		expect(isUnsafeUrl('data:text/html,x')).toBe(true);
		expect(isUnsafeUrl('https://example.org/javascript:')).toBe(false);
		expect(isUnsafeUrl('/cerita/x/')).toBe(false);
	});
});
