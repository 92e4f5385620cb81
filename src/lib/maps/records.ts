/**
 * Typed records for the maps, read from checked dataset rows (`villages`, `regions`,
 * `commodities`, `sources`). The data layer has already validated every cell; these readers
 * only give the rows their shape, and throw (failing the build) if a column is missing or of
 * the wrong type, which would mean a declaration changed without the maps being updated.
 */
import type { Row } from '../data/validate.ts';

/** Commodity groups of `data/commodities.csv`, in legend order. */
export const GROUPS = ['kebun', 'pangan', 'laut', 'tekstil', 'kerajinan'] as const;
/** A commodity group: plantation crops, processed food, marine, textiles, crafts. */
export type CommodityGroup = (typeof GROUPS)[number];

/** How precisely a village is placed: its own polygon centroid, or its district's or regency's. */
export type CoordLevel = 'village' | 'district' | 'regency';

/** One Desa Devisa (a named village, or a cluster whose villages are not named). */
export interface Village {
	id: string;
	/** Village name (official code list), or the cluster's name when no village is named. */
	name: string;
	/** The Desa Devisa (programme) name: `Desa Devisa Tenun Ikat Parengan`. */
	ddName: string;
	/** District (kecamatan) name, null when the village is not named. */
	district: string | null;
	/** Regency/city code `35.24` and province code `35`. */
	regencyCode: string;
	provinceCode: string;
	/** Key in `data/commodities.csv`. */
	commodity: string;
	/** Designation date `YYYY-MM-DD`, when known. */
	designated: string | null;
	/** Designation year, when known (sometimes without the date). */
	year: number | null;
	/** WGS84 degrees. */
	lat: number;
	lon: number;
	coordLevel: CoordLevel;
	/** Id in `data/sources.csv`. */
	source: string;
}

/** A commodity with its names and group. */
export interface Commodity {
	key: string;
	nameId: string;
	nameEn: string;
	group: CommodityGroup;
}

/** A province or regency of `data/regions.csv`. */
export interface Region {
	code: string;
	level: 'province' | 'regency';
	/** `provinsi`, `kabupaten` or `kota`. */
	kind: string;
	/** Short name: `Lamongan`, `Jawa Timur`. */
	name: string;
	/** `Kabupaten Lamongan`, `Provinsi Jawa Timur`. */
	nameFull: string;
	nameEn: string;
	/** Hub slug. */
	slug: string;
	/** Province code of a regency; null for a province. */
	parentCode: string | null;
	/** `[minLon, minLat, maxLon, maxLat]`. */
	bbox: [number, number, number, number];
	/** `[lon, lat]` of the area's centroid (where a map writes its count). */
	centre: [number, number];
}

/** A source a village row cites. */
export interface Source {
	id: string;
	outlet: string;
	/** Headline or document title, when the source has one. */
	title: string | null;
	/** Address (https), when the source is online. */
	url: string | null;
}

function str(row: Row, key: string, what: string): string {
	const v = row[key];
	if (typeof v !== 'string') throw new Error(`${what}: column "${key}" is not text (${v})`);
	return v;
}
function optStr(row: Row, key: string, what: string): string | null {
	const v = row[key];
	if (v === null || v === undefined) return null;
	if (typeof v !== 'string') throw new Error(`${what}: column "${key}" is not text (${v})`);
	return v;
}
function num(row: Row, key: string, what: string): number {
	const v = row[key];
	if (typeof v !== 'number') throw new Error(`${what}: column "${key}" is not a number (${v})`);
	return v;
}
function optNum(row: Row, key: string, what: string): number | null {
	const v = row[key];
	if (v === null || v === undefined) return null;
	if (typeof v !== 'number') throw new Error(`${what}: column "${key}" is not a number (${v})`);
	return v;
}

/** Villages from `data/villages.csv` rows. */
export function villagesFromRows(rows: readonly Row[]): Village[] {
	return rows.map((row, i) => {
		const what = `villages row ${i + 1}`;
		const level = str(row, 'coord_level', what);
		if (level !== 'village' && level !== 'district' && level !== 'regency') {
			throw new Error(`${what}: unknown coord_level "${level}"`);
		}
		return {
			id: str(row, 'id', what),
			name: str(row, 'name', what),
			ddName: str(row, 'dd_name', what),
			district: optStr(row, 'district', what),
			regencyCode: str(row, 'regency_code', what),
			provinceCode: str(row, 'province_code', what),
			commodity: str(row, 'commodity', what),
			designated: optStr(row, 'designated', what),
			year: optNum(row, 'designated_year', what),
			lat: num(row, 'lat', what),
			lon: num(row, 'lon', what),
			coordLevel: level,
			source: str(row, 'source', what),
		};
	});
}

/** Commodities from `data/commodities.csv` rows; throws on a group the maps do not know. */
export function commoditiesFromRows(rows: readonly Row[]): Commodity[] {
	return rows.map((row, i) => {
		const what = `commodities row ${i + 1}`;
		const group = str(row, 'group', what);
		if (!(GROUPS as readonly string[]).includes(group)) {
			throw new Error(`${what}: group "${group}" has no map colour; add it to GROUPS`);
		}
		return {
			key: str(row, 'key', what),
			nameId: str(row, 'name_id', what),
			nameEn: str(row, 'name_en', what),
			group: group as CommodityGroup,
		};
	});
}

/** Regions from `data/regions.csv` rows. */
export function regionsFromRows(rows: readonly Row[]): Region[] {
	return rows.map((row, i) => {
		const what = `regions row ${i + 1}`;
		const level = str(row, 'level', what);
		if (level !== 'province' && level !== 'regency') {
			throw new Error(`${what}: unknown level "${level}"`);
		}
		return {
			code: str(row, 'code', what),
			level,
			kind: str(row, 'kind', what),
			name: str(row, 'name', what),
			nameFull: str(row, 'name_full', what),
			nameEn: str(row, 'name_en', what),
			slug: str(row, 'slug', what),
			parentCode: optStr(row, 'parent_code', what),
			bbox: [
				num(row, 'min_lon', what),
				num(row, 'min_lat', what),
				num(row, 'max_lon', what),
				num(row, 'max_lat', what),
			],
			centre: [num(row, 'lon', what), num(row, 'lat', what)],
		};
	});
}

/** Sources from `data/sources.csv` rows. */
export function sourcesFromRows(rows: readonly Row[]): Source[] {
	return rows.map((row, i) => {
		const what = `sources row ${i + 1}`;
		return {
			id: str(row, 'id', what),
			outlet: str(row, 'outlet', what),
			title: optStr(row, 'title', what),
			url: optStr(row, 'url', what),
		};
	});
}

/** Everything the maps read, indexed. */
export interface MapData {
	villages: Village[];
	commodities: Map<string, Commodity>;
	regions: Map<string, Region>;
	sources: Map<string, Source>;
}

/** Index the records by key (commodity key, region code, source id). */
export function mapData(
	villages: Village[],
	commodities: readonly Commodity[],
	regions: readonly Region[],
	sources: readonly Source[],
): MapData {
	return {
		villages,
		commodities: new Map(commodities.map((c) => [c.key, c])),
		regions: new Map(regions.map((r) => [r.code, r])),
		sources: new Map(sources.map((s) => [s.id, s])),
	};
}

/**
 * A region by code (`35.24`) or hub slug (`lamongan`); undefined when neither matches.
 * Codes win over slugs.
 */
export function findRegion(data: Pick<MapData, 'regions'>, key: string): Region | undefined {
	const byCode = data.regions.get(key);
	if (byCode) return byCode;
	for (const r of data.regions.values()) if (r.slug === key) return r;
	return undefined;
}
