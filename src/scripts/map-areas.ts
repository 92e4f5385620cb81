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
import { gridClusters, separateSpots, type Spot } from '../lib/maps/cluster.ts';
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
	/** A count marker's size (pixels), by order of magnitude: 26 for 1, 40 for 100, 52 from 5,000. */
	const countSize = (n: number) => Math.round(Math.min(COUNT_MAX, COUNT_MIN + 7 * Math.log10(n)));
	const countMarker = (at: L.LatLng, n: number, label: string, zoomTo: () => void) => {
		const m = marker(at, countSize(n), 'map-marker-count', label, number(n));
		m.on('click', zoomTo);
		// A keyboard button: Enter and Space zoom too (Leaflet hands markers its key presses).
		m.on('keypress', (e) => {
			const key = (e as L.LeafletKeyboardEvent).originalEvent;
			if (key.key !== 'Enter' && key.key !== ' ') return;
			key.preventDefault();
			zoomTo();
		});
		return m;
	};
	/** Zoom to `box`, at least one step closer than now and at least to zoom `least`. */
	const zoomInto = (box: L.LatLngBounds, least = 0) =>
		map.setView(box.getCenter(), Math.max(map.getZoom() + 1, map.getBoundsZoom(box), least));
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
		m.bindPopup(() => popup(v), { autoPanPadding: L.point(24, 24), maxWidth: 300 });
		m.on('popupopen', () => o.opened(v.id));
		byId.set(v.id, m);
		return m;
	};
	const popup = (v: VillageRecord) =>
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
		});

	/**
	 * Put markers on the map for `spots` (pixels at the current zoom), merged where they would
	 * crowd each other: a lone village is its dot (a popup), anything else a count that zooms
	 * in on its members.
	 */
	const place = <M>(
		spots: Spot<M>[],
		zoom: number,
		name: (members: M[]) => string,
		box: (members: M[]) => L.LatLngBounds,
		village: (members: M[]) => VillageRecord | undefined,
		least = 0,
	) => {
		// Half the diagonal of a marker's box: a touch target is its box (round as it looks), so
		// a dot beside a count's corner is as close as it is to its side.
		const radius = (n: number) => ((n === 1 ? DOT : countSize(n)) / 2) * Math.SQRT2;
		for (const spot of separateSpots(spots, radius)) {
			const at = map.unproject([spot.x, spot.y], zoom);
			const lone = spot.count === 1 ? village(spot.members) : undefined;
			if (lone) layer.addLayer(villageMarker(lone));
			else {
				const label = fillTemplate(areas.words.cluster, {
					count: [name(spot.members), words(spot.count)].filter(Boolean).join(': '),
				});
				layer.addLayer(
					countMarker(at, spot.count, label, () => zoomInto(box(spot.members), least)),
				);
			}
		}
	};

	/** Draw the current view. */
	const draw = async (): Promise<void> => {
		const ticket = ++drawing;
		const zoom = map.getZoom();
		const view = map.getBounds().pad(0.1);
		const perRegency = counts();
		const total = [...perRegency.values()].reduce((a, b) => a + b, 0);
		const all = total <= LOAD_ALL_UP_TO;
		const at = (ll: L.LatLng) => map.project(ll, zoom);
		if (zoom < DOTS_ZOOM && !all) {
			layer.clearLayers();
			byId.clear();
			// Counts by province, closer in by regency; areas that crowd share one marker.
			type Area = { name: string; box: L.LatLngBounds };
			const spots: Spot<Area>[] = [];
			if (zoom < REGENCY_ZOOM) {
				const perProvince = new Map<string, number>();
				for (const [i, n] of perRegency) {
					const p = regencies[i]?.province ?? '';
					perProvince.set(p, (perProvince.get(p) ?? 0) + n);
				}
				for (const p of provinces) {
					const n = perProvince.get(p.code) ?? 0;
					if (n && view.contains(p.at))
						spots.push({ ...at(p.at), count: n, members: [{ name: p.name, box: p.box }] });
				}
			} else {
				for (const [i, n] of perRegency) {
					const r = regencies[i];
					if (r && n && view.contains(r.at))
						spots.push({ ...at(r.at), count: n, members: [{ name: r.name, box: r.box }] });
				}
			}
			place(
				spots,
				zoom,
				// Areas sharing a marker are all named: "Kabupaten Lamongan, Kabupaten Gresik: …".
				(members) => members.map((m) => m.name).join(', '),
				(members) => {
					const box = L.latLngBounds([]);
					for (const m of members) box.extend(m.box);
					return box;
				},
				() => undefined,
				// A regency's count goes straight to its villages.
				zoom >= REGENCY_ZOOM ? DOTS_ZOOM : 0,
			);
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
		// Villages: grouped by grid cell where they crowd (none at the deepest zooms), then
		// merged where markers would touch.
		const points = inView.map((v) => ({ v, ...at(L.latLng(v.lat, v.lon)) }));
		const cells =
			zoom >= NO_CLUSTERS_FROM
				? points.map((p) => ({ x: p.x, y: p.y, count: 1, members: [p.v] }))
				: (() => {
						const byId = new Map(points.map((p) => [p.v.id, p.v]));
						return gridClusters(
							points.map((p) => ({ id: p.v.id, x: p.x, y: p.y })),
							CELL,
						).map((c) => ({
							x: c.x,
							y: c.y,
							count: c.ids.length,
							members: c.ids.flatMap((id) => byId.get(id) ?? []),
						}));
					})();
		place(
			cells,
			zoom,
			() => '',
			(members) => L.latLngBounds(members.map((v) => [v.lat, v.lon])),
			(members) => members[0],
		);
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
			void draw().then(() => {
				map.on('moveend', redraw);
				const own = byId.get(id);
				// A village drawn inside a count has no dot of its own: its popup opens at its place.
				if (own) own.openPopup();
				else {
					L.popup({ autoPanPadding: L.point(24, 24), maxWidth: 300 })
						.setLatLng([v.lat, v.lon])
						.setContent(popup(v))
						.openOn(map);
					o.opened(id);
				}
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
