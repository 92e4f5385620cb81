// Finding every chart of every story without running the MDX; the lint with chart specs.
import { describe, expect, it } from 'vitest';
import { chartUsagesOf } from '../../../src/lib/charts/usages.ts';
import { CHART_EXAMPLES } from '../../../src/lib/charts/examples.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { lintBody } from '../../../src/lib/stories/lint.ts';

const story = (body: string, frontmatter = 'title: Uji') => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('chartUsagesOf', () => {
	const of = (body: string) =>
		chartUsagesOf({
			lang: 'id',
			file: 'src/content/stories/id/uji.mdx',
			slug: 'uji',
			parsed: parseMdx(story(body)),
		});

	it('lists charts with their literal props and position, not BigNumbers or text components', () => {
		const usages = of(
			'Teks <Fact id="dd-penerima-2025" />.\n\n<LineChart id="satu" dataset="dd-national" x="as_of" y="villages" title="A" />\n\n<BigNumbers ids={["dd-provinsi-2025"]} />\n\n<BarChart id="dua" dataset="x" category="y" value="z" title="B" horizontal />',
		);
		expect(usages.map((u) => [u.name, u.id, u.line, u.slug])).toEqual([
			['LineChart', 'satu', 7, 'uji'],
			['BarChart', 'dua', 11, 'uji'],
		]);
		expect(usages[1]?.props.horizontal).toBe(true);
	});

	it('skips charts without a literal text id', () => {
		expect(of('<LineChart dataset="a" x="b" y="c" title="A" />')).toEqual([]);
		expect(of('<LineChart id={3} dataset="a" x="b" y="c" title="A" />')).toEqual([]);
	});
});

describe('the MDX lint with the chart specs (real catalogue)', () => {
	const { datasets } = loadCatalog(`${import.meta.dirname}/../../..`);
	const lint = (body: string) =>
		lintBody(parseMdx(story(body)), 'src/content/stories/id/uji.mdx', {
			datasets,
			specs: COMPONENT_SPECS,
		}).map((p) => `${p.file}:${p.line}:${p.col}: ${p.code} ${p.message}`);

	it('accepts every gallery example (the MDX we hand to story authors)', () => {
		for (const example of CHART_EXAMPLES) expect(lint(example.mdx), example.heading).toEqual([]);
	});

	it('fails an unknown dataset, an unknown column and a text column used as a number, at their line', () => {
		expect(
			lint('<LineChart id="a" dataset="dd-nasional" x="as_of" y="villages" title="A" />'),
		).toEqual([
			'src/content/stories/id/uji.mdx:5:1: mdx-unknown-dataset dataset "dd-nasional" does not exist in data/',
		]);
		expect(
			lint('Teks.\n\n<LineChart id="a" dataset="dd-national" x="as_of" y="vilages" title="A" />'),
		).toEqual([
			'src/content/stories/id/uji.mdx:7:1: chart-unknown-column column "vilages" is not in dd-national',
		]);
		expect(
			lint('<BarChart id="a" dataset="dd-national" category="as_of" value="basis" title="A" />'),
		).toEqual([
			'src/content/stories/id/uji.mdx:5:1: chart-column-type column "basis" of dd-national is string, not a number',
		]);
	});

	it('runs the component checks: breaks and annotations, rows per bar, exactly one target row', () => {
		expect(
			lint(
				'<LineChart id="a" dataset="dd-national" x="as_of" y="villages" title="A" breaks={[{ x: "2022", label: "b" }]} />',
			),
		).toEqual([
			'src/content/stories/id/uji.mdx:5:1: mdx-invalid-prop breaks x "2022" is not a yearmonth value',
		]);
		expect(
			lint(
				'<BarChart id="a" dataset="lamongan-exports" category="year" value="value" title="A" />',
			)[0],
		).toMatch(/mdx-invalid-prop several rows have year = "2022"; add a where filter/);
		expect(
			lint(
				'<TargetProgress id="a" dataset="lamongan-exports" value="value" actual={{ year: 2022 }} target={{ period: "target" }} title="A" />',
			)[0],
		).toMatch(/actual=\{"year":2022\} picks 2 rows of lamongan-exports; it must pick exactly one/);
		expect(
			lint(
				'<SmallMultiples id="a" x="year" title="A" panels={[{ dataset: "cocoa-exports", y: "volume", title: "K" }, { dataset: "lamongan-exports", y: "value", title: "L" }]} />',
			)[0],
		).toMatch(/different units/);
	});

	it('gives each chart the sources of the rows it shows', () => {
		const spec = COMPONENT_SPECS.get('TargetProgress');
		const props =
			parseMdx(CHART_EXAMPLES.find((e) => e.mdx.startsWith('<TargetProgress'))?.mdx ?? '').jsx[0]
				?.props ?? {};
		expect(spec?.sources?.(props, datasets)).toEqual(['memontum-lamongan']);
	});
});
