import { describe, expect, it } from 'vitest';
import { explorerContract } from '../../../src/lib/contracts/explorer.ts';
import { liveMapContract } from '../../../src/lib/contracts/map.ts';
import { QUERY } from '../../../src/lib/maps/filter.ts';
import { boxOf, liveMapPayload } from '../../../src/lib/maps/live.ts';
import { villageMapModel } from '../../../src/lib/maps/village-map.ts';
import { data, geo, hub } from './real-data.ts';

const geoUrls = {
	provinces: '/_astro/provinces.topo.abc.json',
	regencies: [{ code: '35', url: '/_astro/35.topo.def.json' }],
};

describe('liveMapPayload(model, options)', () => {
	const model = villageMapModel(data, geo, { regions: ['lamongan'] }, 'id', hub);

	it('carries the start, the focus and the boundary files, and survives the contract', () => {
		const payload = liveMapPayload(model, { lang: 'id', title: model.title, geo: geoUrls });
		expect(payload).toMatchObject({
			bounds: boxOf(model.live.bounds),
			focus: ['35.24'],
			national: false,
			geo: { provinces: geoUrls.provinces, regencies: [['35', '/_astro/35.topo.def.json']] },
		});
		expect(payload.text.label).toContain(model.title);
		expect(payload).not.toHaveProperty('scrollZoom');
		expect(liveMapContract.decode(liveMapContract.encode(payload))).toEqual(payload);
	});

	it('gives the explorer wheel zoom, the page height and the provinces frames', () => {
		const payload = liveMapPayload(model, {
			lang: 'en',
			title: 'Explorer',
			geo: geoUrls,
			tiles: { url: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© Tiles' },
			explorer: {
				frames: [
					{
						code: '35',
						bounds: [
							[110.89876, -8.78],
							[114.6, -6.7],
						],
					},
				],
			},
		});
		expect(payload).toMatchObject({ scrollZoom: true, cssHeight: true });
		expect(payload.frames).toEqual([['35', [110.899, -8.78, 114.6, -6.7]]]);
		expect(liveMapContract.decode(liveMapContract.encode(payload))).toEqual(payload);
	});

	it('refuses a boundary address that is not on the site or https', () => {
		const payload = liveMapPayload(model, {
			lang: 'id',
			title: 't',
			geo: { ...geoUrls, provinces: 'http://elsewhere.example/p.json' },
		});
		expect(() => liveMapContract.encode(payload)).toThrow(
			'village map (data-map).geo.provinces: expected a site path or an https address',
		);
	});
});

describe('explorerContract', () => {
	it('round-trips the explorer payload, and names the field a broken one gets wrong', () => {
		const payload = {
			lang: 'id' as const,
			params: QUERY.id,
			text: { notice: '{list}', repeated: '{item}', showing: '{shown}/{total}', option: '{label}' },
			provinces: [['35', 'jawa-timur']] as [string, string][],
		};
		expect(explorerContract.decode(explorerContract.encode(payload))).toEqual(payload);
		expect(() =>
			explorerContract.decode(JSON.stringify({ ...payload, provinces: ['35=jawa-timur'] })),
		).toThrow(
			'map explorer (data-explorer).provinces[0]: expected a list of 2, got "35=jawa-timur"',
		);
	});
});
