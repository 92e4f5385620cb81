/**
 * The model of a village map (the `<VillageMap>` component, the region and commodity hubs, the
 * explorer): which villages, which areas in focus, the frame, the static SVG, the legend, the
 * list, the words (title, summary, empty-area note) and what the live map starts from.
 */
import { formatList, formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { t, tCount } from '../i18n/index.ts';
import { countByArea, isLarge, type AreaCount } from './areas.ts';
import { INDONESIA_BOUNDS, type Bounds } from './bounds.ts';
import { filterVillages, type VillageFilter } from './filter.ts';
import { commodityLegend, commodityName, type LegendEntry } from './legend.ts';
import { landOf, simplifyFor, weightForScale } from './layers.ts';
import { nearestTo, pointMap, type MapBubble, type PointMapModel } from './point-map.ts';
import { regionFullName, regionShortName, villageDetails, type VillageDetails } from './popup.ts';
import { fitMap } from './projection.ts';
import { findRegion, type MapData, type Region, type Village } from './records.ts';
import { areaFeatures, frameFor, staticLayers, type GeoSource } from './scene.ts';

/** What a village map shows. */
export interface VillageMapOptions {
	/** Region codes or slugs to focus on (province or regency); villages outside are left out. */
	regions?: readonly string[];
	/** Commodity keys; other villages are left out. */
	commodities?: readonly string[];
	/** Designation year. */
	year?: number;
	/** Title; by default made from the filters ("Desa devisa tenun ikat di Kabupaten Lamongan"). */
	title?: string;
}

/**
 * A large map's counts as circles at each area's centre: the count written in the page's
 * language, the area and the count in words as its tooltip (`Jawa Timur: 1.234 desa devisa`).
 */
export function areaBubbles(counts: readonly AreaCount[], lang: Lang): MapBubble[] {
	return counts.map(({ region, count }) => ({
		id: region.code,
		lon: region.centre[0],
		lat: region.centre[1],
		count,
		text: formatNumber(count, lang),
		title: `${regionFullName(region, lang)}: ${tCount(lang, 'maps.count', count)}`,
	}));
}

/** Static map sizes (viewBox units): a national frame and a closer one. */
export const MAP_SIZES = {
	national: { width: 640, radius: 4.5, fontSize: 11, labelPoints: 0 },
	area: { width: 560, radius: 6.5, fontSize: 13, labelPoints: 8 },
	inset: { width: 112 },
} as const;

/** Everything a village map renders. */
export interface VillageMapModel {
	title: string;
	/** Text summary for the SVG's description and screen readers. */
	description: string;
	/** `3 desa devisa`. */
	count: string;
	svg: PointMapModel;
	legend: LegendEntry[];
	/** Some dots stand at a regency centre (drawn hollow). */
	hasCentrePoints: boolean;
	/**
	 * The villages, sorted by province, regency and name; empty for a large map (more than
	 * `LIST_LIMIT`), which counts them by area instead.
	 */
	villages: VillageDetails[];
	/** Every village the map shows (the filter applied), in data order. */
	matched: readonly Village[];
	/**
	 * A large map's counts: by province on a national map, by regency on a closer one; drawn as
	 * circles in the static map and listed in place of the villages. Undefined below the limit.
	 */
	areas?: { level: 'province' | 'regency'; counts: AreaCount[] };
	/** When no village matches: the sentence saying so, and the nearest one matching elsewhere. */
	empty?: { text: string; nearest?: string };
	/** The live map: initial bounds, focus area codes, provinces in view. */
	live: { bounds: Bounds; focus: string[]; provinces: string[]; national: boolean };
	/** The focus regions. */
	regions: Region[];
	/** The filter the map applies (region codes, commodity keys, years). */
	filter: VillageFilter;
}

type Nearest = ReturnType<typeof nearestTo<Village>>;
const nearestMemo = new WeakMap<readonly Village[], Map<string, Nearest>>();

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('id') + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('en') + s.slice(1);

/**
 * Build a village map. Throws on an unknown region or commodity (the MDX lint catches these
 * first, with their line). `hubHref(slug)` links a region hub.
 */
export function villageMapModel(
	data: MapData,
	geo: GeoSource,
	opts: VillageMapOptions,
	lang: Lang,
	hubHref: (slug: string) => string,
): VillageMapModel {
	const regions = (opts.regions ?? []).map((key) => {
		const r = findRegion(data, key);
		if (!r) throw new Error(`map: "${key}" is not a region code or slug in data/regions.csv`);
		return r;
	});
	const commodities = (opts.commodities ?? []).map((key) => {
		const c = data.commodities.get(key);
		if (!c) throw new Error(`map: "${key}" is not a commodity key in data/commodities.csv`);
		return c;
	});
	const filter: VillageFilter = {
		regions: regions.map((r) => r.code),
		commodities: commodities.map((c) => c.key),
		years: opts.year === undefined ? undefined : [opts.year],
	};
	const villages = filterVillages(data.villages, filter);
	const large = isLarge(villages.length);
	// A large map lists no village: only the few it names need their details.
	const details = large ? [] : villages.map((v) => villageDetails(v, data, lang, hubHref));
	const collator = new Intl.Collator(lang);
	details.sort(
		(a, b) =>
			collator.compare(a.province, b.province) ||
			collator.compare(a.regency, b.regency) ||
			collator.compare(a.name, b.name),
	);

	const focusCodes = regions.map((r) => r.code);
	const focusFull = areaFeatures(geo, focusCodes);
	const frame = frameFor(
		villages.map((v) => [v.lon, v.lat] as const),
		focusFull,
	);
	const national = frame === INDONESIA_BOUNDS;
	const size = national ? MAP_SIZES.national : MAP_SIZES.area;
	const level: 'province' | 'regency' = national ? 'province' : 'regency';
	const areas = large ? { level, counts: countByArea(villages, data, level) } : undefined;
	const map = fitMap(frame, { width: size.width, minAspect: 0.4, maxAspect: 0.85 });
	const layers = staticLayers(geo, map, frame);
	const focus = areaFeatures(geo, focusCodes, map);
	let inset: Parameters<typeof pointMap>[0]['inset'];
	if (!national) {
		const small = fitMap(INDONESIA_BOUNDS, {
			width: MAP_SIZES.inset.width,
			padding: 3,
			minAspect: 0.2,
		});
		const topo = simplifyFor(
			geo.provinces,
			weightForScale(small.pxPerDegree, 1),
			(2 / small.pxPerDegree) ** 2,
		);
		inset = { map: small, land: landOf(topo), frame };
	}
	const svg = pointMap({
		map,
		land: layers.land,
		lines: layers.lines,
		linesOutlineLand: layers.regencyDetail,
		focus: focus.length ? { type: 'FeatureCollection', features: focus } : undefined,
		points: details.map((d) => ({
			id: d.id,
			lon: d.point[0],
			lat: d.point[1],
			cat: d.cat,
			hollow: d.coordLevel !== 'village',
			label: d.name,
			title: `${d.name} — ${d.commodity}, ${d.regency}`,
		})),
		bubbles: areas && areaBubbles(areas.counts, lang),
		radius: size.radius,
		fontSize: size.fontSize,
		labelPoints: size.labelPoints,
		areaLabels: focus.map((f, i) => ({
			text: regionShortName(regions[i] as Region, lang),
			feature: f,
		})),
		inset,
	});

	const what = formatList(
		commodities.map((c) => lowerFirst(commodityName(c, lang))),
		lang,
	);
	const where =
		regions.length === 1
			? regionFullName(regions[0] as Region, lang)
			: formatList(
					regions.map((r) => regionShortName(r, lang)),
					lang,
				);
	const title =
		opts.title ??
		(commodities.length || regions.length
			? lang === 'id'
				? `Desa devisa${what ? ` ${what}` : ''}${where ? ` ${t(lang, 'maps.where', { place: where })}` : ''}`
				: `${what ? `${upperFirst(what)} export villages` : 'Export villages'}${where ? ` ${t(lang, 'maps.where', { place: where })}` : ''}`
			: t(lang, 'maps.title.all'));
	const count = tCount(lang, 'maps.count', villages.length);

	let empty: VillageMapModel['empty'];
	if (villages.length === 0) {
		const place = where || t(lang, 'maps.area.indonesia');
		const text = what
			? t(lang, 'maps.empty.commodity', { what, where: place })
			: t(lang, 'maps.empty.any', { where: place });
		// The same question comes from each language's page and the gallery: answered once per
		// set of villages.
		const key = JSON.stringify([focusCodes, filter.commodities, filter.years]);
		const memo = nearestMemo.get(data.villages) ?? new Map<string, Nearest>();
		nearestMemo.set(data.villages, memo);
		if (!memo.has(key)) {
			const elsewhere = filterVillages(data.villages, { ...filter, regions: undefined });
			memo.set(key, focusFull.length ? nearestTo(elsewhere, focusFull) : undefined);
		}
		const near = memo.get(key);
		let nearest: string | undefined;
		if (near) {
			const d = villageDetails(near.item, data, lang, hubHref);
			nearest = t(lang, 'maps.nearest', {
				name: d.name,
				place: `${d.regency}, ${d.province}`,
				km: formatNumber(near.km, lang),
			});
		}
		empty = { text, nearest };
	}

	const area = where || t(lang, 'maps.area.indonesia');
	let description: string;
	if (villages.length === 0) {
		description = t(lang, 'maps.desc.none', {
			area,
			empty: [empty?.text, empty?.nearest].filter(Boolean).join(' '),
		});
	} else if (villages.length <= 8) {
		description = t(lang, 'maps.desc.points', {
			area,
			count,
			list: formatList(
				details.map((d) => `${d.name} (${d.commodity}, ${d.regency})`),
				lang,
			),
		});
	} else {
		const top = countByArea(villages, data, 'province')
			.map(({ region, count: n }) => [regionFullName(region, lang), n] as const)
			.sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))
			.map(([name, n]) => `${name} ${formatNumber(n, lang)}`);
		description = t(lang, 'maps.desc.points', { area, count, list: formatList(top, lang) });
	}

	return {
		title,
		description,
		count,
		svg,
		legend: commodityLegend(villages, data.commodities, lang),
		hasCentrePoints: villages.some((v) => v.coordLevel !== 'village'),
		villages: details,
		matched: villages,
		...(areas ? { areas } : {}),
		empty,
		live: { bounds: frame, focus: focusCodes, provinces: layers.provinces, national },
		regions,
		filter,
	};
}
