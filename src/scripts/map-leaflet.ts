// The live village map (Leaflet), loaded by map.ts when the map nears the viewport. The base
// layer is our own boundaries (data/geo, fetched from this site); an external tile layer is used
// only when the site is built with PUBLIC_MAP_TILES. Dots are circle markers coloured by
// commodity group, spread apart where they overlap at the current zoom. Popups are built from
// DOM nodes with textContent — never HTML strings from data. Keyboard: the list's buttons move
// the map and open a popup, focus goes into it, Escape closes it and focus returns to the list.
import L from 'leaflet';
import cssUrl from 'leaflet/dist/leaflet.css?url';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Box, LiveMapPayload } from '../lib/contracts/map.ts';
import { spreadPoints } from '../lib/maps/spread.ts';
import type { LiveMap } from './map.ts';

/** Dot radius on the live map (pixels): smaller when the whole country is in view. */
const RADIUS = 7;
const radiusAt = (zoom: number) => (zoom < 4.5 ? 4 : zoom < 6 ? 5.5 : RADIUS);
/** From this zoom, regency borders are drawn (their files are fetched as the reader gets there). */
const REGENCY_ZOOM = 7;
/** Maps with at most this many villages name them next to their dots. */
const LABELS_UP_TO = 8;
/** Zoom used when the list shows a village. */
const VILLAGE_ZOOM = 10;
/** The map cannot be panned far from Indonesia. */
const MAX_BOUNDS = L.latLngBounds([-16, 88], [12, 148]);

let cssReady: Promise<void> | undefined;

/** Leaflet's stylesheet, added once, not render-blocking: only when a live map starts. */
function loadCss(): Promise<void> {
	cssReady ??= new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = cssUrl;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => reject(new Error(`cannot load ${cssUrl}`)));
		document.head.append(link);
	});
	return cssReady;
}

type Areas = FeatureCollection<Geometry, { name: string }>;

/**
 * Let the browser handle input and paint between the steps of starting a map, so no step is a
 * long task (Lighthouse's blocking time on the explorer: about 230 ms in one piece).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Longest piece of work between two yields (ms); a phone four times slower stays under 50 ms. */
const SLICE_MS = 8;

/** `each` for every item, yielding to the browser whenever a slice of time is used up. */
async function inSlices<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
	let since = performance.now();
	for (const item of items) {
		each(item);
		if (performance.now() - since > SLICE_MS) {
			await nextTask();
			since = performance.now();
		}
	}
}

const topoCache = new Map<string, Promise<Areas>>();

/** A boundary file as GeoJSON (fetched once per page). */
function areas(url: string): Promise<Areas> {
	let p = topoCache.get(url);
	if (!p) {
		p = fetch(url)
			.then((res) => {
				if (!res.ok) throw new Error(`${url}: ${res.status}`);
				return res.json() as Promise<Topology>;
			})
			.then(async (topo) => {
				await nextTask();
				const name = Object.keys(topo.objects)[0] ?? '';
				const object = topo.objects[name];
				if (!object) throw new Error(`${url}: no object`);
				return feature(topo, object) as unknown as Areas;
			});
		topoCache.set(url, p);
	}
	return p;
}

/**
 * Fill a clone of the popup template with a village's values (a list item's data attributes,
 * or a record of a village file), as text.
 */
function popupContent(
	values: Readonly<Record<string, string | undefined>>,
	template: HTMLTemplateElement,
): HTMLElement {
	const node = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
	for (const el of node.querySelectorAll<HTMLElement>('[data-slot]')) {
		const value = values[el.dataset.slot ?? ''] ?? '';
		if (!value) {
			(el.closest('[data-field]') ?? el).remove();
			continue;
		}
		el.textContent = value;
		const url = el.dataset.href ? values[el.dataset.href] : undefined;
		if (url && (/^https:\/\//.test(url) || url.startsWith('/'))) el.setAttribute('href', url);
	}
	return node;
}

const latLngBox = ([w, s, e, n]: Box): L.LatLngBounds => L.latLngBounds([s, w], [n, e]);

interface Dot {
	id: string;
	item: HTMLElement;
	at: L.LatLng;
	marker: L.CircleMarker;
	leader: L.Polyline;
	origin: L.CircleMarker;
	shown: boolean;
}

/** Start the live map inside a `<ld-village-map>` element, from its checked `data-map`. */
export async function mountLiveMap(root: HTMLElement, payload: LiveMapPayload): Promise<LiveMap> {
	const canvas = root.querySelector<HTMLElement>('.map-canvas');
	const container = root.querySelector<HTMLElement>('.map-live');
	const staticMap = root.querySelector<SVGSVGElement>('[data-map-static]');
	const template = root.querySelector<HTMLTemplateElement>('template[data-map-popup]');
	const provincesUrl = payload.geo.provinces;
	if (!canvas || !container || !staticMap || !template) {
		throw new Error('the map markup is incomplete');
	}
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const [, provinces] = await Promise.all([loadCss(), areas(provincesUrl)]);
	await nextTask();

	// Same shape as the static map (the stylesheet sets a minimum height), unless the page's
	// stylesheet sizes it (data-height="css", the explorer).
	if (!payload.cssHeight) {
		container.style.height = `${Math.round(staticMap.getBoundingClientRect().height)}px`;
	}
	container.hidden = false;
	canvas.classList.add('is-live');
	container.setAttribute('role', 'region');
	container.setAttribute('aria-label', payload.text.label);

	const map = L.map(container, {
		maxBounds: MAX_BOUNDS,
		maxBoundsViscosity: 0.8,
		minZoom: 3,
		maxZoom: 14,
		zoomSnap: 0.25,
		scrollWheelZoom: payload.scrollZoom === true,
		zoomAnimation: !reduced,
		fadeAnimation: !reduced,
		markerZoomAnimation: !reduced,
	});
	map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
	map.attributionControl.addAttribution(payload.text.attribution);
	if (payload.tiles) {
		L.tileLayer(payload.tiles.url, { attribution: payload.tiles.attribution }).addTo(map);
	}
	const start = latLngBox(payload.bounds);
	map.fitBounds(start, { animate: false });
	await nextTask();

	const landStyle = { className: 'map-land', fillOpacity: 1, opacity: 1, weight: 0.8 };
	const provinceLayer = L.geoJSON(undefined, { interactive: false, style: () => landStyle }).addTo(
		map,
	);
	// Drawing all 38 provinces at once is one long task on a phone.
	await inSlices(provinces.features, (f) => provinceLayer.addData(f));
	const provinceBounds = new Map<string, L.LatLngBounds>();
	provinceLayer.eachLayer((layer) => {
		const id = (layer as L.Polygon & { feature?: { id?: string | number } }).feature?.id;
		if (id !== undefined) provinceBounds.set(String(id), (layer as L.Polygon).getBounds());
	});

	await nextTask();

	// Where to frame a province: its mainland and larger islands (from the build), not far islets.
	const mainBoundsOf = new Map((payload.frames ?? []).map(([code, b]) => [code, latLngBox(b)]));

	// Regency borders and focus areas, above the land and below the dots.
	const focus = new Set(payload.focus);
	const regencyUrls = new Map(payload.geo.regencies);
	const loaded = new Set<string>();
	const lineStyle = { className: 'map-lines', fill: false, opacity: 1, weight: 0.7 };
	const focusStyle = { className: 'map-focus', fillOpacity: 1, opacity: 1, weight: 1.5 };
	const focusLayer = L.geoJSON(undefined, { interactive: false, style: () => focusStyle });
	focusLayer.addData({
		type: 'FeatureCollection',
		features: provinces.features.filter((f) => focus.has(String(f.id))),
	} as FeatureCollection);
	focusLayer.addTo(map);
	const regencyLayer = L.geoJSON(undefined, { interactive: false, style: () => lineStyle }).addTo(
		map,
	);
	const loadRegencies = async (codes: string[]) => {
		for (const code of codes) {
			const url = regencyUrls.get(code);
			if (!url || loaded.has(code)) continue;
			loaded.add(code);
			const regencies = await areas(url);
			await inSlices(regencies.features, (f) => regencyLayer.addData(f));
			const inFocus = regencies.features.filter((f) => focus.has(String(f.id)));
			if (inFocus.length)
				focusLayer.addData({ type: 'FeatureCollection', features: inFocus } as FeatureCollection);
		}
	};
	const national = payload.national;
	const regenciesInView = () => {
		if (map.getZoom() < REGENCY_ZOOM) return;
		const view = map.getBounds();
		void loadRegencies(
			[...regencyUrls.keys()].filter((code) => provinceBounds.get(code)?.intersects(view)),
		);
	};
	map.on('moveend', regenciesInView);
	if (national) regenciesInView();
	else await loadRegencies([...regencyUrls.keys()]);
	const detailed = () => container.classList.toggle('is-detailed', map.getZoom() >= REGENCY_ZOOM);
	map.on('zoomend', detailed);
	detailed();

	await nextTask();

	let current: HTMLElement | undefined;
	/** Mark the list entry of the village whose popup is open. */
	const mark = (id: string) => {
		current?.querySelector('.map-item-button')?.removeAttribute('aria-current');
		current =
			root.querySelector<HTMLElement>(`[data-map-item][data-id="${CSS.escape(id)}"]`) ?? undefined;
		current?.querySelector('.map-item-button')?.setAttribute('aria-current', 'true');
	};

	// A large map: villages by area, loaded as the reader gets there (map-areas.ts).
	const byArea = payload.areas
		? (await import('./map-areas.ts')).areaLayer(map, payload.areas, {
				popup: (values) => popupContent(values, template),
				opened: mark,
				view: (detail) => root.dispatchEvent(new CustomEvent('map:view', { detail })),
			})
		: undefined;

	// Dots: every village the page lists.
	const dots: Dot[] = [];
	for (const item of byArea ? [] : root.querySelectorAll<HTMLElement>('[data-map-item]')) {
		const id = item.dataset.id;
		const lat = Number(item.dataset.lat);
		const lon = Number(item.dataset.lon);
		if (!id || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
		const at = L.latLng(lat, lon);
		const hollow = item.dataset.level !== 'village' ? ' map-dot--hollow' : '';
		const marker = L.circleMarker(at, {
			radius: RADIUS,
			className: `map-dot map-dot--c${item.dataset.cat ?? '6'}${hollow}`,
			fillOpacity: 1,
			opacity: 1,
			weight: hollow ? 2.4 : 1.5,
			bubblingMouseEvents: false,
		});
		marker.bindPopup(() => popupContent(item.dataset, template), {
			autoPanPadding: L.point(24, 24),
			maxWidth: 300,
		});
		marker.on('popupopen', () => mark(id));
		const leader = L.polyline([at, at], {
			className: 'map-leader',
			interactive: false,
			weight: 0.8,
		});
		const origin = L.circleMarker(at, {
			className: 'map-true',
			radius: 1.5,
			interactive: false,
			fillOpacity: 1,
			stroke: false,
		});
		dots.push({ id, item, at, marker, leader, origin, shown: true });
	}
	if (dots.length <= LABELS_UP_TO) {
		for (const d of dots) {
			const label = document.createElement('span');
			label.textContent = d.item.dataset.name ?? '';
			d.marker.bindTooltip(label, {
				permanent: true,
				direction: 'right',
				offset: L.point(RADIUS, 0),
				className: 'map-tooltip',
				interactive: false,
			});
		}
	}
	const byId = new Map(dots.map((d) => [d.id, d]));
	const leaders = L.layerGroup().addTo(map);
	const markers = L.layerGroup().addTo(map);

	/**
	 * Lay the shown dots out for the current zoom (overlapping ones spread around their centre)
	 * and clear the map of them; returns one step per dot that draws it.
	 */
	const placeDots = (): (() => void)[] => {
		const shown = dots.filter((d) => d.shown);
		const radius = radiusAt(map.getZoom());
		const placed = spreadPoints(
			shown.map((d) => {
				const p = map.latLngToLayerPoint(d.at);
				return { id: d.id, x: p.x, y: p.y };
			}),
			{ radius, gap: radius > 5 ? 2 : 1 },
		);
		leaders.clearLayers();
		markers.clearLayers();
		return placed.map((p, i) => {
			const d = shown[i] as Dot;
			const where = p.moved ? map.layerPointToLatLng(L.point(p.x, p.y)) : d.at;
			return () => {
				d.marker.setLatLng(where);
				d.marker.setRadius(radius);
				if (p.moved) {
					d.leader.setLatLngs([d.at, where]);
					leaders.addLayer(d.leader);
					leaders.addLayer(d.origin);
				}
				markers.addLayer(d.marker);
			};
		});
	};
	const spread = () => {
		for (const draw of placeDots()) draw();
	};
	await nextTask();
	// The first drawing in slices; a zoom meanwhile lays the dots out again once it is done.
	const firstZoom = map.getZoom();
	await inSlices(placeDots(), (draw) => draw());
	map.on('zoomend', spread);
	if (map.getZoom() !== firstZoom) spread();

	// Keyboard: focus into an opened popup; back to the list button when it closes.
	let returnTo: HTMLElement | undefined;
	map.on('popupopen', (e) => {
		const el = e.popup.getElement();
		const close = el?.querySelector<HTMLElement>('.leaflet-popup-close-button');
		close?.setAttribute('aria-label', payload.text.close);
		close?.setAttribute('title', payload.text.close);
		if (returnTo) el?.querySelector<HTMLElement>('.map-popup-title')?.focus();
	});
	map.on('popupclose', () => {
		const target = returnTo;
		returnTo = undefined;
		if (
			target &&
			(!document.activeElement ||
				document.activeElement === document.body ||
				container.contains(document.activeElement))
		) {
			target.focus();
		}
	});
	// Leaflet closes popups on Escape only while the map itself has focus, not a popup's content.
	container.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') map.closePopup();
	});

	// "Show all": back to the starting view.
	const Reset = L.Control.extend({
		onAdd() {
			const bar = L.DomUtil.create('div', 'leaflet-bar');
			const button = L.DomUtil.create('button', 'map-reset', bar) as HTMLButtonElement;
			button.type = 'button';
			button.textContent = payload.text.reset;
			L.DomEvent.disableClickPropagation(bar);
			L.DomEvent.on(button, 'click', () => map.fitBounds(start));
			return bar;
		},
	});
	new Reset({ position: 'topright' }).addTo(map);

	return {
		show(id, from) {
			if (byArea) {
				if (byArea.show(id)) returnTo = from;
				return;
			}
			const d = byId.get(id);
			if (!d) return;
			if (!d.shown) {
				d.shown = true;
				spread();
			}
			returnTo = from;
			mark(id);
			// Move at once (no animation) so the popup opens where the dot is, every time.
			map.setView(d.at, Math.max(map.getZoom(), VILLAGE_ZOOM), { animate: false });
			spread();
			d.marker.openPopup();
		},
		filter(detail) {
			if (byArea) {
				byArea.filter(detail);
				return;
			}
			const { ids, focus: focusCode } = detail;
			for (const d of dots) d.shown = !ids || ids.has(d.id);
			map.closePopup();
			spread();
			const shown = dots.filter((d) => d.shown);
			const target = focusCode
				? (mainBoundsOf.get(focusCode) ?? provinceBounds.get(focusCode))
				: undefined;
			if (target) map.fitBounds(target, { padding: [16, 16] });
			else if (ids && shown.length) {
				map.fitBounds(L.latLngBounds(shown.map((d) => d.at)).pad(0.2), { maxZoom: 9 });
			} else map.fitBounds(start);
		},
	};
}
