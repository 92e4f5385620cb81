/**
 * The live map's payload (src/lib/contracts/map.ts) from a village map's model: where it
 * starts, what it highlights, which boundary files it may fetch, its words, and — for a large
 * map — its areas. One function for every village map (stories, hubs, gallery, explorer).
 */
import type { AreasPayload, Box, LiveMapPayload } from '../contracts/map.ts';
import type { Lang } from '../lang.ts';
import { t } from '../i18n/index.ts';
import type { Bounds } from './bounds.ts';
import type { VillageMapModel } from './village-map.ts';

/** Bounds as a payload box `[west, south, east, north]`, rounded to `digits` decimals. */
export function boxOf([[w, s], [e, n]]: Bounds, digits = 4): Box {
	const r = (x: number) => Number(x.toFixed(digits));
	return [r(w), r(s), r(e), r(n)];
}

/** What a page adds to the model for its live map. */
export interface LivePayloadOptions {
	lang: Lang;
	/** The map's title (its live region's label says "Interactive map: {title}"). */
	title: string;
	/** Boundary file URLs: provinces, and the regencies of each province (code → URL). */
	geo: { provinces: string; regencies: readonly { code: string; url: string }[] };
	/** An external tile layer, when the site is built with one. */
	tiles?: { url: string; attribution: string };
	/** The explorer: wheel zoom, height from the page's stylesheet, frames of provinces. */
	explorer?: { frames: readonly { code: string; bounds: Bounds }[] };
	/** A large map's areas (see `src/lib/maps/areas.ts`). */
	areas?: AreasPayload;
}

/** The `data-map` payload of a village map. */
export function liveMapPayload(model: VillageMapModel, o: LivePayloadOptions): LiveMapPayload {
	return {
		bounds: boxOf(model.live.bounds),
		focus: model.live.focus,
		national: model.live.national,
		geo: { provinces: o.geo.provinces, regencies: o.geo.regencies.map((r) => [r.code, r.url]) },
		text: {
			label: t(o.lang, 'maps.live', { title: o.title }),
			attribution: t(o.lang, 'maps.attribution'),
			reset: t(o.lang, 'maps.reset'),
			close: t(o.lang, 'maps.close'),
		},
		...(o.tiles ? { tiles: o.tiles } : {}),
		...(o.explorer
			? {
					scrollZoom: true,
					cssHeight: true,
					frames: o.explorer.frames.map((f) => [f.code, boxOf(f.bounds, 3)]),
				}
			: {}),
		...(o.areas ? { areas: o.areas } : {}),
	};
}
