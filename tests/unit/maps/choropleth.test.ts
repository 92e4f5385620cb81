import { describe, expect, it } from 'vitest';
import { regencyFeatures } from '../../../src/lib/geo/boundaries.ts';
import { choroplethMapModel, countByArea } from '../../../src/lib/maps/choropleth.ts';
import { data, geo, hub, ROOT } from './real-data.ts';

describe('countByArea', () => {
	it('counts every village once, by province or by regency', () => {
		for (const level of ['province', 'regency'] as const) {
			const counts = countByArea(data.villages, level);
			expect([...counts.values()].reduce((s, n) => s + n, 0)).toBe(data.villages.length);
		}
	});
});

describe('choroplethMapModel', () => {
	it('shades the 38 provinces and ranks those with villages, most first, ties sharing a rank', () => {
		const m = choroplethMapModel(data, geo, { level: 'province' }, 'id', hub);
		expect(m.shapes).toHaveLength(38);
		const counts = countByArea(data.villages, 'province');
		expect(m.ranked).toHaveLength(counts.size);
		expect(m.zero).toBe(38 - counts.size);
		expect(m.total).toBe(data.villages.length);
		for (let i = 1; i < m.ranked.length; i++) {
			const [a, b] = [m.ranked[i - 1], m.ranked[i]] as const;
			expect(a?.count).toBeGreaterThanOrEqual(b?.count ?? 0);
			if (a?.count === b?.count) expect(b?.rank).toBe(a?.rank);
		}
		expect(m.ranked.every((r) => r.href?.startsWith('/wilayah/'))).toBe(true);
		expect(m.legend[0]).toEqual({ step: 0, label: '0' });
		expect(m.title).toBe('Jumlah desa devisa per provinsi dalam data kami');
		expect(m.description).toContain(m.ranked[0]?.name);
		// Every shape's shade matches its count's class.
		const top = m.shapes.find((s) => s.code === m.ranked[0]?.code);
		expect(top?.step).toBe(5);
		expect(m.shapes.filter((s) => s.count === 0).every((s) => s.step === 0)).toBe(true);
	});

	it('shades the regencies of one province, with the land around it', () => {
		const m = choroplethMapModel(data, geo, { level: 'regency', region: 'jawa-timur' }, 'en', hub);
		expect(m.shapes.length).toBe(regencyFeatures('35', ROOT).length);
		const inJatim = data.villages.filter((v) => v.provinceCode === '35');
		expect(m.total).toBe(inJatim.length);
		expect(m.context).not.toBe('');
		expect(m.title).toBe('Export villages per regency or city in East Java in our data');
	});

	it('counts one commodity only when asked', () => {
		const m = choroplethMapModel(
			data,
			geo,
			{ level: 'province', commodities: ['kakao'] },
			'id',
			hub,
		);
		expect(m.total).toBe(data.villages.filter((v) => v.commodity === 'kakao').length);
	});

	it('needs a province for the regency level', () => {
		expect(() => choroplethMapModel(data, geo, { level: 'regency' }, 'id', hub)).toThrow(
			/needs region/,
		);
		expect(() =>
			choroplethMapModel(data, geo, { level: 'regency', region: 'lamongan' }, 'id', hub),
		).toThrow(/needs region/);
	});
});
