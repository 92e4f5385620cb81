// What a spreadsheet header says beyond the column's name: units, scale words and a title the
// reader sees, so "Nilai ekspor (Rp miliar)" over 12,4 can never print as Rp12,4.
import { describe, expect, it } from 'vitest';
import {
	glossaryTitle,
	readableTitle,
	shiftDecimal,
	unitWords,
	withoutScale,
} from '../../../src/lib/data/headers.ts';

describe('unitWords()', () => {
	it.each([
		['Nilai ekspor (Rp miliar)', { unit: 'IDR', scale: { word: 'miliar', exponent: 9 } }],
		['Nilai (US$ juta)', { unit: 'USD', scale: { word: 'juta', exponent: 6 } }],
		['Volume (ribu ton)', { unit: 't', scale: { word: 'ribu', exponent: 3 } }],
		["Volume ('000 ton)", { unit: 't', scale: { word: '000', exponent: 3 } }],
		['Nilai (triliun rupiah)', { unit: 'IDR', scale: { word: 'triliun', exponent: 12 } }],
		['Export value (USD million)', { unit: 'USD', scale: { word: 'million', exponent: 6 } }],
		['Luas (ha)', { unit: 'ha' }],
		['Pangsa (%)', { unit: 'percent' }],
		['Pangsa persen', { unit: 'percent' }],
		['Penduduk (jiwa)', { unit: 'people' }],
		['catatan: dalam juta rupiah', { unit: 'IDR', scale: { word: 'juta', exponent: 6 } }],
		['Nilai', {}],
		['Ribuan desa', { scale: { word: 'ribuan', exponent: 3 } }],
		['Tahun 2000', {}],
	])('%j', (text, expected) => {
		expect(unitWords(text)).toEqual(expected);
	});
});

describe('readableTitle()', () => {
	it.each([
		['Nilai ekspor (Rp miliar)', 'Nilai ekspor'],
		['Volume (000 ton)', 'Volume'],
		['Luas (ha)', 'Luas'],
		['Nilai Ekspor Rp', 'Nilai Ekspor'],
		['LUAS_HA', 'Luas'],
		['nilai_ekspor_rp', 'Nilai ekspor'],
		['Jumlah UMKM (unit usaha)', 'Jumlah UMKM (unit usaha)'],
		['Kabupaten/Kota', 'Kabupaten/Kota'],
		['  Nama  Desa : ', 'Nama Desa'],
		['%', ''],
		['', ''],
	])('%j → %j', (header, title) => {
		expect(readableTitle(header)).toBe(title);
	});
});

describe('glossaryTitle()', () => {
	it('knows common column titles in either language, and nothing else', () => {
		expect(glossaryTitle('Nilai Ekspor')).toEqual({ id: 'Nilai ekspor', en: 'Export value' });
		expect(glossaryTitle('export value')).toEqual({ id: 'Nilai ekspor', en: 'Export value' });
		expect(glossaryTitle('Kabupaten/kota')).toEqual({ id: 'Kabupaten/kota', en: 'Regency/city' });
		expect(glossaryTitle('Nama pengrajin')).toBeUndefined();
	});
});

describe('withoutScale()', () => {
	it.each([
		['nilai_ekspor_rp_miliar', 'nilai_ekspor_rp'],
		['volume_ribu_ton', 'volume_ton'],
		['volume_000_ton', 'volume_ton'],
		['luas_ha', 'luas_ha'],
		['juta', 'juta'],
	])('%s → %s', (name, plain) => {
		expect(withoutScale(name)).toBe(plain);
	});
});

describe('shiftDecimal()', () => {
	it.each([
		['12.4', 9, '12400000000'],
		['3.25', 9, '3250000000'],
		['1.5', 3, '1500'],
		['0.125', 2, '12.5'],
		['-0.5', 6, '-500000'],
		['12', 0, '12'],
		['1.5', -3, '0.0015'],
		['0.000001161', 9, '1161'],
		['-0', 3, '0'],
		['007.50', 1, '75'],
		// Exact where floating point is not: 1.1 × 10^9 and 0.29 × 100.
		['1.1', 9, '1100000000'],
		['0.29', 2, '29'],
	])('%s × 10^%i = %s', (value, exponent, out) => {
		expect(shiftDecimal(value, exponent)).toBe(out);
	});
});
