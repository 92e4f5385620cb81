/**
 * What a map says about one village — in its list entry, in the static map's tooltip and in the
 * live map's popup: the same text everywhere. Values are plain strings; the browser code puts
 * them into the page with `textContent`, never as HTML.
 */
import { formatDate } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { t } from '../i18n/index.ts';
import { commodityName, GROUP_CAT } from './legend.ts';
import type { CommodityGroup, MapData, Region, Village } from './records.ts';

/** Everything shown about a village, in the page language. */
export interface VillageDetails {
	id: string;
	/** `Parengan`. */
	name: string;
	/** `Desa Devisa Tenun Ikat Parengan`. */
	programme: string;
	/** `Kecamatan Maduran` / `Maduran district`; null when no village is named. */
	district: string | null;
	/** `Maduran`: the district's bare name, null when no village is named. */
	districtName: string | null;
	/** `Kabupaten Lamongan` / `Lamongan Regency`. */
	regency: string;
	/** `Jawa Timur` / `East Java`. */
	province: string;
	/** `Kecamatan Maduran, Kabupaten Lamongan, Jawa Timur` — the place in one line. */
	place: string;
	/** `Tenun ikat` / `Ikat weaving`. */
	commodity: string;
	/** Commodity key, province and regency codes (for filters). */
	commodityKey: string;
	provinceCode: string;
	regencyCode: string;
	group: CommodityGroup;
	/** `--cat-N` of the group. */
	cat: number;
	/** `1 November 2022`, or the year alone, or "date unknown". */
	designated: string;
	/** The year as text (`2022`), empty when unknown — for sorting and filters. */
	year: string;
	/** Outlet of the cited source (`iNews Jatim`) and its address (https; empty when offline). */
	sourceLabel: string;
	sourceUrl: string;
	/** Link to the regency's hub, and its label (`Tentang Kabupaten Lamongan`). */
	hubHref: string;
	hubLabel: string;
	/** A note when the dot is not the village itself (regency or district centre), else null. */
	placeNote: string | null;
	/** `[lon, lat]` of the dot. */
	point: [number, number];
	coordLevel: Village['coordLevel'];
}

/** The display name of a region in the page language: `Kabupaten Lamongan` / `Lamongan Regency`. */
export function regionFullName(r: Region, lang: Lang): string {
	if (lang === 'en') return r.nameEn;
	return r.level === 'province' ? r.name : r.nameFull;
}

/** The short name of a region (`Lamongan`, `Jawa Timur`), English for provinces in `en`. */
export function regionShortName(r: Region, lang: Lang): string {
	return lang === 'en' && r.level === 'province' ? r.nameEn : r.name;
}

/**
 * The details of `v`. `hubHref(slug)` makes the link to a region hub (the caller adds the base
 * path). Throws when the village's regency, province, commodity or source is unknown, or when a
 * source address is not https.
 */
export function villageDetails(
	v: Village,
	data: MapData,
	lang: Lang,
	hubHref: (slug: string) => string,
): VillageDetails {
	const regency = data.regions.get(v.regencyCode);
	const province = data.regions.get(v.provinceCode);
	const commodity = data.commodities.get(v.commodity);
	const source = data.sources.get(v.source);
	if (!regency) throw new Error(`village ${v.id}: no region ${v.regencyCode} in regions.csv`);
	if (!province) throw new Error(`village ${v.id}: no region ${v.provinceCode} in regions.csv`);
	if (!commodity) throw new Error(`village ${v.id}: unknown commodity ${v.commodity}`);
	if (!source) throw new Error(`village ${v.id}: unknown source ${v.source}`);
	if (source.url !== null && !/^https:\/\//.test(source.url)) {
		throw new Error(`source ${source.id}: address "${source.url}" is not https`);
	}
	const district = v.district ? t(lang, 'maps.district', { name: v.district }) : null;
	const regencyName = regionFullName(regency, lang);
	const provinceName = regionFullName(province, lang);
	const designated = v.designated
		? formatDate(v.designated, lang)
		: v.year !== null
			? String(v.year)
			: t(lang, 'maps.date.unknown');
	return {
		id: v.id,
		name: v.name,
		programme: v.ddName,
		district,
		districtName: v.district,
		regency: regencyName,
		province: provinceName,
		place: [district, regencyName, provinceName].filter(Boolean).join(', '),
		commodity: commodityName(commodity, lang),
		commodityKey: commodity.key,
		provinceCode: v.provinceCode,
		regencyCode: v.regencyCode,
		group: commodity.group,
		cat: GROUP_CAT[commodity.group],
		designated,
		year: v.year === null ? '' : String(v.year),
		sourceLabel: source.outlet,
		sourceUrl: source.url ?? '',
		hubHref: hubHref(regency.slug),
		hubLabel: t(lang, 'maps.hub', { region: regencyName }),
		placeNote:
			v.coordLevel === 'regency'
				? t(lang, 'maps.place.regency')
				: v.coordLevel === 'district'
					? t(lang, 'maps.place.district')
					: null,
		point: [v.lon, v.lat],
		coordLevel: v.coordLevel,
	};
}

/** A labelled field of the popup: which detail it shows and the UI string that labels it. */
export interface PopupField {
	slot: 'commodity' | 'designated' | 'programme' | 'districtName' | 'regency' | 'province';
	label:
		| 'maps.field.commodity'
		| 'maps.field.designated'
		| 'maps.field.programme'
		| 'maps.field.district'
		| 'maps.field.regency'
		| 'maps.field.province';
}

/**
 * The popup's labelled fields, in display order (its heading is the name; the place note, the
 * source and the hub link follow as their own lines). A field whose value is empty is left out.
 */
export const POPUP_FIELDS: readonly PopupField[] = [
	{ slot: 'commodity', label: 'maps.field.commodity' },
	{ slot: 'designated', label: 'maps.field.designated' },
	{ slot: 'programme', label: 'maps.field.programme' },
	{ slot: 'districtName', label: 'maps.field.district' },
	{ slot: 'regency', label: 'maps.field.regency' },
	{ slot: 'province', label: 'maps.field.province' },
];

/** One labelled line of a popup. */
export interface PopupLine {
	label: string;
	value: string;
}

/** The labelled lines of a village's popup in `lang`, empty fields left out. */
export function popupLines(d: VillageDetails, lang: Lang): PopupLine[] {
	return POPUP_FIELDS.flatMap((f) => {
		const value = d[f.slot];
		return value ? [{ label: t(lang, f.label), value }] : [];
	});
}
