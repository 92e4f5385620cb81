import { describe, expect, it } from 'vitest';
import { NARROW, WIDE } from '../../../src/lib/charts/layout.ts';
import { lineChart, type LineInput } from '../../../src/lib/charts/kinds/line/model.ts';
import { numbersIn } from './helpers.ts';

const national: LineInput = {
	xType: 'yearmonth',
	series: [
		{
			label: 'Jumlah desa devisa',
			unit: 'villages',
			points: [
				{ x: '2019-12', y: 1 },
				{ x: '2021-12', y: 27, note: 'Nomor urut, bukan total.' },
				{ x: '2022-12', y: 178 },
				{ x: '2023-09', y: 613 },
				{ x: '2023-12', y: 613 },
				{ x: '2025-03', y: 1909 },
			],
		},
	],
	annotations: [{ x: '2019-12', label: 'Program diluncurkan' }],
	breaks: [{ x: '2022-12', label: 'Aturan hitung berubah' }],
};

describe('lineChart(input)', () => {
	const model = lineChart(national, { lang: 'id', size: WIDE });

	it('writes an Indonesian summary from the data', () => {
		expect(model.summary).toBe(
			'Jumlah desa devisa naik dari 1 desa pada Desember 2019 menjadi 1.909 desa pada Maret 2025. Garis terputus sebelum Desember 2022 karena dasar angkanya berubah (aturan hitung berubah).',
		);
	});

	it('writes the English summary with English numbers and months', () => {
		const en = lineChart(national, { lang: 'en', size: WIDE });
		expect(en.summary).toMatch(
			/^Jumlah desa devisa rose from 1 village in December 2019 to 1,909 villages in March 2025\./,
		);
	});

	it('spans the data on x and starts y at zero with a nice maximum', () => {
		expect(model.yTicks[0]?.label).toBe('0');
		expect(model.yTicks.at(-1)?.label).toBe('2.000');
		expect(model.xTicks.map((t) => t.label)).toEqual([
			'2020',
			'2021',
			'2022',
			'2023',
			'2024',
			'2025',
		]);
		const xs = model.series[0]?.points.map((p) => p.x) ?? [];
		expect(Math.min(...xs)).toBe(model.plot.x0);
		expect(Math.max(...xs)).toBe(model.plot.x1);
	});

	it('never joins the line across a definitional break', () => {
		const paths = model.series[0]?.paths ?? [];
		const rule = model.rules.find((r) => r.kind === 'break');
		expect(rule).toBeDefined();
		for (const p of paths) {
			const xs = numbersIn(p.d)
				.filter((_, i) => i % 2 === 0)
				.map(Number);
			const crosses = Math.min(...xs) < (rule?.x ?? 0) && Math.max(...xs) > (rule?.x ?? 0);
			expect(crosses, p.d).toBe(false);
		}
	});

	it('draws gaps longer than 12 months dashed, explains them in a note and warns the author', () => {
		const dashed = model.series[0]?.paths.filter((p) => p.dashed) ?? [];
		expect(dashed).toHaveLength(2);
		expect(model.notes.some((n) => n.includes('lebih dari 12 bulan'))).toBe(true);
		expect(model.warnings).toHaveLength(2);
		expect(model.warnings[0]).toMatch(
			/^Jumlah desa devisa jumps 24 months from December 2019 to December 2021 .*\.$/,
		);
	});

	it('rounds every coordinate to one decimal', () => {
		const text = JSON.stringify(model);
		const coords = [
			...(model.series[0]?.paths.flatMap((p) => numbersIn(p.d)) ?? []),
			...(model.series[0]?.points.flatMap((p) => [String(p.x), String(p.y)]) ?? []),
		];
		expect(coords.length).toBeGreaterThan(10);
		for (const c of coords) expect(c).toMatch(/^-?\d+(\.\d)?$/);
		expect(text).not.toMatch(/\d\.\d{4,}/);
	});

	it('gives every point a tooltip item in the language, with the row note', () => {
		expect(model.items).toHaveLength(6);
		expect(model.items[1]).toEqual({
			s: 0,
			heading: 'Desember 2021',
			value: '27 desa',
			note: 'Nomor urut, bukan total.',
		});
		expect(model.series[0]?.points.map((p) => p.k)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('labels the first and last values, inside the drawing', () => {
		const labels = model.series[0]?.labels ?? [];
		expect(labels.map((l) => l.text)).toEqual(['1', '1.909']);
		expect(labels[0]?.anchor).toBe('start');
		expect(labels[1]?.anchor).toBe('end');
	});

	it('stops the line at a missing value instead of drawing across it', () => {
		const m = lineChart(
			{
				xType: 'year',
				series: [
					{
						label: 'A',
						points: [
							{ x: 2020, y: 1 },
							{ x: 2021, y: null },
							{ x: 2022, y: 3 },
							{ x: 2023, y: 4 },
						],
					},
				],
			},
			{ lang: 'id', size: NARROW },
		);
		expect(m.series[0]?.paths).toHaveLength(1);
		expect(m.series[0]?.points).toHaveLength(3);
		expect(m.warnings.join(' ')).toMatch(/A has no value for 2021/);
	});

	it('draws several series with end labels or a legend, and items in series order', () => {
		const m = lineChart(
			{
				xType: 'year',
				series: [
					{
						label: 'Satu',
						points: [
							{ x: 2020, y: 1 },
							{ x: 2021, y: 2 },
						],
					},
					{
						label: 'Dua',
						points: [
							{ x: 2020, y: 2 },
							{ x: 2021, y: 2 },
						],
					},
				],
			},
			{ lang: 'id', size: WIDE },
		);
		expect(m.items.map((i) => i.s)).toEqual([0, 0, 1, 1]);
		expect(m.items[2]?.value).toBe('Dua: 2');
		expect(m.series.map((s) => s.labels[0]?.text)).toEqual(['Satu', 'Dua']);
		expect(m.summary).toBe(
			'Satu naik dari 1 pada 2020 menjadi 2 pada 2021. Dua tetap 2 dari 2020 hingga 2021.',
		);
	});

	it('refuses a text axis and a chart with no values', () => {
		expect(() => lineChart({ xType: 'string', series: [] }, { lang: 'id', size: WIDE })).toThrow(
			/time or number/,
		);
		expect(() =>
			lineChart(
				{ xType: 'year', series: [{ label: 'A', points: [{ x: 2020, y: null }] }] },
				{ lang: 'id', size: WIDE },
			),
		).toThrow(/no point/);
	});
});
