import { describe, expect, it } from 'vitest';
import {
	decimalsFor,
	sharedScale,
	unitTitle,
	valueAxis,
	xTicks,
} from '../../../src/lib/charts/axis.ts';
import { xPosition, xText } from '../../../src/lib/charts/xvalues.ts';

describe('valueAxis', () => {
	it('writes money ticks in one scale word with shared decimals (Indonesian)', () => {
		const axis = valueAxis({
			min: 0,
			max: 1.8e12,
			unit: 'IDR',
			lang: 'id',
			range: [300, 0],
			count: 4,
		});
		expect(axis.title).toBe('triliun rupiah');
		expect(axis.ticks.map((t) => t.label)).toEqual(['0', '0,5', '1,0', '1,5', '2,0']);
		expect(axis.ticks[0]?.pos).toBe(300);
		expect(axis.ticks.at(-1)?.pos).toBe(0);
	});

	it('writes the same axis in English', () => {
		const axis = valueAxis({
			min: 0,
			max: 1.8e12,
			unit: 'IDR',
			lang: 'en',
			range: [300, 0],
			count: 4,
		});
		expect(axis.title).toBe('trillion rupiah');
		expect(axis.ticks.map((t) => t.label)).toEqual(['0', '0.5', '1.0', '1.5', '2.0']);
	});

	it('keeps counts under 100.000 in digits with Indonesian grouping', () => {
		const axis = valueAxis({
			min: 1,
			max: 1909,
			unit: 'villages',
			lang: 'id',
			range: [200, 0],
			count: 4,
		});
		expect(axis.title).toBe('desa');
		expect(axis.ticks.map((t) => t.label)).toEqual(['0', '500', '1.000', '1.500', '2.000']);
	});

	it('uses "ribu" for large counts and tonnes, never a short form', () => {
		const axis = valueAxis({
			min: 0,
			max: 385_420,
			unit: 't',
			lang: 'id',
			range: [200, 0],
			count: 4,
		});
		expect(axis.title).toBe('ribu ton');
		expect(axis.ticks.map((t) => t.label).join(' ')).not.toMatch(/\b(M|T|B|jt|rb)\b/);
		expect(axis.ticks.at(-1)?.label).toBe('400');
	});

	it('always includes zero, and negative minima', () => {
		const axis = valueAxis({
			min: -5,
			max: 10,
			unit: undefined,
			lang: 'id',
			range: [100, 0],
			count: 3,
		});
		expect(axis.ticks[0]?.value).toBeLessThan(0);
		expect(axis.ticks.some((t) => t.value === 0)).toBe(true);
	});

	it('turns an all-zero domain into 0–1 instead of dividing by zero', () => {
		const axis = valueAxis({
			min: 0,
			max: 0,
			unit: 'villages',
			lang: 'id',
			range: [100, 0],
			count: 3,
		});
		expect(axis.ticks.every((t) => Number.isFinite(t.pos))).toBe(true);
	});
});

describe('scale words and decimals', () => {
	it('sharedScale picks money scales from a million, others from 100.000', () => {
		expect(sharedScale(2e12, 'IDR')?.id).toBe('triliun');
		expect(sharedScale(500_000, 'IDR')).toBeUndefined();
		expect(sharedScale(400_000, 't')?.id).toBe('ribu');
		expect(sharedScale(99_000, 't')).toBeUndefined();
		expect(sharedScale(1e9, 'percent')).toBeUndefined();
	});

	it('unitTitle names the unit in the language, empty for a bare count', () => {
		expect(unitTitle('farm-units', undefined, 'id')).toBe('unit usaha pertanian');
		expect(unitTitle('USD', sharedScale(7e9, 'USD'), 'en')).toBe('billion US dollars');
		expect(unitTitle('count', undefined, 'id')).toBe('');
	});

	it('decimalsFor finds the fewest exact decimals', () => {
		expect(decimalsFor([0, 0.5e12, 1e12], 1e12)).toBe(1);
		expect(decimalsFor([0, 0.25, 0.5])).toBe(2);
		expect(decimalsFor([0, 500, 1000])).toBe(0);
	});
});

describe('x values and ticks', () => {
	it('places months, dates and years on one year-based axis', () => {
		expect(xPosition('2019-12', 'yearmonth')).toBeCloseTo(2019 + 11 / 12, 6);
		expect(xPosition('2023-01-01', 'date')).toBe(2023);
		expect(xPosition(2021, 'year')).toBe(2021);
		expect(() => xPosition('2019/12', 'yearmonth')).toThrow(RangeError);
	});

	it('writes x values as readers read them', () => {
		expect(xText('2019-12', 'yearmonth', 'id')).toBe('Desember 2019');
		expect(xText('2025-03', 'yearmonth', 'en')).toBe('March 2025');
		expect(xText('2023-02-08', 'date', 'id', true)).toBe('8 Feb 2023');
		expect(xText(2021, 'year', 'id')).toBe('2021');
	});

	it('thins year ticks so labels never crowd', () => {
		const wide = xTicks([2019.9, 2025.2], 'yearmonth', 'id', [0, 600], 13);
		expect(wide.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
		const narrow = xTicks([2000, 2025], 'year', 'id', [0, 200], 13);
		expect(narrow.length).toBeLessThan(10);
		const gaps = narrow.slice(1).map((t, i) => t.pos - (narrow[i]?.pos ?? 0));
		expect(Math.min(...gaps)).toBeGreaterThan(30);
	});
});

describe('shortValue and summaries', async () => {
	const { shortValue, listSentence, seriesSentence } =
		await import('../../../src/lib/charts/summary.ts');
	const { sharedScale: scale } = await import('../../../src/lib/charts/axis.ts');

	it('labels marks with about three significant digits in house style', () => {
		expect(shortValue(136_933_600_000, 'IDR', 'id')).toBe('Rp137 miliar');
		expect(shortValue(1.8e12, 'IDR', 'en')).toBe('Rp1.8 trillion');
		expect(shortValue(35000, 'IDR/kg', 'id')).toBe('Rp35.000 per kg');
		expect(shortValue(8.434, 'percent', 'id')).toBe('8,43%');
		expect(shortValue(377_840, 't', 'id', scale(400_000, 't'))).toBe('378 ribu');
		expect(shortValue(1909, 'villages', 'id')).toBe('1.909');
	});

	it('says falls and peaks, and lists categories the way the language does', () => {
		expect(
			seriesSentence(
				'Ekspor',
				[
					{ x: 2020, y: 5 },
					{ x: 2021, y: 9 },
					{ x: 2022, y: 4 },
				],
				'year',
				't',
				'id',
			),
		).toBe(
			'Ekspor turun dari 5 ton pada 2020 menjadi 4 ton pada 2022. Angka tertinggi 9 ton pada 2021.',
		);
		expect(
			listSentence(
				'Farm units',
				[
					{ name: 'Berau', value: 551 },
					{ name: 'Kutai Barat', value: 129 },
				],
				'farm-units',
				'en',
			),
		).toBe('Farm units: Berau 551 farm units and Kutai Barat 129 farm units.');
		const many = Array.from({ length: 9 }, (_, i) => ({ name: `K${i}`, value: i }));
		expect(listSentence('N', many, undefined, 'id')).toBe('N: tertinggi K8 (8), terendah K0 (0).');
	});
});
