/**
 * A regency's village file (src/lib/contracts/map.ts, `villageFileContract`): what a large map
 * fetches when the regency comes into view — its villages with every word the popup and the
 * explorer's list show, in the page language, repeated words written once. The reader of the
 * file ({@link villageRecords}) gives the same {@link VillageRecord}s in the browser.
 */
import type { VillageFile } from '../contracts/map.ts';
import type { Lang } from '../lang.ts';
import { villageDetails } from './popup.ts';
import type { CoordLevel, MapData, Village } from './records.ts';

const LEVELS: readonly CoordLevel[] = ['village', 'district', 'regency'];

/**
 * The village file of regency `code` for `villages` (those of the regency, in any order; the
 * file keeps their order). Throws when a village lies in another regency.
 */
export function villageFile(
	code: string,
	villages: readonly Village[],
	data: MapData,
	lang: Lang,
	hubHref: (slug: string) => string,
): VillageFile {
	const index = <T>(list: T[], keys: Map<string, number>, key: string, make: () => T) => {
		let i = keys.get(key);
		if (i === undefined) {
			i = list.length;
			keys.set(key, i);
			list.push(make());
		}
		return i;
	};
	const out: VillageFile = {
		regency: code,
		place: ['', '/', '', ''],
		commodities: [],
		programmes: [],
		sources: [],
		notes: [],
		villages: [],
	};
	const keys = {
		commodities: new Map<string, number>(),
		programmes: new Map<string, number>(),
		sources: new Map<string, number>(),
		notes: new Map<string, number>(),
	};
	for (const v of villages) {
		if (v.regencyCode !== code) throw new Error(`village ${v.id} is not in regency ${code}`);
		const d = villageDetails(v, data, lang, hubHref);
		out.place = [d.regency, d.hubHref, d.hubLabel, d.province];
		out.villages.push([
			d.id,
			d.name,
			d.point[0],
			d.point[1],
			index(out.commodities, keys.commodities, d.commodityKey, () => [
				d.commodityKey,
				d.commodity,
				d.cat,
			]),
			d.designated,
			v.year,
			index(out.programmes, keys.programmes, d.programme, () => d.programme),
			d.districtName,
			index(out.sources, keys.sources, v.source, () => [d.sourceLabel, d.sourceUrl]),
			LEVELS.indexOf(d.coordLevel),
			d.placeNote === null
				? null
				: index(out.notes, keys.notes, d.placeNote, () => d.placeNote ?? ''),
		]);
	}
	return out;
}

/** A village as a large map and the explorer use it in the browser. */
export interface VillageRecord {
	id: string;
	name: string;
	lon: number;
	lat: number;
	commodityKey: string;
	/** Commodity name in the page language. */
	commodity: string;
	/** `--cat-N` of its commodity group. */
	cat: number;
	/** Designation in the page language (`1 November 2022`, `2023`, "date unknown"). */
	designated: string;
	year: number | null;
	programme: string;
	districtName: string | null;
	regencyCode: string;
	provinceCode: string;
	regency: string;
	province: string;
	hubHref: string;
	hubLabel: string;
	sourceLabel: string;
	sourceUrl: string;
	coordLevel: CoordLevel;
	placeNote: string | null;
}

/**
 * The villages of a checked file. Throws when a position points past its list (a file the
 * contract accepted but that does not hold together).
 */
export function villageRecords(file: VillageFile): VillageRecord[] {
	const at = <T>(list: readonly T[], i: number, what: string): T => {
		const item = list[i];
		if (item === undefined) throw new Error(`village file ${file.regency}: no ${what} ${i}`);
		return item;
	};
	const [regency, hubHref, hubLabel, province] = file.place;
	return file.villages.map(
		([id, name, lon, lat, c, designated, year, p, districtName, s, level, note]) => {
			const [commodityKey, commodity, cat] = at(file.commodities, c, 'commodity');
			const [sourceLabel, sourceUrl] = at(file.sources, s, 'source');
			return {
				id,
				name,
				lon,
				lat,
				commodityKey,
				commodity,
				cat,
				designated,
				year,
				programme: at(file.programmes, p, 'programme'),
				districtName,
				regencyCode: file.regency,
				provinceCode: file.regency.split('.')[0] ?? '',
				regency,
				province,
				hubHref,
				hubLabel,
				sourceLabel,
				sourceUrl,
				coordLevel: at(LEVELS, level, 'coordinate level'),
				placeNote: note === null ? null : at(file.notes, note, 'note'),
			};
		},
	);
}
