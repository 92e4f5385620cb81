// <ld-village-map>: the village map's island. It turns the list's names into buttons, filters the
// static dots and the list on request, and loads the live map (Leaflet, in map-leaflet.ts) only
// when the map comes near the viewport — or when a reader picks a village from the list. Nothing
// of Leaflet (script, styles, boundaries) is requested before that. What the live map needs from
// the build comes in the element's `data-map` (src/lib/contracts/map.ts), checked here: a payload
// that does not fit is logged and the static map stays.
import { liveMapContract, type LiveMapPayload } from '../lib/contracts/map.ts';
import type { ExplorerState } from '../lib/maps/filter.ts';
import type { VillageRecord } from '../lib/maps/village-file.ts';

/** What the live map offers its element (see map-leaflet.ts). */
export interface LiveMap {
	/** Show a village: move the map to it and open its popup; focus returns to `from` on close. */
	show(id: string, from?: HTMLElement): void;
	/** Show only the villages the filter leaves, and frame its province (or them). */
	filter(detail: MapFilterDetail): void;
}

/** Detail of the `map:filter` event the explorer sends to the element. */
export interface MapFilterDetail {
	/** The villages to show, null for all (a map that lists its villages). */
	ids: ReadonlySet<string> | null;
	/** The explorer's filter, null for none (a large map filters its counts and files by it). */
	state: ExplorerState | null;
	/** A province code to frame. */
	focus: string | null;
}

/** Detail of the `map:show` event: show this village, then give focus back to `from`. */
export interface MapShowDetail {
	id: string;
	from?: HTMLElement;
}

/**
 * Detail of the `map:view` event a large live map sends after each drawing: the villages in
 * view that match (null when it shows counts by area), and whether files are still loading.
 */
export interface MapViewDetail {
	villages: VillageRecord[] | null;
	loading: boolean;
}

/** Start loading this far before the map enters the viewport. */
const MARGIN = '200px 0px';

class VillageMapElement extends HTMLElement {
	private live?: Promise<LiveMap | undefined>;
	private observer?: IntersectionObserver;
	private lastFilter: MapFilterDetail = { ids: null, state: null, focus: null };
	private payload?: LiveMapPayload;

	connectedCallback(): void {
		if (this.dataset.ready || !this.dataset.live) return;
		try {
			this.payload = liveMapContract.decode(this.dataset.map);
		} catch (error) {
			console.error(`live map not started: ${error instanceof Error ? error.message : error}`);
			return;
		}
		this.dataset.ready = 'true';
		for (const item of this.querySelectorAll<HTMLElement>('[data-map-item]')) {
			const name = item.querySelector('.map-item-name');
			const id = item.dataset.id;
			if (!name || !id) continue;
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'map-item-button';
			button.textContent = name.textContent;
			name.replaceWith(button);
			button.addEventListener('click', () => void this.show(id, button));
		}
		for (const hint of this.querySelectorAll<HTMLElement>('[data-map-hint]')) hint.hidden = false;
		this.addEventListener('map:filter', (event) => {
			this.filter((event as CustomEvent<MapFilterDetail>).detail);
		});
		// A list the page draws later (the large explorer's) asks for its villages this way.
		this.addEventListener('map:show', (event) => {
			const { id, from } = (event as CustomEvent<MapShowDetail>).detail;
			void this.show(id, from);
		});
		this.observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((e) => e.isIntersecting)) void this.mount();
			},
			{ rootMargin: MARGIN },
		);
		const canvas = this.querySelector('.map-canvas');
		if (canvas) this.observer.observe(canvas);
	}

	disconnectedCallback(): void {
		this.observer?.disconnect();
	}

	/** Load and start the live map (once). Undefined when it could not start: the static map stays. */
	mount(): Promise<LiveMap | undefined> {
		this.observer?.disconnect();
		const payload = this.payload;
		if (!payload) return Promise.resolve(undefined);
		this.live ??= import('./map-leaflet.ts')
			.then((m) => m.mountLiveMap(this, payload))
			.then((live) => {
				const f = this.lastFilter;
				if (f.ids || f.state || f.focus) live.filter(f);
				return live;
			})
			.catch((error: unknown) => {
				console.warn('live map unavailable; the static map stays', error);
				this.querySelector('.map-canvas')?.classList.remove('is-live');
				return undefined;
			});
		return this.live;
	}

	async show(id: string, from?: HTMLElement): Promise<void> {
		const live = await this.mount();
		live?.show(id, from);
	}

	filter(detail: MapFilterDetail): void {
		this.lastFilter = detail;
		const shown = (id: string | undefined) => !detail.ids || (!!id && detail.ids.has(id));
		for (const el of this.querySelectorAll<SVGElement>('[data-map-static] [data-id]')) {
			el.classList.toggle('is-filtered', !shown(el.dataset.id));
		}
		for (const item of this.querySelectorAll<HTMLElement>('[data-map-item]')) {
			item.hidden = !shown(item.dataset.id);
		}
		if (this.live) void this.live.then((live) => live?.filter(detail));
	}
}

/** Define `<ld-village-map>` (once per page). */
export function defineVillageMap(): void {
	if (!customElements.get('ld-village-map')) {
		customElements.define('ld-village-map', VillageMapElement);
	}
}
