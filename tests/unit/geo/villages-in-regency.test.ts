// Every village's point against its declared regency, using the committed boundaries (what the
// maps draw). A village placed at its own polygon's centroid must lie inside its regency; a
// Desa Devisa placed at a regency centre (coord_level "regency") is flagged as such and must lie
// near it — the source's centroid of an island regency can fall in the sea.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { areaFeature } from '../../../src/lib/geo/boundaries.ts';
import { featurePolygons } from '../../../src/lib/geo/convert.ts';
import { distanceToPolygonsKm } from '../../../src/lib/geo/wilayah.ts';

const ROOT = join(import.meta.dirname, '../../..');
const villages = loadCatalog(ROOT).datasets.get('villages');

/** A village point may sit this close outside its simplified regency (coastal villages). */
const VILLAGE_TOLERANCE_KM = 0.5;
/** A regency centre may lie this far from the regency's (simplified) land. */
const REGENCY_CENTRE_TOLERANCE_KM = 20;

describe('each village lies in its declared regency', () => {
	it('the villages dataset is loaded', () => {
		expect(villages?.rows.length).toBeGreaterThanOrEqual(40);
	});

	const rows = villages?.rows ?? [];
	it.each(rows.map((r) => [String(r.id), r] as const))('%s', (_id, row) => {
		const code = String(row.regency_code);
		const feature = areaFeature(code, ROOT);
		expect(feature, `no boundary for ${code}`).toBeDefined();
		const km = distanceToPolygonsKm(
			[Number(row.lon), Number(row.lat)],
			featurePolygons(feature as NonNullable<typeof feature>),
		);
		if (row.coord_level === 'village') {
			expect(km, `${row.id} is ${km.toFixed(2)} km outside ${code}`).toBeLessThanOrEqual(
				VILLAGE_TOLERANCE_KM,
			);
		} else {
			// Flagged: the dot is not the village; the maps draw it hollow and say why.
			expect(row.coord_level).toBe('regency');
			expect(row.code).toBe(code);
			expect(km).toBeLessThanOrEqual(REGENCY_CENTRE_TOLERANCE_KM);
		}
	});

	it('flags exactly the rows whose code is a regency code', () => {
		const flagged = rows.filter((r) => r.coord_level !== 'village').map((r) => r.id);
		const regencyCoded = rows.filter((r) => /^\d{2}\.\d{2}$/.test(String(r.code))).map((r) => r.id);
		expect(flagged).toEqual(regencyCoded);
	});
});
