// SVG snapshots of every chart kind of the registry, wide and narrow, from the fixture
// catalogue: each drawing goes through drawChart (the build's own path) and is compared with
// tests/snapshots/charts/<case>-<variant>.svg (see expectSvgSnapshot). A kind without cases here
// is a type error.
import { describe, it } from 'vitest';
import { drawChart } from '../../../src/lib/charts/build.ts';
import {
	CHART_KINDS,
	type ChartName,
	type ChartPropsByName,
} from '../../../src/lib/charts/kinds/index.ts';
import type { Lang } from '../../../src/lib/lang.ts';
import { expectSvgSnapshot, fixtureCatalog } from './helpers.ts';

/** A snapshot case: its file name, the props (`id` and `title` name the drawing) and language. */
type Case<N extends ChartName> = { file: string; lang?: Lang; props: ChartPropsByName[N] };

const CASES: { [N in ChartName]: Case<N>[] } = {
	LineChart: [
		{
			file: 'line-break-annotation',
			props: {
				id: 'line',
				title: 'line',
				dataset: 'counts',
				x: 'as_of',
				y: 'villages',
				annotations: [{ x: '2019-12', label: 'Program diluncurkan' }],
				breaks: [{ x: '2022-12', label: 'Aturan hitung berubah' }],
			},
		},
		{
			file: 'line-two-series-en',
			lang: 'en',
			props: {
				id: 'line2',
				title: 'line2',
				dataset: 'counts',
				x: 'as_of',
				y: ['villages', 'other'],
				labels: ['Villages', 'Other'],
			},
		},
	],
	BarChart: [
		{
			file: 'bar-years-missing',
			props: {
				id: 'bar',
				title: 'bar',
				dataset: 'trade',
				category: 'year',
				value: 'value',
				where: { period: 'full-year' },
			},
		},
		{
			file: 'bar-horizontal-regions',
			props: {
				id: 'barh',
				title: 'barh',
				dataset: 'units',
				category: 'region_code',
				value: 'farm_units',
				where: { survey: 'st2023' },
				horizontal: true,
			},
		},
		{
			file: 'bar-grouped',
			props: {
				id: 'barg',
				title: 'barg',
				dataset: 'counts',
				category: 'as_of',
				value: ['villages', 'other'],
			},
		},
	],
	SlopeChart: [
		{
			file: 'slope',
			props: {
				id: 'slope',
				title: 'slope',
				dataset: 'pairs',
				x: 'year',
				y: ['countries', 'firms'],
				labels: ['negara tujuan', 'unit usaha'],
			},
		},
	],
	TargetProgress: [
		{
			file: 'progress',
			props: {
				id: 'progress',
				title: 'progress',
				dataset: 'trade',
				value: 'value',
				actual: { year: 2022, period: 'jan-oct' },
				target: { year: 2022, period: 'target' },
				actualLabel: 'Januari–Oktober 2022',
				targetLabel: 'target 2022',
			},
		},
	],
	SmallMultiples: [
		{
			file: 'multiples',
			props: {
				id: 'multiples',
				title: 'multiples',
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
		},
	],
	Timeline: [
		{
			file: 'timeline-grouped',
			props: {
				id: 'timeline',
				title: 'timeline',
				dataset: 'sites',
				date: 'designated',
				label: 'name',
				group: 'region_code',
				unit: 'villages',
			},
		},
		{
			file: 'timeline-one-row-en',
			lang: 'en',
			props: {
				id: 'timeline1',
				title: 'timeline1',
				dataset: 'sites',
				date: 'designated',
				label: 'name',
			},
		},
	],
};

describe('chart SVG snapshots', () => {
	for (const kind of CHART_KINDS) {
		const cases: Case<ChartName>[] = CASES[kind.name];
		it(`${kind.name} has snapshot cases`, () => {
			if (!cases.length) throw new Error(`add a snapshot case for ${kind.name}`);
		});
		for (const c of cases) {
			for (const variant of ['wide', 'narrow'] as const) {
				it(`${c.file} (${variant})`, () => {
					const drawn = drawChart(kind.name, c.props, fixtureCatalog(), c.lang ?? 'id');
					expectSvgSnapshot(`${c.file}-${variant}`, drawn[variant].svg);
				});
			}
		}
	}
});
