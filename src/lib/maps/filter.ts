/**
 * Filtering villages: the preset filters of a story map (commodities, regions, year) and the
 * map explorer's state (one commodity, one province, one year, a sort order), which lives in the
 * page address so a view can be shared: `/peta/?komoditas=kakao&provinsi=jawa-timur&tahun=2022`
 * and `/en/map/?commodity=kakao&province=jawa-timur&year=2022`. Values are the same in both
 * languages (commodity keys and region slugs); the parameter names follow the page language,
 * and either language's names are understood. A filter the explorer cannot read is reported, not
 * silently ignored.
 */
import type { Lang } from '../lang.ts';
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
export function matchesFilter(
	v: Pick<Village, 'commodity' | 'regencyCode' | 'provinceCode' | 'year'>,
	f: VillageFilter,
): boolean {
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
	/** Designation years in the data; when given, any other year is not understood. */
	years?: ReadonlySet<number>;
}

/** A filter in the address that the explorer did not understand, and why. */
export interface RejectedParam {
	/** The parameter as written (`komoditas`). */
	name: string;
	/** Its value, at most 40 characters (longer values end in "…"). */
	value: string;
	reason: 'unknown-value' | 'repeated';
}

/** The longest parameter value the explorer reads; longer ones are not understood. */
export const MAX_PARAM_LENGTH = 100;

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/**
 * The state in an address's query string (`?komoditas=kakao&…`, with or without `?`), and every
 * filter it did not understand: an unknown commodity or province, a year without villages, a
 * sort order it does not know, a value over {@link MAX_PARAM_LENGTH} characters, or a filter
 * given twice (then none of its values is used). Parameters that are not the explorer's
 * (`utm_source`) are left alone. The explorer tells the reader which filters it dropped and
 * writes the address without them.
 */
export function parseExplorerQuery(
	search: string,
	vocab: ExplorerVocabulary,
): { state: ExplorerState; rejected: RejectedParam[] } {
	const params = new URLSearchParams(search);
	const rejected: RejectedParam[] = [];
	const state: ExplorerState = { ...EMPTY_STATE };
	const get = (key: 'commodity' | 'province' | 'year' | 'sort'): [string, string] | undefined => {
		const found: [string, string][] = [];
		for (const name of new Set([QUERY.id[key], QUERY.en[key]])) {
			for (const value of params.getAll(name)) found.push([name, value]);
		}
		if (found.length > 1) {
			for (const [name, value] of found)
				rejected.push({ name, value: clip(value), reason: 'repeated' });
			return undefined;
		}
		const one = found[0];
		if (one && one[1].length > MAX_PARAM_LENGTH) {
			rejected.push({ name: one[0], value: clip(one[1]), reason: 'unknown-value' });
			return undefined;
		}
		return one;
	};
	const reject = ([name, value]: [string, string]) =>
		rejected.push({ name, value: clip(value), reason: 'unknown-value' });
	const commodity = get('commodity');
	if (commodity) {
		if (vocab.commodities.has(commodity[1])) state.commodity = commodity[1];
		else reject(commodity);
	}
	const province = get('province');
	if (province) {
		const codes = new Set(vocab.provinces.values());
		const value = province[1];
		// A Map lookup, never a property of a plain object: `__proto__` is just an unknown slug.
		const code = vocab.provinces.get(value) ?? (codes.has(value) ? value : undefined);
		if (code) state.province = code;
		else reject(province);
	}
	const year = get('year');
	if (year) {
		const [, value] = year;
		if (value === QUERY.id.unknown || value === QUERY.en.unknown) state.year = 'unknown';
		else if (/^\d{4}$/.test(value) && (!vocab.years || vocab.years.has(Number(value))))
			state.year = Number(value);
		else reject(year);
	}
	const sort = get('sort');
	if (sort) {
		let known = false;
		for (const lang of ['id', 'en'] as const) {
			const words = SORT_WORDS[lang];
			const [key, dir, ...rest] = sort[1].split('-');
			const found = SORT_KEYS.find((k) => words[k] === key);
			if (found && rest.length === 0 && (dir === undefined || dir === words.desc)) {
				state.sort = found;
				state.desc = dir === words.desc;
				known = true;
				break;
			}
		}
		if (!known) reject(sort);
	}
	return { state, rejected };
}

/**
 * The query string for a state in `lang` (`?komoditas=kakao&provinsi=jawa-timur`), empty for
 * the empty state. `provinceSlug(code)` names provinces by their hub slug. `keep` is the current
 * query: its parameters that are not the explorer's (`utm_source`) are kept, first; the
 * explorer's own, in either language, are replaced.
 */
export function explorerQuery(
	state: ExplorerState,
	lang: Lang,
	provinceSlug: (code: string) => string,
	keep = '',
): string {
	const q = QUERY[lang];
	const ours = new Set(
		(['id', 'en'] as const).flatMap((l) => [
			QUERY[l].commodity,
			QUERY[l].province,
			QUERY[l].year,
			QUERY[l].sort,
		]),
	);
	const params = new URLSearchParams();
	for (const [name, value] of new URLSearchParams(keep)) {
		if (!ours.has(name)) params.append(name, value);
	}
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

/**
 * The explorer's fields of a village, as the browser reads them from the list — or of a group
 * of villages alike in these three (a large explorer counts by group: `count` of them).
 */
export interface ExplorerItem {
	commodity: string;
	province: string;
	/** Year, or null when unknown. */
	year: number | null;
	/** How many villages the item stands for (default 1). */
	count?: number;
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

/**
 * Facet counts of `items` under `state` (each facet counted with the other two applied); an
 * item counts as its `count` villages.
 */
export function facetCounts(items: readonly ExplorerItem[], state: ExplorerState): FacetCounts {
	const out: FacetCounts = { commodity: new Map(), province: new Map(), year: new Map(), shown: 0 };
	for (const item of items) {
		const n = item.count ?? 1;
		const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + n);
		if (matchesState(item, state, 'commodity')) bump(out.commodity, item.commodity);
		if (matchesState(item, state, 'province')) bump(out.province, item.province);
		if (matchesState(item, state, 'year')) bump(out.year, item.year ?? 'unknown');
		if (matchesState(item, state)) out.shown += n;
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
