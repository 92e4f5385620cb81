/**
 * Large maps: when a map would show more villages than a page should carry ({@link LIST_LIMIT}),
 * the page counts them by area instead of listing them — a count per province (or per regency
 * on a closer map) in the static SVG and in a table, and, for the live map, the counts of each
 * regency by commodity and year, with the address of each regency's village file, fetched only
 * when that regency is in view (src/lib/maps/village-file.ts). Below the limit, maps list every
 * village as they always did.
 */
import type { AreasPayload, Box } from '../contracts/map.ts';
import type { Bounds } from './bounds.ts';
import type { VillageFilter } from './filter.ts';
import type { MapData, Region, Village } from './records.ts';

/**
 * A map (or the explorer, or a hub) lists at most this many villages in its page; beyond, it
 * counts them by area and loads them by area. A listed village costs about 1.4 KB of HTML in a
 * map (list entry and dot) and 0.8 KB in a hub's table, so a hub page with both stays under
 * half a megabyte. The real site has a few dozen: every list is whole.
 */
export const LIST_LIMIT = 200;

/** Rows the large explorer's list adds at a time (the villages in view that match). */
export const LIST_PAGE = 100;

/** True when `n` villages are too many to list in a page. */
export function isLarge(n: number): boolean {
	return n > LIST_LIMIT;
}

/** A regency code as it appears in the address of its village file (`35.24` → `35-24`). */
export function villageFileSlug(code: string): string {
	return code.replace(/\./g, '-');
}

/** The regency code of a village file's address slug (`35-24` → `35.24`). */
export function regencyOfFileSlug(slug: string): string {
	return slug.replace(/-/g, '.');
}

/** An area with villages and how many. */
export interface AreaCount {
	region: Region;
	count: number;
}

/**
 * The villages counted by province (`level` `province`) or regency, largest first (then by
 * code). Throws when a village's area is not in the regions.
 */
export function countByArea(
	villages: readonly Pick<Village, 'provinceCode' | 'regencyCode'>[],
	data: Pick<MapData, 'regions'>,
	level: 'province' | 'regency',
): AreaCount[] {
	const counts = new Map<string, number>();
	for (const v of villages) {
		const code = level === 'province' ? v.provinceCode : v.regencyCode;
		counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	return [...counts]
		.map(([code, count]) => {
			const region = data.regions.get(code);
			if (!region) throw new Error(`no region ${code} in data/regions.csv`);
			return { region, count };
		})
		.sort((a, b) => b.count - a.count || a.region.code.localeCompare(b.region.code));
}

const box = ([w, s, e, n]: readonly number[], digits = 3): Box => {
	const r = (x: number | undefined) => Number((x ?? 0).toFixed(digits));
	return [r(w), r(s), r(e), r(n)];
};
const point = ([lon, lat]: readonly [number, number]): [number, number] => [
	Number(lon.toFixed(3)),
	Number(lat.toFixed(3)),
];

/** What {@link villageAreas} needs besides the villages. */
export interface AreasOptions {
	/** Where to frame a province (its mainland and larger islands); its box when undefined. */
	frame: (provinceCode: string) => Bounds | undefined;
	/** The address of a regency's village file. */
	fileUrl: (regencyCode: string) => string;
	/** The map's preset filter (the live map applies it to the files it loads). */
	filter: VillageFilter;
	/** An area's name in the page language. */
	name: (region: Region) => string;
	/** Words of the live map (see the contract). */
	words: AreasPayload['words'];
}

/**
 * The live map's areas for `villages` (already filtered by the map's preset filter): provinces
 * and regencies in code order, the commodities, and one count per regency, commodity and year.
 * Its size grows with the areas and commodities, not with the villages.
 */
export function villageAreas(
	villages: readonly Village[],
	data: Pick<MapData, 'regions'>,
	o: AreasOptions,
): AreasPayload {
	const regencyCodes = [...new Set(villages.map((v) => v.regencyCode))].sort();
	const provinceCodes = [...new Set(villages.map((v) => v.provinceCode))].sort();
	const commodities = [...new Set(villages.map((v) => v.commodity))].sort();
	const regencyIndex = new Map(regencyCodes.map((c, i) => [c, i]));
	const commodityIndex = new Map(commodities.map((c, i) => [c, i]));
	const region = (code: string) => {
		const r = data.regions.get(code);
		if (!r) throw new Error(`no region ${code} in data/regions.csv`);
		return r;
	};
	const cells = new Map<string, [number, number, number | null, number]>();
	for (const v of villages) {
		const key = `${v.regencyCode}|${v.commodity}|${v.year}`;
		const cell = cells.get(key);
		if (cell) cell[3]++;
		else
			cells.set(key, [
				regencyIndex.get(v.regencyCode) ?? 0,
				commodityIndex.get(v.commodity) ?? 0,
				v.year,
				1,
			]);
	}
	return {
		provinces: provinceCodes.map((code) => {
			const r = region(code);
			const f = o.frame(code);
			return [code, o.name(r), point(r.centre), f ? box([...f[0], ...f[1]]) : box(r.bbox)];
		}),
		regencies: regencyCodes.map((code) => {
			const r = region(code);
			return [
				code,
				r.parentCode ?? code.slice(0, 2),
				o.name(r),
				point(r.centre),
				box(r.bbox),
				o.fileUrl(code),
			];
		}),
		commodities,
		counts: [...cells.values()].sort(
			(a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] ?? 0) - (b[2] ?? 0),
		),
		filter: {
			commodities: [...(o.filter.commodities ?? [])],
			regions: [...(o.filter.regions ?? [])],
			years: [...(o.filter.years ?? [])],
		},
		words: o.words,
	};
}
