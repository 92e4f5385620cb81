/**
 * Filtering villages: the preset filters of a story map (commodities, regions, year) and the
 * map explorer's state (one commodity, one province, one year, a sort order), which lives in the
 * page address so a view can be shared: `/peta/?komoditas=kakao&provinsi=jawa-timur&tahun=2022`
 * and `/en/map/?commodity=kakao&province=jawa-timur&year=2022`. Values are the same in both
 * languages (commodity keys and region slugs); the parameter names follow the page language,
 * and either language's names are understood.
 */
import type { Lang } from '../format/index.ts';
import type { Village } from './records.ts';

/** A story map's preset filter. Every part is optional; an empty filter keeps every village. */
export interface VillageFilter {
	/** Commodity keys. */
	commodities?: readonly string[];
	/** Province (`35`) or regency (`35.24`) codes; a village matches if it lies in any of them. */
	regions?: readonly string[];
	/** Designation years; `null` matches villages whose year is unknown. */
	years?: readonly (number | null)[];
}

/** True when `v` passes `f`. */
export function matchesFilter(v: Village, f: VillageFilter): boolean {
	if (f.commodities?.length && !f.commodities.includes(v.commodity)) return false;
	if (
		f.regions?.length &&
		!f.regions.some((code) =>
			code.includes('.') ? v.regencyCode === code : v.provinceCode === code,
		)
	) {
		return false;
	}
	if (f.years?.length && !f.years.includes(v.year)) return false;
	return true;
}

/** The villages passing `f`, in input order. */
export function filterVillages(villages: readonly Village[], f: VillageFilter): Village[] {
	return villages.filter((v) => matchesFilter(v, f));
}

/** The explorer's sort orders. */
export const SORT_KEYS = ['name', 'place', 'commodity', 'year'] as const;
/** A sort order of the explorer's list. */
export type SortKey = (typeof SORT_KEYS)[number];

/** The explorer's state: each filter is one value or null (all). */
export interface ExplorerState {
	/** Commodity key. */
	commodity: string | null;
	/** Province code (`35`). */
	province: string | null;
	/** Designation year, `'unknown'` for villages without one. */
	year: number | 'unknown' | null;
	sort: SortKey;
	/** Descending order. */
	desc: boolean;
}

/** The state with no filter, sorted by name. */
export const EMPTY_STATE: ExplorerState = {
	commodity: null,
	province: null,
	year: null,
	sort: 'name',
	desc: false,
};

/** Whether `state` is the empty state: no filter, sorted by name, ascending (the build's view). */
export function isEmptyState(state: ExplorerState): boolean {
	return (Object.keys(EMPTY_STATE) as (keyof ExplorerState)[]).every(
		(k) => state[k] === EMPTY_STATE[k],
	);
}

/** Query parameter names per language. */
export const QUERY: Record<
	Lang,
	{ commodity: string; province: string; year: string; sort: string; unknown: string }
> = {
	id: {
		commodity: 'komoditas',
		province: 'provinsi',
		year: 'tahun',
		sort: 'urut',
		unknown: 'tidak-diketahui',
	},
	en: {
		commodity: 'commodity',
		province: 'province',
		year: 'year',
		sort: 'sort',
		unknown: 'unknown',
	},
};

/** Sort names in the address (`urut=tahun-turun`): the key, then `-turun` / `-desc` if descending. */
const SORT_WORDS: Record<Lang, Record<SortKey, string> & { desc: string }> = {
	id: { name: 'nama', place: 'wilayah', commodity: 'komoditas', year: 'tahun', desc: 'turun' },
	en: { name: 'name', place: 'place', commodity: 'commodity', year: 'year', desc: 'desc' },
};

/** What the explorer knows, to read an address: commodity keys and province codes by slug. */
export interface ExplorerVocabulary {
	commodities: ReadonlySet<string>;
	/** Province slug → code (`jawa-timur` → `35`). Codes are accepted too. */
	provinces: ReadonlyMap<string, string>;
}

/**
 * The state in an address's query string (`?komoditas=kakao&…`, with or without `?`). Unknown
 * parameters and unknown values are ignored (a stale link shows everything rather than nothing).
 */
export function parseExplorerQuery(search: string, vocab: ExplorerVocabulary): ExplorerState {
	const params = new URLSearchParams(search);
	const get = (name: 'commodity' | 'province' | 'year' | 'sort') =>
		params.get(QUERY.id[name]) ?? params.get(QUERY.en[name]);
	const state: ExplorerState = { ...EMPTY_STATE };
	const commodity = get('commodity');
	if (commodity && vocab.commodities.has(commodity)) state.commodity = commodity;
	const province = get('province');
	if (province) {
		const codes = new Set(vocab.provinces.values());
		const code = vocab.provinces.get(province) ?? (codes.has(province) ? province : undefined);
		if (code) state.province = code;
	}
	const year = get('year');
	if (year === QUERY.id.unknown || year === QUERY.en.unknown) state.year = 'unknown';
	else if (year && /^\d{4}$/.test(year)) state.year = Number(year);
	const sort = get('sort');
	if (sort) {
		for (const lang of ['id', 'en'] as const) {
			const words = SORT_WORDS[lang];
			const [key, dir] = sort.split('-');
			const found = SORT_KEYS.find((k) => words[k] === key);
			if (found && (dir === undefined || dir === words.desc)) {
				state.sort = found;
				state.desc = dir === words.desc;
				break;
			}
		}
	}
	return state;
}

/**
 * The query string for a state in `lang` (`?komoditas=kakao&provinsi=jawa-timur`), empty for
 * the empty state. `provinceSlug(code)` names provinces by their hub slug.
 */
export function explorerQuery(
	state: ExplorerState,
	lang: Lang,
	provinceSlug: (code: string) => string,
): string {
	const q = QUERY[lang];
	const params = new URLSearchParams();
	if (state.commodity) params.set(q.commodity, state.commodity);
	if (state.province) params.set(q.province, provinceSlug(state.province));
	if (state.year !== null)
		params.set(q.year, state.year === 'unknown' ? q.unknown : String(state.year));
	if (state.sort !== EMPTY_STATE.sort || state.desc) {
		const words = SORT_WORDS[lang];
		params.set(q.sort, `${words[state.sort]}${state.desc ? `-${words.desc}` : ''}`);
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** The explorer's fields of a village, as the browser reads them from the list. */
export interface ExplorerItem {
	commodity: string;
	province: string;
	/** Year, or null when unknown. */
	year: number | null;
}

/** True when `item` passes the explorer state's filters, leaving out the facet `skip`. */
export function matchesState(
	item: ExplorerItem,
	state: ExplorerState,
	skip?: 'commodity' | 'province' | 'year',
): boolean {
	if (skip !== 'commodity' && state.commodity !== null && item.commodity !== state.commodity) {
		return false;
	}
	if (skip !== 'province' && state.province !== null && item.province !== state.province) {
		return false;
	}
	if (skip !== 'year' && state.year !== null) {
		if (state.year === 'unknown' ? item.year !== null : item.year !== state.year) return false;
	}
	return true;
}

/** How many items each option of each filter would show, given the other filters. */
export interface FacetCounts {
	commodity: Map<string, number>;
	province: Map<string, number>;
	/** By year; `'unknown'` for items without one. */
	year: Map<number | 'unknown', number>;
	/** Items passing every filter. */
	shown: number;
}

/** Facet counts of `items` under `state` (each facet counted with the other two applied). */
export function facetCounts(items: readonly ExplorerItem[], state: ExplorerState): FacetCounts {
	const out: FacetCounts = { commodity: new Map(), province: new Map(), year: new Map(), shown: 0 };
	const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
	for (const item of items) {
		if (matchesState(item, state, 'commodity')) bump(out.commodity, item.commodity);
		if (matchesState(item, state, 'province')) bump(out.province, item.province);
		if (matchesState(item, state, 'year')) bump(out.year, item.year ?? 'unknown');
		if (matchesState(item, state)) out.shown++;
	}
	return out;
}

/** Sort keys of one list entry, as text the browser can compare. */
export interface SortFields {
	name: string;
	place: string;
	commodity: string;
	/** Year as text; empty when unknown (sorted last either way). */
	year: string;
}

/**
 * Compare two entries for the explorer's sort: by `key` (then by name, then place, so the order
 * is total), with `collator` for text; unknown years go last in both directions.
 */
export function compareEntries(
	a: SortFields,
	b: SortFields,
	key: SortKey,
	desc: boolean,
	collator: Intl.Collator,
): number {
	const sign = desc ? -1 : 1;
	let d = 0;
	if (key === 'year') {
		if (!a.year || !b.year) d = a.year ? -1 : b.year ? 1 : 0;
		else d = sign * (Number(a.year) - Number(b.year));
	} else {
		d = sign * collator.compare(a[key], b[key]);
	}
	return d || collator.compare(a.name, b.name) || collator.compare(a.place, b.place);
}
