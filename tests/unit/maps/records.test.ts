import { describe, expect, it } from 'vitest';
import {
	commoditiesFromRows,
	findRegion,
	villagesFromRows,
} from '../../../src/lib/maps/records.ts';
import { data, villageRows } from './real-data.ts';

describe('records', () => {
	it('reads every village row with its point and coordinate level', () => {
		expect(data.villages).toHaveLength(villageRows.length);
		const parengan = data.villages.find((v) => v.id === 'parengan');
		expect(parengan).toMatchObject({
			regencyCode: '35.24',
			provinceCode: '35',
			coordLevel: 'village',
		});
		expect(data.villages.every((v) => Number.isFinite(v.lat) && Number.isFinite(v.lon))).toBe(true);
	});
	it('finds a region by code or slug', () => {
		expect(findRegion(data, 'lamongan')?.code).toBe('35.24');
		expect(findRegion(data, '35.24')?.slug).toBe('lamongan');
		expect(findRegion(data, 'atlantis')).toBeUndefined();
	});
	it('refuses a row whose types changed under the maps', () => {
		expect(() => villagesFromRows([{ ...villageRows[0], lat: '-7' }])).toThrow(
			/"lat" is not a number/,
		);
		expect(() =>
			commoditiesFromRows([{ key: 'x', name_id: 'X', name_en: 'X', group: 'tambang' }]),
		).toThrow(/group "tambang" has no map colour/);
	});
});
