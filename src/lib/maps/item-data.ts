// The data attributes of a village's list entry (a list item or a table row): everything the map
// script needs to place the dot and fill the popup (as text); on the explorer's rows, also what
// its filters and sorting read (story maps do not carry those).
import type { VillageDetails } from './popup.ts';

/** Attributes for `<li {...itemData(v)}>`; Astro escapes every value. */
export function itemData(v: VillageDetails): Record<string, string | number | boolean> {
	return {
		'data-map-item': true,
		'data-id': v.id,
		'data-lon': v.point[0],
		'data-lat': v.point[1],
		'data-cat': v.cat,
		'data-level': v.coordLevel,
		'data-name': v.name,
		'data-commodity': v.commodity,
		'data-designated': v.designated,
		'data-programme': v.programme,
		'data-district-name': v.districtName ?? '',
		'data-regency': v.regency,
		'data-province': v.province,
		'data-note': v.placeNote ?? '',
		'data-source': v.sourceLabel,
		'data-source-url': v.sourceUrl,
		'data-hub': v.hubHref,
		'data-hub-label': v.hubLabel,
	};
}

/** The explorer's extra attributes on a village's row: what its filters and sorting read. */
export function explorerData(v: VillageDetails): Record<string, string | number> {
	return {
		'data-commodity-key': v.commodityKey,
		'data-province-code': v.provinceCode,
		'data-year': v.year,
		'data-place': `${v.regency}, ${v.province}`,
	};
}
