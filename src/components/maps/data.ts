// What the map components read at build time: the checked datasets as map records, the
// committed boundaries, and the URLs of the boundary files the live map may fetch (emitted by
// Vite as hashed assets, so only the files a page's maps need are ever requested).
import { catalog } from '../../lib/data/astro-loader.ts';
import type { Lang } from '../../lib/format/index.ts';
import { geoSource, PROVINCE_FILE, regencyFile } from '../../lib/geo/boundaries.ts';
import {
	commoditiesFromRows,
	mapData,
	regionsFromRows,
	sourcesFromRows,
	villagesFromRows,
	type MapData,
} from '../../lib/maps/records.ts';
import { villageDetails, type VillageDetails } from '../../lib/maps/popup.ts';
import type { GeoSource } from '../../lib/maps/scene.ts';
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

/** The committed boundaries (data/geo). */
export function loadGeo(): GeoSource {
	return geoSource();
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
