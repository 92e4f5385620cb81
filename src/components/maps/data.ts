// What the map components read at build time: the checked datasets as map records, the
// committed boundaries, and the URLs of the boundary files the live map may fetch (emitted by
// Vite as hashed assets, so only the files a page's maps need are ever requested).
import { catalog } from '../../lib/data/astro-loader.ts';
import { rowsPerPage } from '../../lib/data/pages.ts';
import type { Lang } from '../../lib/format/index.ts';
import { geoSource, PROVINCE_FILE, regencyFile } from '../../lib/geo/boundaries.ts';
import {
	commoditiesFromRows,
	mapData,
	regionsFromRows,
	sourcesFromRows,
	villagesFromRows,
	type MapData,
	type Village,
} from '../../lib/maps/records.ts';
import { regionFullName, villageDetails, type VillageDetails } from '../../lib/maps/popup.ts';
import { villageFileContract, type AreasPayload } from '../../lib/contracts/map.ts';
import { t } from '../../lib/i18n/index.ts';
import { isLarge, regencyOfFileSlug, villageAreas, villageFileSlug } from '../../lib/maps/areas.ts';
import { villageFile } from '../../lib/maps/village-file.ts';
import type { VillageFilter } from '../../lib/maps/filter.ts';
import { mainBounds, type Bounds } from '../../lib/maps/bounds.ts';
import { areaFeatures, type GeoSource } from '../../lib/maps/scene.ts';
import { href } from '../../site/paths.ts';

let cached: MapData | undefined;

/** Villages, commodities, regions and sources, read once per build. */
export function loadMapData(): MapData {
	if (cached) return cached;
	const { datasets } = catalog();
	const rows = (id: string) => {
		const ds = datasets.get(id);
		if (!ds) throw new Error(`the maps need data/${id}.csv`);
		return ds.rows;
	};
	cached = mapData(
		villagesFromRows(rows('villages')),
		commoditiesFromRows(rows('commodities')),
		regionsFromRows(rows('regions')),
		sourcesFromRows(rows('sources')),
	);
	return cached;
}

/** Rows per numbered row page of the villages dataset (where large maps send readers for every village). */
export function villageRowsPerPage(): number {
	const ds = catalog().datasets.get('villages');
	if (!ds) throw new Error('the maps need data/villages.csv');
	return rowsPerPage(ds);
}

/**
 * The live map's areas for a large map's villages (src/lib/maps/areas.ts): counts by regency,
 * commodity and year, and the address of each regency's village file in `lang`.
 */
export function largeMapAreas(
	villages: readonly Village[],
	filter: VillageFilter,
	lang: Lang,
): AreasPayload {
	return villageAreas(villages, loadMapData(), {
		frame: provinceFrame,
		fileUrl: (code) => href(lang, 'villageFile', { code: villageFileSlug(code) }),
		filter,
		name: (r) => regionFullName(r, lang),
		words: {
			one: t(lang, 'maps.count.one', { n: '{n}' }),
			other: t(lang, 'maps.count.other', { n: '{n}' }),
			cluster: t(lang, 'maps.cluster', { count: '{count}' }),
		},
	});
}

/**
 * Static paths of the regencies' village files (`/peta/desa/35-24.json`): one per regency with
 * villages, only when the villages are too many to list in a page (none on a small site).
 */
export function villageFilePaths(): { params: { code: string }; props: { villages: Village[] } }[] {
	const { villages } = loadMapData();
	if (!isLarge(villages.length)) return [];
	const byRegency = new Map<string, Village[]>();
	for (const v of villages) {
		const list = byRegency.get(v.regencyCode);
		if (list) list.push(v);
		else byRegency.set(v.regencyCode, [v]);
	}
	return [...byRegency]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, list]) => ({
			params: { code: villageFileSlug(code) },
			props: { villages: list },
		}));
}

/** A regency's village file in `lang` (src/lib/contracts/map.ts), as JSON text. */
export function villageFileJson(slug: string, villages: readonly Village[], lang: Lang): string {
	return villageFileContract.encode(
		villageFile(regencyOfFileSlug(slug), villages, loadMapData(), lang, (s) =>
			href(lang, 'region', { slug: s }),
		),
	);
}

/** The committed boundaries (data/geo). */
export function loadGeo(): GeoSource {
	return geoSource();
}

const frames = new Map<string, Bounds | undefined>();

/** Where a live map frames a province: its mainland and larger islands (memoised). */
export function provinceFrame(code: string): Bounds | undefined {
	if (!frames.has(code)) frames.set(code, mainBounds(areaFeatures(loadGeo(), [code])));
	return frames.get(code);
}

/** Details of a village in `lang`, with its hub link. */
export function detailsOf(id: string, data: MapData, lang: Lang): VillageDetails {
	const v = data.villages.find((x) => x.id === id);
	if (!v) throw new Error(`no village "${id}"`);
	return villageDetails(v, data, lang, (slug) => href(lang, 'region', { slug }));
}

const urls = import.meta.glob<string>('../../../data/geo/**/*.topo.json', {
	query: '?url',
	import: 'default',
	eager: true,
});

/** The public URL of a boundary file (`provinces.topo.json`, `regencies/35.topo.json`). */
export function geoUrl(path: string): string {
	const url = urls[`../../../data/geo/${path}`];
	if (!url) throw new Error(`no boundary file data/geo/${path}`);
	return url;
}

/** URLs of the province file and of the regency files of `provinces` (codes). */
export function geoUrls(provinces: readonly string[]): {
	provinces: string;
	regencies: { code: string; url: string }[];
} {
	return {
		provinces: geoUrl(PROVINCE_FILE),
		regencies: provinces.map((code) => ({ code, url: geoUrl(regencyFile(code)) })),
	};
}

/** The latest national total of Desa Devisa (data/dd-national.csv, basis "total"). */
export function nationalTotal(): { villages: number; asOf: string; source: string } {
	const ds = catalog().datasets.get('dd-national');
	const rows = (ds?.rows ?? []).filter((r) => r.basis === 'total');
	const last = rows.sort((a, b) => String(a.as_of).localeCompare(String(b.as_of))).at(-1);
	if (!last || typeof last.villages !== 'number') {
		throw new Error('data/dd-national.csv has no row with basis "total"');
	}
	return { villages: last.villages, asOf: String(last.as_of), source: String(last.source) };
}

/**
 * An external tile layer under the live maps: off unless the site is built with
 * PUBLIC_MAP_TILES (a URL template such as `https://tile.example.org/{z}/{x}/{y}.png`) and
 * PUBLIC_MAP_TILES_ATTRIBUTION (shown in the map's attribution; required with a URL). The tile
 * host must then also be allowed in `img-src` of the Content-Security-Policy (astro.config.mjs).
 */
export function tileLayer(): { url: string; attribution: string } | undefined {
	const url = import.meta.env.PUBLIC_MAP_TILES as string | undefined;
	if (!url) return undefined;
	const attribution = import.meta.env.PUBLIC_MAP_TILES_ATTRIBUTION as string | undefined;
	if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
		throw new Error(`PUBLIC_MAP_TILES must be an https URL template, got "${url}"`);
	}
	if (!attribution) throw new Error('PUBLIC_MAP_TILES needs PUBLIC_MAP_TILES_ATTRIBUTION');
	return { url, attribution };
}
