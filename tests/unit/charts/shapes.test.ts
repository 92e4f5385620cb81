// Slope, progress, small multiples and big numbers.
import { describe, expect, it } from 'vitest';
import { bigNumbers, cardValue } from '../../../src/lib/charts/bignumbers.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/layout.ts';
import { multiplesChart } from '../../../src/lib/charts/kinds/multiples/model.ts';
import { progressChart, shareOfTarget } from '../../../src/lib/charts/kinds/progress/model.ts';
import { resolveMultiples } from '../../../src/lib/charts/kinds/multiples/resolve.ts';
import { resolveProgress } from '../../../src/lib/charts/kinds/progress/resolve.ts';
import { resolveSlope } from '../../../src/lib/charts/kinds/slope/resolve.ts';
import { slopeChart } from '../../../src/lib/charts/kinds/slope/model.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { fixtureCatalog } from './helpers.ts';

describe('slopeChart', () => {
	const r = () =>
		resolveSlope(
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

	it('compares the first and last rows and says how each series moved', () => {
		const m = slopeChart(r().input, { lang: 'id', size: WIDE });
		expect(m.summary).toBe(
			'negara tujuan naik dari 16 negara pada 2021 menjadi 46 negara pada 2022. unit usaha naik dari 16 usaha pada 2021 menjadi 18 usaha pada 2022.',
		);
		expect(m.headers.map((h) => h.lines[0])).toEqual(['2021', '2022']);
	});

	it('writes an equal starting value once, and keeps right-hand labels apart', () => {
		const m = slopeChart(r().input, { lang: 'id', size: NARROW });
		const left = m.series.flatMap((s) => s.labels.filter((l) => l.anchor === 'end'));
		expect(left).toHaveLength(1);
		const right = m.series.map((s) => s.labels.find((l) => l.anchor === 'start'));
		expect(Math.abs((right[0]?.y ?? 0) - (right[1]?.y ?? 0))).toBeGreaterThanOrEqual(2 * 17);
		expect(m.items.map((i) => i.heading)).toEqual([
			'negara tujuan, 2021',
			'negara tujuan, 2022',
			'unit usaha, 2021',
			'unit usaha, 2022',
		]);
	});

	it('refuses from/to values that do not pick exactly one row', () => {
		expect(() =>
			resolveSlope(
				{ id: 's', title: 'S', dataset: 'pairs', x: 'year', y: 'firms', from: 2020 },
				fixtureCatalog(),
				'id',
			),
		).toThrow(/from=2020 matches 0 rows/);
	});
});

describe('progressChart', () => {
	const input = () =>
		resolveProgress(
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
		).input;

	it('fills the track to the share of the target and writes it out', () => {
		const m = progressChart(input(), { lang: 'id', size: WIDE });
		expect(m.fill.w / m.track.w).toBeCloseTo(0.65, 2);
		expect(m.target.x).toBeCloseTo(m.track.x + m.track.w, 0);
		expect(m.pct.text).toBe('65% dari target');
		expect(m.summary).toBe(
			'Januari–Oktober 2022: Rp1,3 triliun, atau 65% dari target 2022 Rp2 triliun.',
		);
	});

	it('rounds shares sensibly and never divides by zero', () => {
		expect(shareOfTarget(1.3, 2)).toBe(65);
		expect(shareOfTarget(0.05, 1)).toBe(5);
		expect(shareOfTarget(1, 0)).toBe(0);
	});

	it('refuses filters that pick the wrong number of rows', () => {
		expect(() =>
			resolveProgress(
				{
					id: 'p',
					title: 'P',
					dataset: 'trade',
					value: 'value',
					actual: { year: 2022 },
					target: { period: 'target' },
				},
				fixtureCatalog(),
				'id',
			),
		).toThrow(/actual=\{"year":2022\} picks 2 rows/);
	});
});

describe('multiplesChart', () => {
	const r = (scale?: 'shared' | 'free') =>
		resolveMultiples(
			{
				id: 'm',
				title: 'M',
				x: 'as_of',
				...(scale ? { scale } : {}),
				panels: [
					{ dataset: 'counts', y: 'villages', title: 'Desa' },
					{ dataset: 'counts', y: 'other', title: 'Lain' },
				],
			},
			fixtureCatalog(),
			'id',
		);

	it('shares one x and one y scale, two columns wide and one narrow', () => {
		const wide = multiplesChart(r().input, { lang: 'id', size: WIDE });
		const [a, b] = wide.panels;
		expect(a?.model.yTicks.map((t) => t.label)).toEqual(b?.model.yTicks.map((t) => t.label));
		expect(a?.model.xTicks.map((t) => t.label)).toEqual(b?.model.xTicks.map((t) => t.label));
		expect(b?.x).toBeGreaterThan(0);
		const narrow = multiplesChart(r().input, { lang: 'id', size: NARROW });
		expect(narrow.panels[1]?.x).toBe(0);
		expect(narrow.panels[1]?.y).toBeGreaterThan(0);
	});

	it('numbers tooltip items across panels and tags them with the panel', () => {
		const m = multiplesChart(r().input, { lang: 'id', size: WIDE });
		const ks = m.panels.flatMap((p) => p.model.series.flatMap((s) => s.points.map((pt) => pt.k)));
		expect(ks).toEqual(ks.map((_, i) => i));
		expect(m.items[0]?.heading).toBe('Desa · Desember 2019');
		expect(new Set(m.items.map((i) => i.s))).toEqual(new Set([0, 1]));
	});

	it('lets free scales differ and says so', () => {
		const m = multiplesChart(r('free').input, { lang: 'id', size: WIDE });
		expect(m.summary.startsWith('2 panel, masing-masing dengan skalanya sendiri.')).toBe(true);
	});

	it('refuses a shared scale over different units', () => {
		expect(() =>
			resolveMultiples(
				{
					id: 'm',
					title: 'M',
					x: 'year',
					panels: [
						{ dataset: 'trade', y: 'value', title: 'A' },
						{ dataset: 'pairs', y: 'firms', title: 'B' },
					],
				},
				fixtureCatalog(),
				'id',
			),
		).toThrow(/different units/);
	});
});

describe('bigNumbers', () => {
	const real = loadCatalog(`${import.meta.dirname}/../../..`).datasets;
	it('writes qualifiers around the value in the language', () => {
		const [first] = bigNumbers(['dd-penerima-2025'], real, 'id');
		expect(`${first?.before}${first?.value}${first?.after}`).toBe('lebih dari 180.000');
		expect(first?.when).toBe('per Maret 2025');
		const [en] = bigNumbers(['dd-penerima-2025'], real, 'en');
		expect(en?.before.trim()).toBe('more than');
		expect(en?.label).toBe('people the programme has reached');
	});

	it('keeps the unit for money and measures, drops it for counts', () => {
		expect(cardValue(123.9e9, 'IDR', 'id')).toBe('Rp123,9 miliar');
		expect(cardValue(1161, 'ha', 'id')).toBe('1.161 ha');
		expect(cardValue(180000, 'people', 'id')).toBe('180.000');
		expect(cardValue(25, 'percent', 'en')).toBe('25%');
	});

	it('refuses an unknown id with a suggestion', () => {
		expect(() => bigNumbers(['dd-penerima-2024'], real, 'id')).toThrow(
			/did you mean "dd-penerima-2025"/,
		);
	});
});
