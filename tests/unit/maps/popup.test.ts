import { describe, expect, it } from 'vitest';
import { commodityLegend } from '../../../src/lib/maps/legend.ts';
import { POPUP_FIELDS, popupLines, villageDetails } from '../../../src/lib/maps/popup.ts';
import { mapData } from '../../../src/lib/maps/records.ts';
import { data, hub } from './real-data.ts';

const byId = (id: string) => {
	const v = data.villages.find((x) => x.id === id);
	if (!v) throw new Error(id);
	return v;
};

describe('villageDetails', () => {
	it('says where a village is, what it makes and since when, in Indonesian', () => {
		const d = villageDetails(byId('parengan'), data, 'id', hub);
		expect(d).toMatchObject({
			name: 'Parengan',
			district: 'Kecamatan Maduran',
			regency: 'Kabupaten Lamongan',
			province: 'Jawa Timur',
			place: 'Kecamatan Maduran, Kabupaten Lamongan, Jawa Timur',
			commodity: 'Tenun ikat',
			group: 'tekstil',
			designated: '1 November 2022',
			year: '2022',
			hubHref: '/wilayah/lamongan/',
			hubLabel: 'Tentang Kabupaten Lamongan',
			placeNote: null,
		});
		expect(d.sourceUrl).toMatch(/^https:\/\//);
	});

	it('in English', () => {
		const d = villageDetails(byId('parengan'), data, 'en', hub);
		expect(d).toMatchObject({
			district: 'Maduran district',
			regency: 'Lamongan Regency',
			province: 'East Java',
			commodity: 'Ikat weaving',
			designated: '1 November 2022',
		});
	});

	it('flags a point at a regency centre, and a missing date', () => {
		const cluster = data.villages.find((v) => v.coordLevel === 'regency' && v.year === null);
		const d = villageDetails(cluster as NonNullable<typeof cluster>, data, 'id', hub);
		expect(d.placeNote).toMatch(/pusat kabupaten/);
		expect(d.district).toBeNull();
		expect(d.designated).toBe('tanggal tidak diketahui');
		expect(popupLines(d, 'id').map((l) => l.label)).not.toContain('Kecamatan');
	});

	it('gives the year alone when only the year is known', () => {
		const v = data.villages.find((x) => x.designated === null && x.year !== null);
		const d = villageDetails(v as NonNullable<typeof v>, data, 'id', hub);
		expect(d.designated).toBe(String(v?.year));
	});

	it('refuses a source address that is not https', () => {
		const v = byId('parengan');
		const sources = [...data.sources.values()].map((s) =>
			s.id === v.source ? { ...s, url: 'javascript:alert(1)' } : s,
		);
		const bad = mapData(
			data.villages,
			[...data.commodities.values()],
			[...data.regions.values()],
			sources,
		);
		expect(() => villageDetails(v, bad, 'id', hub)).toThrow(/not https/);
	});

	it('popup lines follow POPUP_FIELDS and leave out empty ones', () => {
		const d = villageDetails(byId('parengan'), data, 'id', hub);
		expect(popupLines(d, 'id').map((l) => l.value)).toEqual(
			POPUP_FIELDS.map((f) => d[f.slot]).filter(Boolean),
		);
	});
});

describe('commodityLegend', () => {
	it('has one entry per group present, in group order, naming its commodities', () => {
		const legend = commodityLegend(data.villages, data.commodities, 'id');
		const groups = new Set(data.villages.map((v) => data.commodities.get(v.commodity)?.group));
		expect(legend.map((e) => e.group)).toEqual(
			['kebun', 'pangan', 'laut', 'tekstil', 'kerajinan'].filter((g) => groups.has(g as never)),
		);
		expect(legend.find((e) => e.group === 'tekstil')?.commodities).toContain('Tenun ikat');
		expect(new Set(legend.map((e) => e.cat)).size).toBe(legend.length);
	});
	it('in English, for the villages given only', () => {
		const legend = commodityLegend([byId('parengan')], data.commodities, 'en');
		expect(legend).toEqual([
			expect.objectContaining({ group: 'tekstil', label: 'Textiles', text: 'Ikat weaving' }),
		]);
	});
});
