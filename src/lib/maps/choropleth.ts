/**
 * The choropleth of Desa Devisa counts per province or regency — counts of the villages and
 * clusters in OUR data, not LPEI's national total — and its accessible twin, the ranked list.
 */
import { formatList, formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import type { BoundaryFeature } from '../geo/convert.ts';
import { t } from '../i18n/index.ts';
import { INDONESIA_BOUNDS, mainBounds, padBounds, type Bounds } from './bounds.ts';
import { classLabel, classOf, countBreaks, seqStep, type CountBreaks } from './breaks.ts';
import { filterVillages } from './filter.ts';
import { featuresOf, landOf, simplifyFor, weightForScale } from './layers.ts';
import { regionFullName, regionShortName } from './popup.ts';
import { fitMap, pathOf, type PathOptions } from './projection.ts';
import { findRegion, type MapData, type Region, type Village } from './records.ts';
import { areaFeatures, type GeoSource } from './scene.ts';

/** Villages per area code: provinces (`35`) or regencies (`35.24`). Zero counts are absent. */
export function countByArea(
	villages: readonly Village[],
	level: 'province' | 'regency',
): Map<string, number> {
	const out = new Map<string, number>();
	for (const v of villages) {
		const code = level === 'province' ? v.provinceCode : v.regencyCode;
		out.set(code, (out.get(code) ?? 0) + 1);
	}
	return out;
}

/** An area of the choropleth. */
export interface ChoroplethArea {
	code: string;
	/** Name in the page language. */
	name: string;
	feature: BoundaryFeature;
	/** Hub link, when the area has a hub. */
	href?: string;
}

/** Input of {@link choropleth}. */
export interface ChoroplethInput {
	areas: readonly ChoroplethArea[];
	counts: ReadonlyMap<string, number>;
	bounds: Bounds;
	width: number;
	lang: Lang;
	maxClasses?: number;
	minAspect?: number;
	maxAspect?: number;
	path?: PathOptions;
}

/** One shaded area. */
export interface ChoroplethShape {
	code: string;
	name: string;
	count: number;
	/** `--seq-N` step, 0 for none. */
	step: number;
	d: string;
	/** `Jawa Timur: 17` — the SVG tooltip. */
	title: string;
}

/** A legend swatch. */
export interface ChoroplethKey {
	step: number;
	label: string;
}

/** A row of the ranked list. */
export interface RankedArea {
	rank: number;
	code: string;
	name: string;
	count: number;
	/** Formatted count. */
	value: string;
	href?: string;
	step: number;
}

/** Everything the choropleth draws and lists. */
export interface ChoroplethModel {
	width: number;
	height: number;
	shapes: ChoroplethShape[];
	breaks: CountBreaks;
	/** Zero first, then each class. */
	legend: ChoroplethKey[];
	/** Areas with at least one village, most first (ties by name); equal counts share a rank. */
	ranked: RankedArea[];
	/** Areas with none. */
	zero: number;
	/** Villages counted in all. */
	total: number;
}

/**
 * Build the choropleth. Counts of codes that are not among the areas are ignored (a regency
 * map of one province is given the whole country's counts).
 */
export function choropleth(input: ChoroplethInput): ChoroplethModel {
	const { lang } = input;
	const map = fitMap(input.bounds, {
		width: input.width,
		minAspect: input.minAspect,
		maxAspect: input.maxAspect,
	});
	const counts = input.areas.map((a) => input.counts.get(a.code) ?? 0);
	const breaks = countBreaks(counts, input.maxClasses ?? 5);
	const n = breaks.classes.length;
	const stepOf = (count: number) => seqStep(classOf(count, breaks), n);
	const shapes = input.areas
		.map((a, i) => {
			const count = counts[i] as number;
			return {
				code: a.code,
				name: a.name,
				count,
				step: stepOf(count),
				d: pathOf(a.feature, map, { digits: 0, ...input.path }),
				title: `${a.name}: ${formatNumber(count, lang)}`,
			};
		})
		.filter((s) => s.d !== '');
	const collator = new Intl.Collator(lang);
	const sorted = input.areas
		.map((a, i) => ({ a, count: counts[i] as number }))
		.filter((x) => x.count > 0)
		.sort((x, y) => y.count - x.count || collator.compare(x.a.name, y.a.name));
	const ranked: RankedArea[] = [];
	sorted.forEach(({ a, count }, i) => {
		const prev = ranked[i - 1];
		ranked.push({
			rank: prev && prev.count === count ? prev.rank : i + 1,
			code: a.code,
			name: a.name,
			count,
			value: formatNumber(count, lang),
			href: a.href,
			step: stepOf(count),
		});
	});
	return {
		width: map.width,
		height: map.height,
		shapes,
		breaks,
		legend: [
			{ step: 0, label: '0' },
			...breaks.classes.map((c, k) => ({ step: seqStep(k + 1, n), label: classLabel(c, lang) })),
		],
		ranked,
		zero: counts.filter((c) => c === 0).length,
		total: counts.reduce((s, c) => s + c, 0),
	};
}

/** What a choropleth map shows. */
export interface ChoroplethMapOptions {
	/** Shade provinces (all Indonesia) or the regencies of `region`. */
	level: 'province' | 'regency';
	/** For `regency`: the province (code or slug). */
	region?: string;
	/** Count only villages of these commodities. */
	commodities?: readonly string[];
	title?: string;
}

/** Everything the choropleth component renders. */
export interface ChoroplethMapModel extends ChoroplethModel {
	title: string;
	description: string;
	/** Land around the shaded areas (regency level: the neighbouring provinces). */
	context: string;
	/** `provinsi` / `kabupaten/kota` in the page language. */
	levelName: string;
	/** Villages counted (after the commodity filter). */
	villages: number;
}

const REGENCY_EN = (name: string) =>
	name.startsWith('Kota ')
		? `${name.slice(5)} City`
		: name.startsWith('Kabupaten ')
			? `${name.slice(10)} Regency`
			: name;

/**
 * Build a choropleth of Desa Devisa counts. Throws when `regency` level has no province, or on
 * an unknown region or commodity.
 */
export function choroplethMapModel(
	data: MapData,
	geo: GeoSource,
	opts: ChoroplethMapOptions,
	lang: Lang,
	hubHref: (slug: string) => string,
): ChoroplethMapModel {
	const commodities = (opts.commodities ?? []).map((key) => {
		if (!data.commodities.has(key)) {
			throw new Error(`choropleth: "${key}" is not a commodity key in data/commodities.csv`);
		}
		return key;
	});
	let province: Region | undefined;
	if (opts.level === 'regency') {
		province = opts.region ? findRegion(data, opts.region) : undefined;
		if (!province || province.level !== 'province') {
			throw new Error(
				`choropleth: level "regency" needs region = a province code or slug (got "${opts.region ?? ''}")`,
			);
		}
	}
	const villages = filterVillages(data.villages, { commodities });
	const counts = countByArea(villages, opts.level);
	const name = (code: string, fallback: string) => {
		const r = data.regions.get(code);
		if (r) return regionShortName(r, lang);
		const short = fallback.replace(/^Kabupaten /, '');
		return lang === 'en' ? REGENCY_EN(fallback) : short;
	};
	const hubOf = (code: string) => {
		const r = data.regions.get(code);
		return r ? hubHref(r.slug) : undefined;
	};
	const full = province ? featuresOf(geo.regencies(province.code)) : featuresOf(geo.provinces);
	const frame = province
		? padBounds(mainBounds(areaFeatures(geo, [province.code])) ?? INDONESIA_BOUNDS, 0.04)
		: INDONESIA_BOUNDS;
	const width = province ? 560 : 640;
	const map = fitMap(frame, { width, minAspect: 0.4, maxAspect: 0.9 });
	const weight = weightForScale(map.pxPerDegree, 0.7);
	const minArea = (2 / map.pxPerDegree) ** 2;
	const topo = simplifyFor(
		province ? geo.regencies(province.code) : geo.provinces,
		weight,
		minArea,
	);
	const areas: ChoroplethArea[] = featuresOf(topo).map((f) => ({
		code: f.id,
		name: name(f.id, f.properties.name),
		feature: f,
		href: hubOf(f.id),
	}));
	if (areas.length !== full.length)
		throw new Error('choropleth: an area vanished in simplification');
	const model = choropleth({
		areas,
		counts,
		bounds: frame,
		width,
		lang,
		minAspect: 0.4,
		maxAspect: 0.9,
	});
	let context = '';
	if (province) {
		const around = simplifyFor(geo.provinces, weight, minArea);
		const others = new Set(
			featuresOf(around)
				.map((f) => f.id)
				.filter((c) => c !== province?.code),
		);
		context = pathOf(landOf(around, others), map);
	}
	const levelName = t(lang, `maps.choro.level.${opts.level}`);
	const where = province
		? ` ${t(lang, 'maps.where', { place: regionShortName(province, lang) })}`
		: '';
	const title = opts.title ?? t(lang, 'maps.choro.title', { level: levelName, where });
	const top = model.ranked.slice(0, 6).map((r) => `${r.name} ${r.value}`);
	const rest = model.ranked.length - top.length;
	const description = t(lang, 'maps.choro.desc', {
		area: province ? regionFullName(province, lang) : t(lang, 'maps.area.indonesia'),
		top: formatList(
			rest > 0 ? [...top, t(lang, 'maps.choro.more', { n: formatNumber(rest, lang) })] : top,
			lang,
		),
	});
	return { ...model, title, description, context, levelName, villages: villages.length };
}
