// SVG snapshots per chart type, wide and narrow, from the fixture catalogue: each drawing is
// compared with tests/snapshots/charts/<name>.svg (see expectSvgSnapshot).
import { describe, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bar.ts';
import { NARROW, WIDE, type ChartSize } from '../../../src/lib/charts/layout.ts';
import { lineChart } from '../../../src/lib/charts/line.ts';
import { multiplesChart } from '../../../src/lib/charts/multiples.ts';
import { progressChart } from '../../../src/lib/charts/progress.ts';
import {
	resolveBar,
	resolveLine,
	resolveMultiples,
	resolveProgress,
	resolveSlope,
} from '../../../src/lib/charts/resolve.ts';
import { slopeChart } from '../../../src/lib/charts/slope.ts';
import { barSvg } from '../../../src/components/charts/svg/bar.ts';
import { lineSvg } from '../../../src/components/charts/svg/line.ts';
import { multiplesSvg } from '../../../src/components/charts/svg/multiples.ts';
import { progressSvg } from '../../../src/components/charts/svg/progress.ts';
import { slopeSvg } from '../../../src/components/charts/svg/slope.ts';
import type { SvgNode } from '../../../src/lib/charts/svg.ts';
import { expectSvgSnapshot, fixtureCatalog } from './helpers.ts';

const sizes: [string, ChartSize][] = [
	['wide', WIDE],
	['narrow', NARROW],
];
const meta = (name: string, variant: 'wide' | 'narrow') => ({ idBase: name, title: name, variant });

const cases: [string, (size: ChartSize, variant: 'wide' | 'narrow') => SvgNode][] = [
	[
		'line-break-annotation',
		(size, v) => {
			const r = resolveLine(
				{
					id: 'l',
					title: 'L',
					dataset: 'counts',
					x: 'as_of',
					y: 'villages',
					annotations: [{ x: '2019-12', label: 'Program diluncurkan' }],
					breaks: [{ x: '2022-12', label: 'Aturan hitung berubah' }],
				},
				fixtureCatalog(),
				'id',
			);
			return lineSvg(lineChart(r.input, { lang: 'id', size }), meta('line', v));
		},
	],
	[
		'line-two-series-en',
		(size, v) => {
			const r = resolveLine(
				{
					id: 'l2',
					title: 'L2',
					dataset: 'counts',
					x: 'as_of',
					y: ['villages', 'other'],
					labels: ['Villages', 'Other'],
				},
				fixtureCatalog(),
				'en',
			);
			return lineSvg(lineChart(r.input, { lang: 'en', size }), meta('line2', v));
		},
	],
	[
		'bar-years-missing',
		(size, v) => {
			const r = resolveBar(
				{
					id: 'b',
					title: 'B',
					dataset: 'trade',
					category: 'year',
					value: 'value',
					where: { period: 'full-year' },
				},
				fixtureCatalog(),
				'id',
			);
			return barSvg(barChart(r.input, { lang: 'id', size }), meta('bar', v));
		},
	],
	[
		'bar-horizontal-regions',
		(size, v) => {
			const r = resolveBar(
				{
					id: 'h',
					title: 'H',
					dataset: 'units',
					category: 'region_code',
					value: 'farm_units',
					where: { survey: 'st2023' },
					horizontal: true,
				},
				fixtureCatalog(),
				'id',
			);
			return barSvg(barChart(r.input, { lang: 'id', size }), meta('barh', v));
		},
	],
	[
		'bar-grouped',
		(size, v) => {
			const r = resolveBar(
				{ id: 'g', title: 'G', dataset: 'counts', category: 'as_of', value: ['villages', 'other'] },
				fixtureCatalog(),
				'id',
			);
			return barSvg(barChart(r.input, { lang: 'id', size }), meta('barg', v));
		},
	],
	[
		'slope',
		(size, v) => {
			const r = resolveSlope(
				{
					id: 's',
					title: 'S',
					dataset: 'pairs',
					x: 'year',
					y: ['countries', 'firms'],
					labels: ['negara tujuan', 'unit usaha'],
				},
				fixtureCatalog(),
				'id',
			);
			return slopeSvg(slopeChart(r.input, { lang: 'id', size }), meta('slope', v));
		},
	],
	[
		'progress',
		(size, v) => {
			const r = resolveProgress(
				{
					id: 'p',
					title: 'P',
					dataset: 'trade',
					value: 'value',
					actual: { year: 2022, period: 'jan-oct' },
					target: { year: 2022, period: 'target' },
					actualLabel: 'Januari–Oktober 2022',
					targetLabel: 'target 2022',
				},
				fixtureCatalog(),
				'id',
			);
			return progressSvg(progressChart(r.input, { lang: 'id', size }), meta('progress', v));
		},
	],
	[
		'multiples',
		(size, v) => {
			const r = resolveMultiples(
				{
					id: 'm',
					title: 'M',
					x: 'as_of',
					panels: [
						{
							dataset: 'counts',
							y: 'villages',
							title: 'Desa',
							breaks: [{ x: '2022-12', label: 'Total sejak sini' }],
						},
						{ dataset: 'counts', y: 'other', title: 'Lainnya' },
					],
				},
				fixtureCatalog(),
				'id',
			);
			return multiplesSvg(multiplesChart(r.input, { lang: 'id', size }), meta('multiples', v));
		},
	],
];

describe('chart SVG snapshots', () => {
	for (const [name, draw] of cases) {
		for (const [variant, size] of sizes) {
			it(`${name} (${variant})`, () =>
				expectSvgSnapshot(`${name}-${variant}`, draw(size, variant as 'wide' | 'narrow')));
		}
	}
});
