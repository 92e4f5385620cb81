import { describe, expect, it } from 'vitest';
import { countsByYear, monthsOf, sparkBars, sparkline } from '../../../src/lib/charts/spark.ts';

describe('monthsOf', () => {
	it('counts months since year 0, a year alone as its January, a day as a fraction', () => {
		expect(monthsOf('2019-12')).toBe(2019 * 12 + 11);
		expect(monthsOf('2020')).toBe(2020 * 12);
		expect(monthsOf('2022-11-01')).toBe(2022 * 12 + 10);
		expect(monthsOf('2022-11-16')).toBeCloseTo(2022 * 12 + 10 + 15 / 31);
	});
	it('refuses what is no date', () => {
		expect(() => monthsOf('Maret 2025')).toThrow(RangeError);
		expect(() => monthsOf('2025-3')).toThrow(/YYYY-MM/);
	});
});

describe('sparkline', () => {
	const national = [
		{ at: '2022-12', value: 178 },
		{ at: '2019-12', value: 1 },
		{ at: '2025-03', value: 1909 },
	];
	it('spaces points by time and sorts them', () => {
		const m = sparkline(national, { width: 100, height: 20, pad: 0 });
		expect(m.dots.map((d) => d.at)).toEqual(['2019-12', '2022-12', '2025-03']);
		// 36 of 63 months from the first point to the last.
		expect(m.dots.map((d) => d.x)).toEqual([0, Math.round((3600 / 63) * 100) / 100, 100]);
	});
	it('puts zero on the baseline and the highest value at the top', () => {
		const m = sparkline([...national, { at: '2018', value: 0 }], { height: 20, pad: 2 });
		expect(m.dots[0]).toMatchObject({ at: '2018', y: 18 });
		expect(m.dots.at(-1)).toMatchObject({ at: '2025-03', y: 2 });
		expect(m.line.startsWith(`M${m.dots[0]!.x},18L`)).toBe(true);
		expect(m.line.match(/[ML]/g)).toHaveLength(4);
	});
	it('marks the highlighted point only', () => {
		const m = sparkline(national, { highlight: '2019-12' });
		expect(m.dots.filter((d) => d.highlight).map((d) => d.at)).toEqual(['2019-12']);
		expect(sparkline(national).dots.some((d) => d.highlight)).toBe(false);
	});
	it('draws a single point in the middle with no line', () => {
		const m = sparkline([{ at: '2025-03', value: 5 }], { width: 100, height: 20, pad: 0 });
		expect(m.line).toBe('');
		expect(m.dots[0]).toMatchObject({ x: 50, y: 0 });
	});
	it('draws an all-zero series at mid-height', () => {
		const m = sparkline(
			[
				{ at: '2020', value: 0 },
				{ at: '2021', value: 0 },
			],
			{ height: 20, pad: 0 },
		);
		expect(m.dots.map((d) => d.y)).toEqual([10, 10]);
	});
	it('refuses no points and values that are not finite', () => {
		expect(() => sparkline([])).toThrow(RangeError);
		expect(() => sparkline([{ at: '2020', value: Number.NaN }])).toThrow(/2020/);
	});
});

describe('sparkBars', () => {
	it('places bars in order on one baseline, the highest reaching the top', () => {
		const m = sparkBars(
			[
				{ label: '2021', value: 9 },
				{ label: '2022', value: 0 },
				{ label: '2023', value: 18 },
			],
			{ width: 60, height: 20, pad: 0 },
		);
		expect(m.total).toBe(27);
		expect(m.baseline).toBe(20);
		expect(m.bars.map((b) => [b.label, b.x, b.w, b.y, b.h])).toEqual([
			['2021', 3.33, 13.33, 10, 10],
			['2022', 23.33, 13.33, 20, 0],
			['2023', 43.33, 13.33, 0, 20],
		]);
	});
	it('keeps all-zero bars flat on the baseline', () => {
		const m = sparkBars([{ label: 'a', value: 0 }], { height: 20, pad: 2 });
		expect(m.bars[0]).toMatchObject({ y: 18, h: 0 });
	});
	it('refuses no bars and negative values', () => {
		expect(() => sparkBars([])).toThrow(RangeError);
		expect(() => sparkBars([{ label: '2020', value: -1 }])).toThrow(/2020/);
	});
});

describe('countsByYear', () => {
	it('counts each year from first to last, keeping empty years', () => {
		expect(countsByYear([2019, 2021, 2021, 2023, 2030], 2019, 2023)).toEqual([
			{ label: '2019', value: 1 },
			{ label: '2020', value: 0 },
			{ label: '2021', value: 2 },
			{ label: '2022', value: 0 },
			{ label: '2023', value: 1 },
		]);
	});
	it('refuses a range that runs backwards', () => {
		expect(() => countsByYear([], 2023, 2019)).toThrow(RangeError);
	});
});
