// The map explorer's filters and table (/peta/, /en/map/): reads the view from the address,
// filters the table and the map, updates the counts (the whole view and each option), sorts the
// table from its column headers, and writes the view back to the address so it can be shared.
// Small on purpose: it runs before the map is visible; Leaflet loads separately (map.ts). The
// build renders the unfiltered view, so with no query nothing is recomputed at start.
import {
	compareEntries,
	EMPTY_STATE,
	explorerQuery,
	facetCounts,
	isEmptyState,
	matchesState,
	parseExplorerQuery,
	SORT_KEYS,
	type ExplorerItem,
	type ExplorerState,
	type SortFields,
	type SortKey,
} from '../lib/maps/filter.ts';
import { explorerContract, type ExplorerPayload } from '../lib/contracts/explorer.ts';
import { liveMapContract, type AreasPayload } from '../lib/contracts/map.ts';
import { fillTemplate } from '../lib/i18n/fill.ts';
import type { VillageRecord } from '../lib/maps/village-file.ts';
import type { MapFilterDetail, MapShowDetail, MapViewDetail } from './map.ts';

/** Start the explorer on the page's `<ld-village-map data-explorer>`, if there is one. */
export function startExplorer(): void {
	const root = document.querySelector<HTMLElement>('ld-village-map[data-explorer]');
	const form = root?.querySelector<HTMLElement>('[data-explorer-form]');
	const table = root?.querySelector<HTMLTableElement>('[data-explorer-table]');
	const tbody = table?.tBodies[0];
	if (!root || !form || !table || !tbody) return;
	let payload: ExplorerPayload;
	try {
		payload = explorerContract.decode(root.dataset.explorer);
	} catch (error) {
		console.error(`map explorer not started: ${error instanceof Error ? error.message : error}`);
		return;
	}
	const { lang, text } = payload;
	// Made on first use: building a collator is a long step on a phone, and the unfiltered view
	// needs neither.
	let numberFormat: Intl.NumberFormat | undefined;
	let collator: Intl.Collator | undefined;
	const number = (n: number) =>
		(numberFormat ??= new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB')).format(n);

	// A large explorer counts villages by group (the live map's counts) and lists those the map
	// has loaded in view; a small one has every village as a row of its table.
	let areas: AreasPayload | undefined;
	if (payload.list) {
		try {
			areas = liveMapContract.decode(root.dataset.map).areas;
		} catch (error) {
			console.error(`map explorer not started: ${error instanceof Error ? error.message : error}`);
			return;
		}
		if (!areas) {
			console.error("map explorer not started: a large explorer needs the map's areas");
			return;
		}
	}
	const rows = areas ? [] : [...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-map-item]')];
	const items = rows.map((row) => {
		const d = row.dataset;
		const item: ExplorerItem & { id: string; row: HTMLTableRowElement } = {
			id: d.id ?? '',
			row,
			commodity: d.commodityKey ?? '',
			province: d.provinceCode ?? '',
			year: d.year ? Number(d.year) : null,
		};
		return {
			...item,
			sort: {
				name: d.name ?? '',
				place: d.place ?? '',
				commodity: d.commodity ?? '',
				year: d.year ?? '',
			},
		};
	});
	const groups: ExplorerItem[] = areas
		? areas.counts.map(([r, c, year, n]) => ({
				commodity: areas.commodities[c] ?? '',
				province: areas.regencies[r]?.[1] ?? '',
				year,
				count: n,
			}))
		: items;
	const total = groups.reduce((sum, g) => sum + (g.count ?? 1), 0);
	const slugs = new Map(payload.provinces);
	const vocab = {
		commodities: new Set(groups.map((i) => i.commodity)),
		provinces: new Map([...slugs].map(([code, slug]) => [slug, code])),
		years: new Set(groups.flatMap((i) => (i.year === null ? [] : [i.year]))),
	};
	const selects = {
		commodity: form.querySelector<HTMLSelectElement>('[data-facet="commodity"]'),
		province: form.querySelector<HTMLSelectElement>('[data-facet="province"]'),
		year: form.querySelector<HTMLSelectElement>('[data-facet="year"]'),
	};
	const unknown = payload.params.unknown;
	const count = form.querySelector<HTMLElement>('[data-explorer-count]');
	const none = root.querySelector<HTMLElement>('[data-explorer-none]');

	const parsed = parseExplorerQuery(location.search, vocab);
	let state: ExplorerState = parsed.state;
	// Filters the address held that the explorer could not read: said once, and dropped from it.
	const notice = form.querySelector<HTMLElement>('[data-explorer-notice]');
	if (parsed.rejected.length && notice) {
		const list = parsed.rejected.map((r) => {
			const item = `${r.name}=“${r.value}”`;
			return r.reason === 'repeated' ? fillTemplate(text.repeated, { item }) : item;
		});
		notice.textContent = fillTemplate(text.notice, { list: list.join(', ') });
		notice.hidden = false;
	}

	// Sortable headers: the header text becomes a button.
	const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
	for (const th of headers) {
		const key = th.dataset.sort as SortKey;
		if (!SORT_KEYS.includes(key)) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = th.textContent?.trim() ?? key;
		th.replaceChildren(button);
		button.addEventListener('click', () => {
			state = { ...state, desc: state.sort === key ? !state.desc : false, sort: key };
			apply(true);
		});
	}

	const readForm = (): ExplorerState => {
		const year = selects.year?.value ?? '';
		return {
			...state,
			commodity: selects.commodity?.value || null,
			province: selects.province?.value || null,
			year: year === '' ? null : year === unknown ? 'unknown' : Number(year),
		};
	};

	const writeForm = () => {
		if (selects.commodity) selects.commodity.value = state.commodity ?? '';
		if (selects.province) selects.province.value = state.province ?? '';
		if (selects.year) {
			selects.year.value =
				state.year === null ? '' : state.year === 'unknown' ? unknown : String(state.year);
		}
	};

	// DOM writes only where something changed: at start the build's markup is usually right
	// already, and rewriting it would lay the whole table out again.
	const label = (option: HTMLOptionElement, n: number) => {
		const words = fillTemplate(text.option, {
			label: option.dataset.label ?? option.value,
			n: number(n),
		});
		if (option.textContent !== words) option.textContent = words;
		const disabled = n === 0 && !option.selected;
		if (option.disabled !== disabled) option.disabled = disabled;
	};

	function apply(updateAddress: boolean): void {
		const counts = facetCounts(groups, state);
		const shown = new Set(items.filter((i) => matchesState(i, state)).map((i) => i.id));
		for (const i of items) if (i.row.hidden === shown.has(i.id)) i.row.hidden = !i.row.hidden;
		const compare = (collator ??= new Intl.Collator(lang));
		const sorted = [...items].sort((a, b) =>
			compareEntries(a.sort, b.sort, state.sort, state.desc, compare),
		);
		const order = tbody ? [...tbody.rows] : [];
		if (sorted.some((i, k) => order[k] !== i.row)) tbody?.append(...sorted.map((i) => i.row));
		if (areas) list();
		for (const th of headers) {
			if (th.dataset.sort === state.sort)
				th.setAttribute('aria-sort', state.desc ? 'descending' : 'ascending');
			else th.removeAttribute('aria-sort');
		}
		for (const o of selects.commodity?.querySelectorAll<HTMLOptionElement>('option[data-label]') ??
			[]) {
			label(o, counts.commodity.get(o.value) ?? 0);
		}
		for (const o of selects.province?.querySelectorAll<HTMLOptionElement>('option[data-label]') ??
			[]) {
			label(o, counts.province.get(o.value) ?? 0);
		}
		for (const o of selects.year?.querySelectorAll<HTMLOptionElement>('option[data-label]') ?? []) {
			label(o, counts.year.get(o.value === unknown ? 'unknown' : Number(o.value)) ?? 0);
		}
		if (count) {
			count.textContent = fillTemplate(text.showing, {
				shown: number(counts.shown),
				total: number(total),
			});
		}
		if (none) none.hidden = counts.shown > 0;
		const filtered = state.commodity !== null || state.province !== null || state.year !== null;
		const detail: MapFilterDetail = {
			ids: filtered && !areas ? shown : null,
			state: filtered ? state : null,
			focus: state.province,
		};
		root?.dispatchEvent(new CustomEvent('map:filter', { detail }));
		if (updateAddress) {
			const query = explorerQuery(state, lang, (code) => slugs.get(code) ?? code, location.search);
			history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
		}
	}

	form.addEventListener('change', () => {
		state = readForm();
		apply(true);
	});
	form.querySelector('[data-explorer-reset]')?.addEventListener('click', () => {
		state = { ...EMPTY_STATE, sort: state.sort, desc: state.desc };
		writeForm();
		apply(true);
	});

	// The large explorer's list: the matching villages the live map has in view, sorted, a page
	// at a time.
	const status = root.querySelector<HTMLElement>('[data-explorer-status]');
	const more = root.querySelector<HTMLButtonElement>('[data-explorer-more]');
	const words = payload.list;
	let view: MapViewDetail = { villages: null, loading: false };
	let limit = words?.size ?? 0;
	const list = (): void => {
		if (!words || !tbody) return;
		const villages = view.villages;
		if (!villages) {
			tbody.replaceChildren();
			if (status) status.textContent = view.loading ? words.loading : words.zoom;
			if (more) more.hidden = true;
			return;
		}
		const compare = (collator ??= new Intl.Collator(lang));
		const sorted = villages
			.map((v) => ({ v, sort: sortFields(v) }))
			.sort((a, b) => compareEntries(a.sort, b.sort, state.sort, state.desc, compare));
		const page = sorted.slice(0, limit);
		tbody.replaceChildren(...page.map(({ v }) => villageRow(v, root)));
		if (status)
			status.textContent = fillTemplate(words.inView, {
				n: number(sorted.length),
				shown: number(page.length),
			});
		if (more) {
			more.hidden = sorted.length <= limit;
			more.textContent = fillTemplate(words.more, {
				n: number(Math.min(words.size, sorted.length - limit)),
			});
		}
	};
	if (words) {
		root.addEventListener('map:view', (event) => {
			view = (event as CustomEvent<MapViewDetail>).detail;
			limit = words.size;
			list();
		});
		more?.addEventListener('click', () => {
			limit += words.size;
			list();
		});
	}

	writeForm();
	if (parsed.rejected.length) apply(true);
	else if (!isEmptyState(state)) apply(false);
}

/** Sort keys of a village record (as the build's rows carry them). */
function sortFields(v: VillageRecord): SortFields {
	return {
		name: v.name,
		place: `${v.regency}, ${v.province}`,
		commodity: v.commodity,
		year: v.year === null ? '' : String(v.year),
	};
}

/**
 * A row of the large explorer's list, as the build writes a small explorer's rows: key and name
 * (a button that shows the village on the map), district, regency (linked to its hub) and
 * province, commodity, year. Text only, never HTML.
 */
function villageRow(v: VillageRecord, root: HTMLElement): HTMLTableRowElement {
	const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
		const node = document.createElement(tag);
		if (className) node.className = className;
		if (text !== undefined) node.textContent = text;
		return node;
	};
	const row = el('tr');
	row.dataset.mapItem = '';
	row.dataset.id = v.id;
	const head = el('th');
	head.scope = 'row';
	const name = el('span', 'explorer-name');
	const svgNs = 'http://www.w3.org/2000/svg';
	const key = document.createElementNS(svgNs, 'svg');
	key.setAttribute('class', 'map-key');
	key.setAttribute('viewBox', '0 0 14 14');
	key.setAttribute('aria-hidden', 'true');
	const dot = document.createElementNS(svgNs, 'circle');
	const hollow = v.coordLevel === 'village' ? '' : ' map-dot--hollow';
	dot.setAttribute('class', `map-dot map-dot--c${v.cat}${hollow}`);
	for (const [k, value] of [
		['cx', '7'],
		['cy', '7'],
		['r', '5'],
	])
		dot.setAttribute(k ?? '', value ?? '');
	key.append(dot);
	const button = el('button', 'map-item-button', v.name);
	button.type = 'button';
	button.addEventListener('click', () => {
		const detail: MapShowDetail = { id: v.id, from: button };
		root.dispatchEvent(new CustomEvent('map:show', { detail }));
	});
	name.append(key, button);
	head.append(name);
	if (v.districtName) head.append(el('span', 'explorer-sub', v.districtName));
	const place = el('td');
	const hub = el('a', undefined, v.regency);
	hub.href = v.hubHref;
	place.append(hub, el('span', 'explorer-sub', v.province));
	row.append(
		head,
		place,
		el('td', undefined, v.commodity),
		el('td', undefined, v.year === null ? '—' : String(v.year)),
	);
	return row;
}
