// The villages of a large live map (src/lib/maps/areas.ts), loaded by map-leaflet.ts only for
// maps whose page counts villages by area instead of listing them. Zoomed out, the map shows a
// count per province, then per regency; from DOTS_ZOOM on (or when the filter leaves few
// villages), it fetches the village file of each regency in view — once — and draws the
// villages, grouped into counted circles where they crowd. Every marker is a keyboard button:
// a count zooms in, a village opens its popup. After each drawing it tells the page which
// matching villages are in view (`map:view`), for the explorer's list.
import L from 'leaflet';
import { villageFileContract, type AreasPayload, type Box } from '../lib/contracts/map.ts';
import { fillTemplate } from '../lib/i18n/fill.ts';
import { gridClusters } from '../lib/maps/cluster.ts';
import { matchesFilter, matchesState, type ExplorerState } from '../lib/maps/filter.ts';
import { villageRecords, type VillageRecord } from '../lib/maps/village-file.ts';
import type { MapFilterDetail, MapViewDetail } from './map.ts';

/** From this zoom, the villages of the regencies in view are loaded and drawn. */
export const DOTS_ZOOM = 9;
/** From this zoom (below DOTS_ZOOM), counts are per regency instead of per province. */
const REGENCY_ZOOM = 7;
/** A filter matching at most this many villages loads them wherever they are. */
const LOAD_ALL_UP_TO = 2000;
/** Villages closer than this (pixels) are counted together; none at the deepest zooms. */
const CELL = 40;
const NO_CLUSTERS_FROM = 13;
/** Marker sizes (pixels). */
const DOT = 14;
const COUNT_MIN = 26;
const COUNT_MAX = 52;

const latLngBox = ([w, s, e, n]: Box): L.LatLngBounds => L.latLngBounds([s, w], [n, e]);

/** What a large map offers map-leaflet.ts (its `show` and `filter`). */
export interface AreaLayer {
	/** Show a village: zoom to it and open its popup; false when it is not loaded. */
	show(id: string): boolean;
	filter(detail: MapFilterDetail): void;
}

/** Start the large map's villages on `map`. */
export function areaLayer(
	map: L.Map,
	areas: AreasPayload,
	o: {
		/** The popup of a village (filled as text). */
		popup: (values: Record<string, string>) => HTMLElement;
		/** A village's popup opened (the page marks it in its list). */
		opened: (id: string) => void;
		/** Tell the page what is in view. */
		view: (detail: MapViewDetail) => void;
	},
): AreaLayer {
	const layer = L.layerGroup().addTo(map);
	const regencies = areas.regencies.map(([code, province, name, at, box, url]) => ({
		code,
		province,
		name,
		at: L.latLng(at[1], at[0]),
		box: latLngBox(box),
		url,
	}));
	const provinces = areas.provinces.map(([code, name, at, frame]) => ({
		code,
		name,
		at: L.latLng(at[1], at[0]),
		box: latLngBox(frame),
	}));
	const files = new Map<string, Promise<VillageRecord[]>>();
	const loaded = new Map<string, VillageRecord[]>();
	let state: ExplorerState | null = null;
	let drawing = 0;

	const format = new Intl.NumberFormat(document.documentElement.lang || undefined);
	const number = (n: number) => format.format(n);
	const words = (n: number) =>
		fillTemplate(n === 1 ? areas.words.one : areas.words.other, { n: number(n) });
	const passes = (commodity: string, province: string, year: number | null) =>
		!state || matchesState({ commodity, province, year }, state);
	const keep = (v: VillageRecord) =>
		matchesFilter(
			{
				commodity: v.commodityKey,
				regencyCode: v.regencyCode,
				provinceCode: v.provinceCode,
				year: v.year,
			},
			areas.filter,
		) && passes(v.commodityKey, v.provinceCode, v.year);

	/** Matching villages per regency (index), from the counts: no file needed. */
	const counts = () => {
		const out = new Map<number, number>();
		for (const [r, c, year, n] of areas.counts) {
			const regency = regencies[r];
			if (regency && passes(areas.commodities[c] ?? '', regency.province, year))
				out.set(r, (out.get(r) ?? 0) + n);
		}
		return out;
	};

	const load = (i: number): Promise<VillageRecord[]> => {
		const regency = regencies[i];
		if (!regency) return Promise.resolve([]);
		let file = files.get(regency.code);
		if (!file) {
			file = fetch(regency.url)
				.then((res) => {
					if (!res.ok) throw new Error(`${regency.url}: ${res.status}`);
					return res.text();
				})
				.then((text) => {
					const records = villageRecords(villageFileContract.decode(text));
					loaded.set(regency.code, records);
					return records;
				});
			files.set(regency.code, file);
		}
		return file;
	};

	const marker = (
		at: L.LatLng,
		size: number,
		className: string,
		label: string,
		content: string,
	): L.Marker => {
		const html = document.createElement('span');
		html.textContent = content;
		html.setAttribute('aria-hidden', 'true');
		const m = L.marker(at, {
			icon: L.divIcon({ className, html, iconSize: [size, size] }),
			title: label,
			keyboard: true,
			riseOnHover: true,
		});
		m.on('add', () => m.getElement()?.setAttribute('aria-label', label));
		return m;
	};
	const countMarker = (at: L.LatLng, n: number, label: string, zoomTo: () => void) => {
		// Larger for larger counts, by order of magnitude: 26 px for 1, 40 for 100, 52 from 5,000.
		const size = Math.round(Math.min(COUNT_MAX, COUNT_MIN + 7 * Math.log10(n)));
		const m = marker(at, size, 'map-marker-count', label, number(n));
		m.on('click', zoomTo);
		return m;
	};
	const byId = new Map<string, L.Marker>();
	const villageMarker = (v: VillageRecord) => {
		const hollow = v.coordLevel === 'village' ? '' : ' map-dot--hollow';
		const m = marker(
			L.latLng(v.lat, v.lon),
			DOT,
			`map-marker-dot map-dot--c${v.cat}${hollow}`,
			`${v.name} — ${v.commodity}, ${v.regency}`,
			'',
		);
		m.bindPopup(
			() =>
				o.popup({
					name: v.name,
					commodity: v.commodity,
					designated: v.designated,
					programme: v.programme,
					districtName: v.districtName ?? '',
					regency: v.regency,
					province: v.province,
					note: v.placeNote ?? '',
					source: v.sourceLabel,
					sourceUrl: v.sourceUrl,
					hub: v.hubHref,
					hubLabel: v.hubLabel,
				}),
			{ autoPanPadding: L.point(24, 24), maxWidth: 300 },
		);
		m.on('popupopen', () => o.opened(v.id));
		byId.set(v.id, m);
		return m;
	};

	/** Draw the current view; `pinned` is drawn as a village even where villages crowd. */
	const draw = async (pinned?: string): Promise<void> => {
		const ticket = ++drawing;
		const zoom = map.getZoom();
		const view = map.getBounds().pad(0.1);
		const perRegency = counts();
		const total = [...perRegency.values()].reduce((a, b) => a + b, 0);
		const all = total <= LOAD_ALL_UP_TO;
		if (zoom < DOTS_ZOOM && !all) {
			layer.clearLayers();
			byId.clear();
			if (zoom < REGENCY_ZOOM) {
				const perProvince = new Map<string, number>();
				for (const [i, n] of perRegency) {
					const p = regencies[i]?.province ?? '';
					perProvince.set(p, (perProvince.get(p) ?? 0) + n);
				}
				for (const p of provinces) {
					const n = perProvince.get(p.code) ?? 0;
					if (n && view.contains(p.at))
						layer.addLayer(
							countMarker(
								p.at,
								n,
								fillTemplate(areas.words.cluster, { count: `${p.name}: ${words(n)}` }),
								() => map.fitBounds(p.box),
							),
						);
				}
			} else {
				for (const [i, n] of perRegency) {
					const r = regencies[i];
					if (r && n && view.contains(r.at))
						layer.addLayer(
							countMarker(
								r.at,
								n,
								fillTemplate(areas.words.cluster, { count: `${r.name}: ${words(n)}` }),
								() => map.setView(r.box.getCenter(), Math.max(DOTS_ZOOM, map.getBoundsZoom(r.box))),
							),
						);
				}
			}
			o.view({ villages: null, loading: false });
			return;
		}
		// The regencies to load: every one with a match when they are few, else those in view.
		const wanted = [...perRegency]
			.filter(([i, n]) => n > 0 && (all || regencies[i]?.box.intersects(view)))
			.map(([i]) => i);
		const missing = wanted.filter((i) => !loaded.has(regencies[i]?.code ?? ''));
		if (missing.length) {
			o.view({ villages: null, loading: true });
			try {
				await Promise.all(missing.map(load));
			} catch (error) {
				console.error(
					`village files not loaded: ${error instanceof Error ? error.message : error}`,
				);
				return;
			}
			if (ticket !== drawing) return;
		}
		const inView = wanted.flatMap((i) =>
			(loaded.get(regencies[i]?.code ?? '') ?? []).filter(
				(v) => keep(v) && view.contains([v.lat, v.lon]),
			),
		);
		layer.clearLayers();
		byId.clear();
		const records = new Map(inView.map((v) => [v.id, v]));
		const clusters =
			zoom >= NO_CLUSTERS_FROM
				? inView.map((v) => ({ ids: [v.id], at: L.latLng(v.lat, v.lon) }))
				: gridClusters(
						inView
							.filter((v) => v.id !== pinned)
							.map((v) => {
								const p = map.project([v.lat, v.lon], zoom);
								return { id: v.id, x: p.x, y: p.y };
							}),
						CELL,
					).map((c) => ({ ids: c.ids, at: map.unproject([c.x, c.y], zoom) }));
		const pin = pinned ? records.get(pinned) : undefined;
		if (pin && zoom < NO_CLUSTERS_FROM)
			clusters.push({ ids: [pin.id], at: L.latLng(pin.lat, pin.lon) });
		for (const c of clusters) {
			const only = c.ids.length === 1 ? records.get(c.ids[0] ?? '') : undefined;
			if (only) layer.addLayer(villageMarker(only));
			else
				layer.addLayer(
					countMarker(
						c.at,
						c.ids.length,
						fillTemplate(areas.words.cluster, { count: words(c.ids.length) }),
						() => map.setView(c.at, Math.min(map.getZoom() + 2, map.getMaxZoom())),
					),
				);
		}
		o.view({ villages: inView, loading: false });
	};

	const redraw = () => void draw();
	map.on('moveend', redraw);
	void draw();

	return {
		show(id) {
			const v = [...loaded.values()].flat().find((x) => x.id === id);
			if (!v) return false;
			map.off('moveend', redraw);
			map.setView([v.lat, v.lon], Math.max(map.getZoom(), DOTS_ZOOM + 1), { animate: false });
			void draw(id).then(() => {
				map.on('moveend', redraw);
				byId.get(id)?.openPopup();
			});
			return true;
		},
		filter(detail) {
			state = detail.state;
			map.closePopup();
			const province = detail.focus ? provinces.find((p) => p.code === detail.focus) : undefined;
			if (province) map.fitBounds(province.box, { padding: [16, 16] });
			// A move draws again when it ends too; the later drawing wins.
			redraw();
		},
	};
}
