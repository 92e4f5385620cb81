import { describe, expect, it } from 'vitest';
import { UNITS } from '../../../src/lib/data/units.ts';
import {
	d3NumberLocale,
	formatDate,
	formatDateShort,
	formatDateTime,
	formatList,
	formatMoney,
	formatNumber,
	formatPercent,
	formatScaled,
	formatValue,
	jakartaDate,
	jakartaMidnight,
	monthName,
	scaleFor,
} from '../../../src/lib/format/index.ts';

describe('formatNumber', () => {
	it.each([
		[1161, 'id', '1.161'],
		[1161, 'en', '1,161'],
		[1.8, 'id', '1,8'],
		[1.8, 'en', '1.8'],
		[285.52, 'id', '285,52'],
		[1909, 'id', '1.909'],
		[180000, 'id', '180.000'],
		[-5, 'id', '-5'],
		[-0, 'id', '0'],
		[2.345, 'id', '2,35'],
	] as const)('formatNumber(%s, %s) → %s', (value, lang, expected) => {
		expect(formatNumber(value, lang)).toBe(expected);
	});

	it('keeps trailing zeros only when asked', () => {
		expect(formatNumber(2.5, 'id', { minimumFractionDigits: 2 })).toBe('2,50');
		expect(formatNumber(2.5, 'id')).toBe('2,5');
	});

	it('rounds to the fraction digits asked for', () => {
		expect(formatNumber(1.055340951, 'id', { maximumFractionDigits: 0 })).toBe('1');
		expect(formatNumber(-0.001, 'en')).toBe('0');
	});
});

describe('formatScaled and formatMoney write scale words, never M/T/B', () => {
	it.each([
		[1.8e12, 'IDR', 'id', 'Rp1,8 triliun'],
		[1.8e12, 'IDR', 'en', 'Rp1.8 trillion'],
		[123.9e9, 'IDR', 'id', 'Rp123,9 miliar'],
		[123.9e9, 'IDR', 'en', 'Rp123.9 billion'],
		[1_055_340_950_000, 'IDR', 'id', 'Rp1,06 triliun'],
		[597_047_529_680, 'IDR', 'id', 'Rp597,05 miliar'],
		[35000, 'IDR', 'id', 'Rp35.000'],
		[148000, 'USD', 'en', 'US$148,000'],
		[7e9, 'USD', 'id', 'US$7 miliar'],
		[-5e9, 'IDR', 'id', '-Rp5 miliar'],
	] as const)('formatMoney(%s, %s, %s) → %s', (value, currency, lang, expected) => {
		const text = formatMoney(value, currency, lang);
		expect(text).toBe(expected);
		expect(text).not.toMatch(/\d\s?(M|T|B|jt|rb)\b/);
	});

	it('uses "ribu"/"thousand" only when the caller allows it', () => {
		expect(formatMoney(351600, 'USD', 'id')).toBe('US$351.600');
		expect(formatMoney(351600, 'USD', 'id', { minScale: 1e3 })).toBe('US$351,6 ribu');
		expect(formatMoney(351600, 'USD', 'en', { minScale: 1e3 })).toBe('US$351.6 thousand');
	});

	it('can share one scale across values (a table column, an axis)', () => {
		const scale = scaleFor(1.8e12);
		expect(scale?.id).toBe('triliun');
		expect(formatScaled(0.5e12, 'id', { scale })).toBe('0,5 triliun');
		expect(formatScaled(1.41e6, 'en')).toBe('1.41 million');
		expect(formatScaled(1.41e6, 'en', { scale: null })).toBe('1,410,000');
	});

	it('scaleFor picks nothing below a million by default', () => {
		expect(scaleFor(999_999)).toBeUndefined();
		expect(scaleFor(1e6)?.id).toBe('juta');
		expect(scaleFor(-2e9)?.en).toBe('billion');
		expect(scaleFor(1500, 1e3)?.id).toBe('ribu');
	});
});

describe('formatPercent and formatValue', () => {
	it('writes percentages without a space', () => {
		expect(formatPercent(25, 'id')).toBe('25%');
		expect(formatPercent(8.43, 'id')).toBe('8,43%');
		expect(formatPercent(8.43, 'en')).toBe('8.43%');
	});

	it.each([
		[1161, 'ha', 'id', '1.161 ha'],
		[1161, 'ha', 'en', '1,161 ha'],
		[765, 't', 'id', '765 ton'],
		[765, 't', 'en', '765 tonnes'],
		[1, 't', 'en', '1 tonne'],
		[765, 't/year', 'id', '765 ton per tahun'],
		[2.5e6, 't', 'en', '2.5 million tonnes'],
		[1909, 'villages', 'id', '1.909 desa'],
		[1909, 'villages', 'en', '1,909 villages'],
		[1.8e12, 'IDR', 'id', 'Rp1,8 triliun'],
		[25, 'percent', 'id', '25%'],
		[35000, 'IDR/kg', 'id', 'Rp35.000 per kg'],
		[-7.05, 'degree', 'id', '-7,05°'],
		[16, undefined, 'id', '16'],
		[16, 'count', 'en', '16'],
	] as const)('formatValue(%s, %s, %s) → %s', (value, unit, lang, expected) => {
		expect(formatValue(value, unit, lang)).toBe(expected);
	});
});

describe('dates', () => {
	it.each([
		['2023-02-08', 'id', '8 Februari 2023'],
		['2023-02-08', 'en', '8 February 2023'],
		['2022-11-01', 'id', '1 November 2022'],
		['2025-03', 'id', 'Maret 2025'],
		['2025-03', 'en', 'March 2025'],
		['2019', 'id', '2019'],
	] as const)('formatDate(%s, %s) → %s', (iso, lang, expected) => {
		expect(formatDate(iso, lang)).toBe(expected);
	});

	it('never shifts a calendar day, whatever the machine time zone', () => {
		const tz = process.env.TZ;
		for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
			process.env.TZ = zone;
			expect(formatDate('2019-12-06', 'id')).toBe('6 Desember 2019');
		}
		process.env.TZ = tz;
	});

	it('short dates keep the month as a word', () => {
		expect(formatDateShort('2023-02-08', 'id')).toBe('8 Feb 2023');
		expect(formatDateShort('2025-03', 'en')).toBe('Mar 2025');
		expect(formatDateShort('2023-05-31', 'id')).toBe('31 Mei 2023');
		expect(formatDateShort('2023', 'id')).toBe('2023');
	});

	it('refuses shapes that are not ISO dates', () => {
		expect(() => formatDate('08/02/2023', 'id')).toThrow(/YYYY/);
		expect(() => monthName(13, 'id')).toThrow(RangeError);
	});

	it('shows instants in Asia/Jakarta with the zone named', () => {
		// 17:30 UTC on 7 Feb is 00:30 on 8 Feb in Jakarta.
		const instant = new Date('2023-02-07T17:30:00Z');
		expect(jakartaDate(instant)).toBe('2023-02-08');
		expect(formatDateTime(instant, 'id')).toBe('8 Februari 2023 00.30 WIB');
		expect(formatDateTime(instant, 'en')).toBe('8 February 2023 00:30 WIB');
		expect(jakartaMidnight('2023-02-08').toISOString()).toBe('2023-02-07T17:00:00.000Z');
	});
});

describe('lists and d3 locale', () => {
	it('joins lists without a serial comma', () => {
		expect(formatList(['Berau', 'Kutai Timur', 'Mahakam Ulu'], 'id')).toBe(
			'Berau, Kutai Timur dan Mahakam Ulu',
		);
		expect(formatList(['Berau', 'Kutai Timur'], 'en')).toBe('Berau and Kutai Timur');
		expect(formatList(['Berau'], 'en')).toBe('Berau');
	});

	it('gives d3 an Indonesian locale', () => {
		expect(d3NumberLocale('id').format(',.1f')(1234.5)).toBe('1.234,5');
		expect(d3NumberLocale('en').format(',.1f')(1234.5)).toBe('1,234.5');
	});
});

// One table of units (src/lib/data/units.ts): every unit a field may declare is written after a
// number, or is money or a percentage, which formatValue writes its own way. Never an empty label
// by omission.
describe('every declarable unit is written with its number', () => {
	it.each(Object.keys(UNITS))('%s', (unit) => {
		for (const lang of ['id', 'en'] as const) {
			const written = formatValue(2, unit, lang);
			if (unit === 'count') expect(written).toBe('2');
			else expect(written, `${unit} ${lang}`).not.toBe('2');
		}
	});
});
