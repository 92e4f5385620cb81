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
