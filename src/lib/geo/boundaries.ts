/**
 * Reading the committed boundary files (`data/geo/`, written by `npm run data:boundaries`):
 * provinces, and the regencies of each province, as TopoJSON (wound for d3-geo) or GeoJSON
 * features. Each file is read once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundaryFeatures, type BoundaryFeature, type BoundaryTopology } from './convert.ts';

/** Folder of the boundary files, relative to the project root. */
export const GEO_DIR = 'data/geo';

/** Path of the province file, relative to `data/geo/`. */
export const PROVINCE_FILE = 'provinces.topo.json';

const cache = new Map<string, BoundaryTopology>();

function read(root: string, path: string): BoundaryTopology {
	const file = join(root, GEO_DIR, path);
	let topo = cache.get(file);
	if (!topo) {
		try {
			topo = JSON.parse(readFileSync(file, 'utf8')) as BoundaryTopology;
		} catch (error) {
			throw new Error(
				`${GEO_DIR}/${path} cannot be read (${error instanceof Error ? error.message : error}); run npm run data:boundaries`,
			);
		}
		cache.set(file, topo);
	}
	return topo;
}

/** Path of the regency file of a province, relative to `data/geo/`: `regencies/35.topo.json`. */
export function regencyFile(provinceCode: string): string {
	if (!/^\d{2}$/.test(provinceCode)) throw new Error(`"${provinceCode}" is not a province code`);
	return `regencies/${provinceCode}.topo.json`;
}

/** The province file as TopoJSON (object `provinces`). */
export function provinceTopology(root = process.cwd()): BoundaryTopology {
	return read(root, PROVINCE_FILE);
}

/** The regency file of a province (`35`) as TopoJSON (object `regencies`). */
export function regencyTopology(provinceCode: string, root = process.cwd()): BoundaryTopology {
	return read(root, regencyFile(provinceCode));
}

/** The 38 provinces, sorted by code. */
export function provinceFeatures(root = process.cwd()): BoundaryFeature[] {
	return boundaryFeatures(provinceTopology(root));
}

/** The regencies and cities of a province (`35`), sorted by code. */
export function regencyFeatures(provinceCode: string, root = process.cwd()): BoundaryFeature[] {
	return boundaryFeatures(regencyTopology(provinceCode, root));
}

/** A province or regency feature by code (`35`, `35.24`); undefined when there is none. */
export function areaFeature(code: string, root = process.cwd()): BoundaryFeature | undefined {
	const list = code.includes('.')
		? regencyFeatures(code.slice(0, 2), root)
		: provinceFeatures(root);
	return list.find((f) => f.id === code);
}

/** Both files' readers as one object (what `src/lib/maps/scene.ts` takes). */
export function geoSource(root = process.cwd()): {
	provinces: BoundaryTopology;
	regencies: (provinceCode: string) => BoundaryTopology;
} {
	return {
		provinces: provinceTopology(root),
		regencies: (code) => regencyTopology(code, root),
	};
}
