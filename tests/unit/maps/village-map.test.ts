import { describe, expect, it } from 'vitest';
import { areaFeature } from '../../../src/lib/geo/boundaries.ts';
import { featurePolygons } from '../../../src/lib/geo/convert.ts';
import { distanceToPolygonsKm } from '../../../src/lib/geo/wilayah.ts';
import { INDONESIA_BOUNDS } from '../../../src/lib/maps/bounds.ts';
import { villageMapModel } from '../../../src/lib/maps/village-map.ts';
import { data, geo, hub, ROOT } from './real-data.ts';

const inView = (m: ReturnType<typeof villageMapModel>) =>
	m.svg.dots.every((d) => d.x >= 0 && d.x <= m.svg.width && d.y >= 0 && d.y <= m.svg.height);

describe('villageMapModel', () => {
	it('Parengan: tenun ikat in Lamongan, titled from the filters, focused on the regency', () => {
		const m = villageMapModel(
			data,
			geo,
			{ regions: ['lamongan'], commodities: ['tenun-ikat'] },
			'id',
			hub,
		);
		expect(m.title).toBe('Desa devisa tenun ikat di Kabupaten Lamongan');
		expect(m.count).toBe('1 desa devisa');
		expect(m.villages.map((v) => v.id)).toEqual(['parengan']);
		expect(m.svg.dots).toHaveLength(1);
		expect(m.svg.focus).not.toBe('');
		expect(m.svg.labels.map((l) => l.text)).toEqual(
			expect.arrayContaining(['Parengan', 'Lamongan']),
		);
		expect(m.svg.inset).toBeDefined();
		expect(m.live).toMatchObject({ focus: ['35.24'], national: false });
		expect(m.live.provinces).toContain('35');
		expect(m.description).toContain('Parengan');
		expect(inView(m)).toBe(true);
		expect(m.empty).toBeUndefined();
	});

	it('in English', () => {
		const m = villageMapModel(
			data,
			geo,
			{ regions: ['35.24'], commodities: ['tenun-ikat'] },
			'en',
			hub,
		);
		expect(m.title).toBe('Ikat weaving export villages in Lamongan Regency');
		expect(m.count).toBe('1 export village');
	});

	it('Kutai Timur cocoa: no village, said plainly, with the nearest cocoa village in our data', () => {
		const regions = ['berau', 'kutai-timur', 'mahakam-ulu'];
		const m = villageMapModel(data, geo, { regions, commodities: ['kakao'] }, 'id', hub);
		expect(m.villages).toEqual([]);
		expect(m.svg.dots).toEqual([]);
		expect(m.empty?.text).toBe(
			'Belum ada desa devisa kakao di Berau, Kutai Timur dan Mahakam Ulu dalam data kami.',
		);
		// The nearest is the cocoa village closest to the three regencies' boundaries.
		const polygons = ['64.03', '64.08', '64.11'].flatMap((c) => {
			const f = areaFeature(c, ROOT);
			return f ? featurePolygons(f) : [];
		});
		const cocoa = data.villages.filter((v) => v.commodity === 'kakao');
		const nearest = cocoa
			.map((v) => ({ v, km: distanceToPolygonsKm([v.lon, v.lat], polygons) }))
			.sort((a, b) => a.km - b.km)[0];
		expect(m.empty?.nearest).toContain(nearest?.v.name);
		expect(m.svg.focus).not.toBe('');
		expect(m.svg.labels.map((l) => l.text)).toEqual(
			expect.arrayContaining(['Berau', 'Kutai Timur', 'Mahakam Ulu']),
		);
		expect(m.description).toContain(m.empty?.text);
	});

	it('the national overview frames Indonesia and draws every village, spread where needed', () => {
		const m = villageMapModel(data, geo, {}, 'id', hub);
		expect(m.live.national).toBe(true);
		expect(m.live.bounds).toEqual(INDONESIA_BOUNDS);
		expect(m.svg.dots).toHaveLength(data.villages.length);
		expect(m.svg.spread).toBe(true);
		expect(m.svg.inset).toBeUndefined();
		expect(inView(m)).toBe(true);
		expect(m.hasCentrePoints).toBe(true);
		// The national land must stay small enough to inline in a page.
		expect(m.svg.land.length + m.svg.lines.length).toBeLessThan(40_000);
	});

	it('a commodity hub map frames that commodity’s villages', () => {
		const m = villageMapModel(data, geo, { commodities: ['lada'] }, 'id', hub);
		const lada = data.villages.filter((v) => v.commodity === 'lada');
		expect(m.villages).toHaveLength(lada.length);
		expect(m.live.national).toBe(false);
		for (const v of lada) {
			expect(v.lon).toBeGreaterThan(m.live.bounds[0][0]);
			expect(v.lon).toBeLessThan(m.live.bounds[1][0]);
		}
	});

	it('refuses an unknown region or commodity', () => {
		expect(() => villageMapModel(data, geo, { regions: ['atlantis'] }, 'id', hub)).toThrow(
			/"atlantis" is not a region/,
		);
		expect(() => villageMapModel(data, geo, { commodities: ['emas'] }, 'id', hub)).toThrow(
			/"emas" is not a commodity/,
		);
	});
});

describe('every region and commodity hub can carry a map', () => {
	it.each([...data.regions.values()].map((r) => [r.slug, r.code] as const))(
		'region %s',
		(_slug, code) => {
			const m = villageMapModel(data, geo, { regions: [code] }, 'id', hub);
			const inside = data.villages.filter((v) =>
				code.includes('.') ? v.regencyCode === code : v.provinceCode === code,
			);
			expect(m.villages).toHaveLength(inside.length);
			expect(Boolean(m.empty)).toBe(inside.length === 0);
			expect(m.svg.focus).not.toBe('');
			expect(inView(m)).toBe(true);
		},
	);
	it.each([...data.commodities.keys()])('commodity %s', (key) => {
		const m = villageMapModel(data, geo, { commodities: [key] }, 'en', hub);
		expect(m.villages.length).toBe(data.villages.filter((v) => v.commodity === key).length);
		expect(inView(m)).toBe(true);
	});
});
