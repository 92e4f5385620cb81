// The real catalogue and boundaries, as the map components read them (for model tests).
import { join } from 'node:path';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { geoSource } from '../../../src/lib/geo/boundaries.ts';
import {
	commoditiesFromRows,
	mapData,
	regionsFromRows,
	sourcesFromRows,
	villagesFromRows,
} from '../../../src/lib/maps/records.ts';

export const ROOT = join(import.meta.dirname, '../../..');
const { datasets } = loadCatalog(ROOT);
const rows = (id: string) => datasets.get(id)?.rows ?? [];

export const data = mapData(
	villagesFromRows(rows('villages')),
	commoditiesFromRows(rows('commodities')),
	regionsFromRows(rows('regions')),
	sourcesFromRows(rows('sources')),
);
export const geo = geoSource(ROOT);
export const hub = (slug: string) => `/wilayah/${slug}/`;
export const villageRows = rows('villages');

/**
 * The real map data with `n` villages: the real ones, then numbered copies (`parengan-s2`) at
 * the same points — synthetic rows for tests of large maps, never published.
 */
export function largeData(n: number): typeof data {
	const real = data.villages;
	const villages = Array.from({ length: n }, (_, i) => {
		const v = real[i % real.length] as (typeof real)[number];
		const copy = Math.floor(i / real.length) + 1;
		return copy === 1 ? v : { ...v, id: `${v.id}-s${copy}`, name: `${v.name} ${copy}` };
	});
	return { ...data, villages };
}
