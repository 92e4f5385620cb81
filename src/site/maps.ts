// What the map components read at build time: the checked datasets as map records, the
// committed boundaries, and the URLs of the boundary files the live map may fetch (emitted by
// Vite as hashed assets, so only the files a page's maps need are ever requested).
import { dataset, derived, siteDatasets } from './data.ts';
import { href } from './paths.ts';
import { villageFileContract, type AreasPayload } from '../lib/contracts/map.ts';
import { rowsPerPage } from '../lib/data/pages.ts';
import type { Lang } from '../lib/lang.ts';
import { geoSource, PROVINCE_FILE, regencyFile } from '../lib/geo/boundaries.ts';
import { t } from '../lib/i18n/index.ts';
import { isLarge, regencyOfFileSlug, villageAreas, villageFileSlug } from '../lib/maps/areas.ts';
import { mainBounds, type Bounds } from '../lib/maps/bounds.ts';
import type { VillageFilter } from '../lib/maps/filter.ts';
import { regionFullName } from '../lib/maps/popup.ts';
import {
	commoditiesFromRows,
	mapData,
	regionsFromRows,
	sourcesFromRows,
	villagesFromRows,
	type MapData,
	type Village,
} from '../lib/maps/records.ts';
import { areaFeatures, type GeoSource } from '../lib/maps/scene.ts';
import { villageFile } from '../lib/maps/village-file.ts';

/**
 * Villages, commodities, regions and sources as map records: computed once per build, and again
 * in `npm run dev` when a data file changes (with every other structure derived from the data).
 */
export function loadMapData(): MapData {
	return derived('map-data', (datasets) => {
		const rows = (id: string) => {
			const ds = datasets.get(id);
			if (!ds) throw new Error(`the maps need data/${id}.csv`);
			return ds.rows;
		};
		return mapData(
			villagesFromRows(rows('villages')),
			commoditiesFromRows(rows('commodities')),
			regionsFromRows(rows('regions')),
			sourcesFromRows(rows('sources')),
		);
	});
}

/** Rows per numbered row page of the villages dataset (where large maps send readers for every village). */
export function villageRowsPerPage(): number {
	return rowsPerPage(dataset('villages'));
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

/** The villages of each regency, by the slug of its village file (none on a small site). */
function villagesByFile(): ReadonlyMap<string, Village[]> {
	return derived('villages-by-file', () => {
		const byFile = new Map<string, Village[]>();
		const { villages } = loadMapData();
		if (!isLarge(villages.length)) return byFile;
		for (const v of villages) {
			const slug = villageFileSlug(v.regencyCode);
			const list = byFile.get(slug);
			if (list) list.push(v);
			else byFile.set(slug, [v]);
		}
		return byFile;
	});
}

/**
 * Static paths of the regencies' village files (`/peta/desa/35-24.json`): one per regency with
 * villages, only when the villages are too many to list in a page (none on a small site).
 */
export function villageFilePaths(): { params: { code: string } }[] {
	return [...villagesByFile().keys()].sort().map((code) => ({ params: { code } }));
}

/**
 * A regency's village file in `lang` (src/lib/contracts/map.ts), as JSON text, looked up from
 * the slug (`npm run dev` keeps getStaticPaths props from the first load); throws when unknown.
 */
export function villageFileJson(slug: string, lang: Lang): string {
	const villages = villagesByFile().get(slug);
	if (!villages) throw new Error(`no village file "${slug}"`);
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

const urls = import.meta.glob<string>('../../data/geo/**/*.topo.json', {
	query: '?url',
	import: 'default',
	eager: true,
});

/** The public URL of a boundary file (`provinces.topo.json`, `regencies/35.topo.json`). */
export function geoUrl(path: string): string {
	const url = urls[`../../data/geo/${path}`];
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
	const ds = siteDatasets().get('dd-national');
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
