import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/data/load.ts';
import { commodityHub, inRegion, regionHub, regionsWithHubs } from '../../src/lib/hubs.ts';

// The real catalogue: hubs are about our data, so their tests read it.
const { datasets } = loadCatalog(process.cwd());

describe('hubs', () => {
	it('inRegion() matches a region and everything inside it, nothing else', () => {
		expect(inRegion('35.24', '35')).toBe(true);
		expect(inRegion('35', '35')).toBe(true);
		expect(inRegion('35.24', '35.2')).toBe(false);
		expect(inRegion('351', '35')).toBe(false);
		expect(inRegion(null, '35')).toBe(false);
	});

	it('regionHub(province) gathers the villages of all its regencies', () => {
		const hub = regionHub(datasets, '35');
		const villages = datasets.get('villages')?.rows ?? [];
		expect(hub.villages.length).toBe(villages.filter((v) => v.province_code === '35').length);
		expect(hub.villages.length).toBeGreaterThan(10);
		expect(hub.children.map((r) => r.code)).toContain('35.24');
		expect(hub.datasets).toContain('dd-jatim');
		expect(hub.datasets).not.toContain('regions');
	});

	it('regionHub(regency) knows its province and its own datasets', () => {
		const hub = regionHub(datasets, '35.24');
		expect(hub.province?.code).toBe('35');
		expect(hub.villages.map((v) => v.id)).toEqual(['parengan']);
		expect(hub.datasets).toEqual(
			expect.arrayContaining(['lamongan-exports', 'lamongan-exporters', 'villages']),
		);
		expect(() => regionHub(datasets, '99.99')).toThrow(/not in data\/regions.csv/);
	});

	it('commodityHub() finds villages, provinces and related datasets', () => {
		const hub = commodityHub(datasets, 'kakao');
		expect(hub.villages.map((v) => v.id).sort()).toEqual(['kakao-kolaka-utara', 'nusasari']);
		expect(hub.provinces).toEqual(['51', '74']);
		expect(hub.datasets).toEqual(
			expect.arrayContaining(['cocoa-exports', 'kaltim-cocoa', 'villages']),
		);
	});

	it('regionsWithHubs() leaves out provinces without any content', () => {
		const codes = regionsWithHubs(datasets, []);
		expect(codes).toContain('35.24');
		expect(codes).toContain('64');
		expect(codes).toContain('19');
		expect(codes).not.toContain('91');
	});
});
