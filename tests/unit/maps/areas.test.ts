import { describe, expect, it } from 'vitest';
import { liveMapContract, villageFileContract } from '../../../src/lib/contracts/map.ts';
import {
	countByArea,
	isLarge,
	LIST_LIMIT,
	regencyOfFileSlug,
	villageAreas,
	villageFileSlug,
} from '../../../src/lib/maps/areas.ts';
import { gridClusters, separateSpots, TARGET_RADIUS } from '../../../src/lib/maps/cluster.ts';
import { facetCounts, EMPTY_STATE } from '../../../src/lib/maps/filter.ts';
import { liveMapPayload } from '../../../src/lib/maps/live.ts';
import { villageMapModel } from '../../../src/lib/maps/village-map.ts';
import { villageFile, villageRecords } from '../../../src/lib/maps/village-file.ts';
import { villageDetails } from '../../../src/lib/maps/popup.ts';
import { data, geo, hub, largeData } from './real-data.ts';

const words = { one: '{n} desa devisa', other: '{n} desa devisa', cluster: '{count}' };

describe('large maps', () => {
	it('a map is large above LIST_LIMIT villages; the real site has none', () => {
		expect(isLarge(LIST_LIMIT)).toBe(false);
		expect(isLarge(LIST_LIMIT + 1)).toBe(true);
		expect(isLarge(data.villages.length)).toBe(false);
	});

	it('a small map lists every village and counts no area (as before)', () => {
		const m = villageMapModel(data, geo, {}, 'id', hub);
		expect(m.areas).toBeUndefined();
		expect(m.villages).toHaveLength(data.villages.length);
		expect(m.svg.dots).toHaveLength(data.villages.length);
		expect(m.svg.bubbles).toEqual([]);
	});

	it('a large national map draws a count per province instead of a dot per village', () => {
		const big = largeData(5000);
		const m = villageMapModel(big, geo, {}, 'id', hub);
		expect(m.villages).toEqual([]);
		expect(m.matched).toHaveLength(5000);
		expect(m.svg.dots).toEqual([]);
		expect(m.areas?.level).toBe('province');
		const counts = m.areas?.counts ?? [];
		expect(counts.reduce((s, c) => s + c.count, 0)).toBe(5000);
		// One circle per province with villages, largest first, its count written in it.
		expect(m.svg.bubbles.map((b) => b.id)).toEqual(counts.map((c) => c.region.code));
		const jatim = m.svg.bubbles.find((b) => b.id === '35');
		const n = counts.find((c) => c.region.code === '35')?.count ?? 0;
		expect(jatim?.text).toBe(n.toLocaleString('id-ID'));
		expect(jatim?.title).toContain('Jawa Timur');
		expect(m.count).toBe('5.000 desa devisa');
		expect(m.description).toContain('Jawa Timur');
	});

	it('a large map of a province counts by regency', () => {
		const m = villageMapModel(largeData(5000), geo, { regions: ['35'] }, 'en', hub);
		expect(m.areas?.level).toBe('regency');
		expect(m.areas?.counts.every((c) => c.region.parentCode === '35')).toBe(true);
	});

	it('countByArea refuses an area missing from the regions', () => {
		expect(() =>
			countByArea([{ provinceCode: '99', regencyCode: '99.01' }], data, 'province'),
		).toThrow('no region 99');
	});

	it('villageAreas grows with areas and commodities, not with villages', () => {
		const opts = {
			frame: () => undefined,
			fileUrl: (code: string) => `/peta/desa/${villageFileSlug(code)}.json`,
			filter: {},
			name: (r: { name: string }) => r.name,
			words,
		};
		const small = villageAreas(largeData(1000).villages, data, opts);
		const large = villageAreas(largeData(20_000).villages, data, opts);
		expect(large.regencies).toEqual(small.regencies);
		expect(large.counts.length).toBe(small.counts.length);
		expect(large.counts.reduce((s, c) => s + c[3], 0)).toBe(20_000);
		expect(large.regencies[0]?.[5]).toMatch(/^\/peta\/desa\/\d\d-\d\d\.json$/);
		// The counts give the explorer's facets without a village file: the same as counting
		// every village.
		const groups = large.counts.map(([r, c, year, n]) => ({
			commodity: large.commodities[c] ?? '',
			province: large.regencies[r]?.[1] ?? '',
			year,
			count: n,
		}));
		const villages = largeData(20_000).villages.map((v) => ({
			commodity: v.commodity,
			province: v.provinceCode,
			year: v.year,
		}));
		const state = { ...EMPTY_STATE, commodity: 'kopi' };
		expect(facetCounts(groups, state)).toEqual(facetCounts(villages, state));
	});

	it('the large map payload passes its contract', () => {
		const big = largeData(2000);
		const m = villageMapModel(big, geo, {}, 'id', hub);
		const areas = villageAreas(m.matched, big, {
			frame: () => undefined,
			fileUrl: (code) => `/peta/desa/${villageFileSlug(code)}.json`,
			filter: m.filter,
			name: (r) => r.name,
			words,
		});
		const payload = liveMapPayload(m, {
			lang: 'id',
			title: m.title,
			geo: { provinces: '/p.json', regencies: [] },
			areas,
		});
		expect(liveMapContract.decode(liveMapContract.encode(payload)).areas).toEqual(areas);
	});
});

describe('village files', () => {
	it('slugs of regency codes go both ways', () => {
		expect(villageFileSlug('35.24')).toBe('35-24');
		expect(regencyOfFileSlug('35-24')).toBe('35.24');
	});

	it('villageRecords(villageFile(…)) gives back what the popup and the list show', () => {
		const big = largeData(400);
		const lamongan = big.villages.filter((v) => v.regencyCode === '35.24');
		expect(lamongan.length).toBeGreaterThan(1);
		const file = villageFile('35.24', lamongan, big, 'id', hub);
		// Repeated words are written once.
		expect(file.commodities.length).toBeLessThan(lamongan.length);
		const records = villageRecords(villageFileContract.decode(villageFileContract.encode(file)));
		expect(records).toHaveLength(lamongan.length);
		lamongan.forEach((v, i) => {
			const d = villageDetails(v, big, 'id', hub);
			expect(records[i]).toEqual({
				id: d.id,
				name: d.name,
				lon: d.point[0],
				lat: d.point[1],
				commodityKey: d.commodityKey,
				commodity: d.commodity,
				cat: d.cat,
				designated: d.designated,
				year: v.year,
				programme: d.programme,
				districtName: d.districtName,
				regencyCode: '35.24',
				provinceCode: '35',
				regency: d.regency,
				province: d.province,
				hubHref: d.hubHref,
				hubLabel: d.hubLabel,
				sourceLabel: d.sourceLabel,
				sourceUrl: d.sourceUrl,
				coordLevel: d.coordLevel,
				placeNote: d.placeNote,
			});
		});
	});

	it('refuses a village of another regency, and a file whose positions point nowhere', () => {
		expect(() =>
			villageFile(
				'35.24',
				[data.villages[0]!, data.villages.find((v) => v.regencyCode !== '35.24')!],
				data,
				'id',
				hub,
			),
		).toThrow(/is not in regency 35.24/);
		const file = villageFile(
			'35.24',
			data.villages.filter((v) => v.regencyCode === '35.24'),
			data,
			'en',
			hub,
		);
		const broken = {
			...file,
			villages: file.villages.map((v) => [...v.slice(0, 4), 9, ...v.slice(5)] as typeof v),
		};
		expect(() => villageRecords(broken)).toThrow('village file 35.24: no commodity 9');
	});
});

describe('gridClusters(points, cell)', () => {
	it('groups points by grid cell, keeping order, at their mean position', () => {
		const c = gridClusters(
			[
				{ id: 'a', x: 1, y: 1 },
				{ id: 'b', x: 50, y: 5 },
				{ id: 'c', x: 3, y: 9 },
			],
			40,
		);
		expect(c).toEqual([
			{ ids: ['a', 'c'], x: 2, y: 5 },
			{ ids: ['b'], x: 50, y: 5 },
		]);
	});

	it('refuses a cell that is not positive', () => {
		expect(() => gridClusters([], 0)).toThrow('cell size must be positive');
	});
});

describe('separateSpots(spots, radius, gap)', () => {
	const radius = (n: number) => (n === 1 ? 4 : 10 + n);
	it("merges a spot into a larger one within reach, keeping the larger one's place", () => {
		const out = separateSpots(
			[
				{ x: 0, y: 0, count: 1, members: ['a'] },
				{ x: 20, y: 0, count: 5, members: ['b'] },
				{ x: 200, y: 0, count: 1, members: ['c'] },
			],
			radius,
		);
		expect(out).toEqual([
			{ x: 20, y: 0, count: 6, members: ['b', 'a'] },
			{ x: 200, y: 0, count: 1, members: ['c'] },
		]);
	});

	it('keeps apart spots whose touch targets do not meet', () => {
		const apart = 2 * TARGET_RADIUS + 2;
		const spots = [
			{ x: 0, y: 0, count: 1, members: [1] },
			{ x: apart, y: 0, count: 1, members: [2] },
		];
		expect(separateSpots(spots, radius)).toEqual(spots);
		expect(separateSpots([spots[0]!, { ...spots[1]!, x: apart - 1 }], radius)).toHaveLength(1);
	});

	it('merges again when a grown marker reaches another', () => {
		// c joins b (a count of 10, radius 20), which then reaches a (radius 30): 50 < 30 + 20 + 2.
		const out = separateSpots(
			[
				{ x: 0, y: 0, count: 20, members: ['a'] },
				{ x: 50, y: 0, count: 5, members: ['b'] },
				{ x: 70, y: 0, count: 5, members: ['c'] },
			],
			radius,
		);
		expect(out).toEqual([{ x: 0, y: 0, count: 30, members: ['a', 'b', 'c'] }]);
	});
});
