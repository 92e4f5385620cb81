// The gallery renders MDX examples node by node (src/lib/mdx/example.ts): every example it shows
// must convert, name real components and pass the MDX lint, so what it renders is what a story
// would render.
import { describe, expect, it } from 'vitest';
import { TEXT_EXAMPLES } from '../../../src/lib/guide/text-examples.ts';
import { CHART_EXAMPLES } from '../../../src/lib/charts/examples.ts';
import { MAP_EXAMPLES } from '../../../src/lib/maps/examples.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatReport } from '../../../src/lib/data/problems.ts';
import { exampleComponents, exampleTree } from '../../../src/lib/mdx/example.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { chartSpecs } from '../../../src/lib/mdx/specs/charts.ts';
import { mapSpecs } from '../../../src/lib/mdx/specs/maps.ts';
import { lintBody } from '../../../src/lib/stories/lint.ts';

const { datasets } = loadCatalog(process.cwd());

describe('exampleTree()', () => {
	it('keeps text, emphasis and inline components in their paragraph, with literal props', () => {
		const tree = exampleTree('Ada *sekitar* <Value dataset="x" where={{ year: 2022 }} /> ton.');
		expect(tree).toEqual([
			{
				type: 'paragraph',
				children: [
					{ type: 'text', value: 'Ada ' },
					{ type: 'emphasis', children: [{ type: 'text', value: 'sekitar' }] },
					{ type: 'text', value: ' ' },
					{
						type: 'component',
						name: 'Value',
						props: { dataset: 'x', where: { year: 2022 } },
						block: false,
					},
					{ type: 'text', value: ' ton.' },
				],
			},
		]);
	});

	it('reads a block component and a bare boolean prop', () => {
		expect(exampleTree('<DataTable dataset="x" descending />')).toEqual([
			{
				type: 'component',
				name: 'DataTable',
				props: { dataset: 'x', descending: true },
				block: true,
			},
		]);
	});

	it.each([
		['<script>alert(1)</script>', /<script>/],
		['Teks {1 + 1}.', /expression/],
		['<Value dataset={x} />', /literal|not/],
		['# Judul', /heading/],
	])('refuses %j', (source, message) => {
		expect(() => exampleTree(source)).toThrow(message);
	});
});

describe('the gallery examples', () => {
	const all = [
		...[...COMPONENT_SPECS.values()].map((s) => ({ name: `${s.name} (spec)`, mdx: s.example })),
		...TEXT_EXAMPLES.map((e) => ({ name: `${e.component} (gallery)`, mdx: e.mdx })),
	];
	it.each(all.map((e) => [e.name, e.mdx]))(
		'%s renders from registry components and lints clean',
		(_n, mdx) => {
			const names = exampleComponents(exampleTree(mdx));
			expect(names.length).toBeGreaterThan(0);
			for (const name of names) expect(COMPONENT_SPECS.has(name), name).toBe(true);
			const problems = lintBody(parseMdx(`${mdx}\n`), 'src/content/stories/id/galeri.mdx', {
				datasets,
				specs: COMPONENT_SPECS,
			});
			expect(problems, formatReport(problems)).toEqual([]);
		},
	);

	it('every text example names the component it is filed under', () => {
		for (const e of TEXT_EXAMPLES)
			expect(exampleComponents(exampleTree(e.mdx))).toContain(e.component);
	});

	it('every chart and map component has a live example further down the gallery', () => {
		const used = [...CHART_EXAMPLES, ...MAP_EXAMPLES].flatMap((e) =>
			parseMdx(e.mdx).jsx.map((u) => u.name),
		);
		for (const spec of [...chartSpecs, ...mapSpecs]) expect(used, spec.name).toContain(spec.name);
	});
});
