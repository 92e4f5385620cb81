import { describe, expect, it } from 'vitest';
import {
	compareEntries,
	EMPTY_STATE,
	explorerQuery,
	facetCounts,
	filterVillages,
	isEmptyState,
	matchesState,
	parseExplorerQuery,
	type ExplorerState,
} from '../../../src/lib/maps/filter.ts';
import type { Village } from '../../../src/lib/maps/records.ts';

const village = (id: string, commodity: string, regencyCode: string, year: number | null) =>
	({
		id,
		commodity,
		regencyCode,
		provinceCode: regencyCode.slice(0, 2),
		year,
	}) as Village;
const villages = [
	village('parengan', 'tenun-ikat', '35.24', 2022),
	village('nusasari', 'kakao', '51.01', 2019),
	village('kolaka', 'kakao', '74.08', null),
	village('punjung', 'jahe', '35.01', 2022),
];
const ids = (vs: Village[]) => vs.map((v) => v.id);

describe('filterVillages', () => {
	it('keeps everything with an empty filter', () => {
		expect(ids(filterVillages(villages, {}))).toEqual(ids(villages));
	});
	it('matches provinces by province code and regencies by regency code', () => {
		expect(ids(filterVillages(villages, { regions: ['35'] }))).toEqual(['parengan', 'punjung']);
		expect(ids(filterVillages(villages, { regions: ['35.24', '74.08'] }))).toEqual([
			'parengan',
			'kolaka',
		]);
	});
	it('combines commodity and year; null matches unknown years', () => {
		expect(ids(filterVillages(villages, { commodities: ['kakao'], years: [null] }))).toEqual([
			'kolaka',
		]);
		expect(ids(filterVillages(villages, { commodities: ['kakao'], regions: ['64'] }))).toEqual([]);
	});
});

describe('explorer address', () => {
	const vocab = {
		commodities: new Set(['kakao', 'kopi', 'tenun-ikat']),
		provinces: new Map([
			['jawa-timur', '35'],
			['bali', '51'],
		]),
		years: new Set([2019, 2022]),
	};
	const parse = (query: string) => parseExplorerQuery(query, vocab).state;
	const slug = (code: string) => (code === '35' ? 'jawa-timur' : 'bali');

	it('reads Indonesian and English parameters, slugs or codes', () => {
		expect(parse('?komoditas=kakao&provinsi=jawa-timur&tahun=2022')).toEqual({
			...EMPTY_STATE,
			commodity: 'kakao',
			province: '35',
			year: 2022,
		});
		expect(parse('commodity=kopi&province=51&year=unknown')).toEqual({
			...EMPTY_STATE,
			commodity: 'kopi',
			province: '51',
			year: 'unknown',
		});
	});

	it('reports every filter it cannot read, and leaves other parameters alone', () => {
		const { state, rejected } = parseExplorerQuery(
			'?komoditas=emas&provinsi=atlantis&tahun=dua&urut=acak&x=1&utm_source=wa',
			vocab,
		);
		expect(state).toEqual(EMPTY_STATE);
		expect(rejected).toEqual([
			{ name: 'komoditas', value: 'emas', reason: 'unknown-value' },
			{ name: 'provinsi', value: 'atlantis', reason: 'unknown-value' },
			{ name: 'tahun', value: 'dua', reason: 'unknown-value' },
			{ name: 'urut', value: 'acak', reason: 'unknown-value' },
		]);
	});

	it('does not read __proto__, impossible years, very long values or a filter given twice', () => {
		const long = 'k'.repeat(5000);
		const { state, rejected } = parseExplorerQuery(
			`?provinsi=__proto__&tahun=9999&komoditas=${long}&year=2019&tahun=2022&urut=nama-turun-x`,
			vocab,
		);
		expect(state).toEqual(EMPTY_STATE);
		expect(rejected).toEqual([
			{ name: 'komoditas', value: `${'k'.repeat(39)}…`, reason: 'unknown-value' },
			{ name: 'provinsi', value: '__proto__', reason: 'unknown-value' },
			{ name: 'tahun', value: '9999', reason: 'repeated' },
			{ name: 'tahun', value: '2022', reason: 'repeated' },
			{ name: 'year', value: '2019', reason: 'repeated' },
			{ name: 'urut', value: 'nama-turun-x', reason: 'unknown-value' },
		]);
		expect(parseExplorerQuery('?komoditas=constructor&provinsi=toString', vocab).state).toEqual(
			EMPTY_STATE,
		);
	});

	it.each([
		['id', '?komoditas=kakao&provinsi=jawa-timur&tahun=tidak-diketahui&urut=tahun-turun'],
		['en', '?commodity=kakao&province=jawa-timur&year=unknown&sort=year-desc'],
	] as const)('writes the state in %s and reads it back', (lang, query) => {
		const state: ExplorerState = {
			commodity: 'kakao',
			province: '35',
			year: 'unknown',
			sort: 'year',
			desc: true,
		};
		expect(explorerQuery(state, lang, slug)).toBe(query);
		expect(parseExplorerQuery(query, vocab)).toEqual({ state, rejected: [] });
	});

	it('writes nothing for the empty state', () => {
		expect(explorerQuery(EMPTY_STATE, 'id', slug)).toBe('');
	});

	it('keeps parameters that are not the explorer’s, and replaces its own in either language', () => {
		const state = { ...EMPTY_STATE, commodity: 'kopi' };
		expect(explorerQuery(state, 'id', slug, '?utm_source=wa&commodity=kakao&tahun=9999')).toBe(
			'?utm_source=wa&komoditas=kopi',
		);
		expect(explorerQuery(EMPTY_STATE, 'id', slug, '?utm_source=wa&provinsi=x')).toBe(
			'?utm_source=wa',
		);
	});

	it('knows the empty state, whichever way it was reached', () => {
		expect(isEmptyState(parse(''))).toBe(true);
		expect(isEmptyState(parse('?komoditas=tidak-ada'))).toBe(true);
		expect(isEmptyState({ ...EMPTY_STATE, desc: true })).toBe(false);
		expect(isEmptyState({ ...EMPTY_STATE, sort: 'year' })).toBe(false);
		expect(isEmptyState({ ...EMPTY_STATE, year: 'unknown' })).toBe(false);
		expect(isEmptyState({ ...EMPTY_STATE, province: '35' })).toBe(false);
	});
});

describe('facetCounts and matchesState', () => {
	const items = villages.map((v) => ({
		commodity: v.commodity,
		province: v.provinceCode,
		year: v.year,
	}));
	it('counts each facet with the other filters applied', () => {
		const counts = facetCounts(items, { ...EMPTY_STATE, commodity: 'kakao' });
		expect(counts.shown).toBe(2);
		expect(Object.fromEntries(counts.province)).toEqual({ '51': 1, '74': 1 });
		expect(Object.fromEntries(counts.year)).toEqual({ '2019': 1, unknown: 1 });
		// The commodity facet ignores the commodity filter itself.
		expect(Object.fromEntries(counts.commodity)).toEqual({ 'tenun-ikat': 1, kakao: 2, jahe: 1 });
	});
	it('matches the unknown year only for items without one', () => {
		const unknown = { ...EMPTY_STATE, year: 'unknown' as const };
		expect(items.filter((i) => matchesState(i, unknown))).toHaveLength(1);
	});
});

describe('compareEntries', () => {
	const collator = new Intl.Collator('id');
	const e = (name: string, year: string) => ({ name, place: '', commodity: '', year });
	const list = [e('Clapar', '2023'), e('Alor', ''), e('Bumisari', '2022'), e('Agrowisata', '')];
	it('sorts by name with the language’s collation', () => {
		const sorted = [...list].sort((a, b) => compareEntries(a, b, 'name', false, collator));
		expect(sorted.map((x) => x.name)).toEqual(['Agrowisata', 'Alor', 'Bumisari', 'Clapar']);
	});
	it('puts unknown years last in both directions, ties by name', () => {
		const up = [...list].sort((a, b) => compareEntries(a, b, 'year', false, collator));
		const down = [...list].sort((a, b) => compareEntries(a, b, 'year', true, collator));
		expect(up.map((x) => x.name)).toEqual(['Bumisari', 'Clapar', 'Agrowisata', 'Alor']);
		expect(down.map((x) => x.name)).toEqual(['Clapar', 'Bumisari', 'Agrowisata', 'Alor']);
	});
});
