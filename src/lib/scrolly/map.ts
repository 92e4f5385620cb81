/**
 * The map of one scrolly step: the villages its state shows, framed on all Indonesia or on the
 * step's region, with the villages new at this step marked, and a sentence describing it for
 * screen readers and the figure's description.
 */
import { formatDate, formatList, formatNumber } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { t, tCount } from '../i18n/index.ts';
import { countByArea, isLarge } from '../maps/areas.ts';
import { INDONESIA_BOUNDS } from '../maps/bounds.ts';
import { pointMap, type PointMapModel } from '../maps/point-map.ts';
import { regionFullName, villageDetails } from '../maps/popup.ts';
import { fitMap } from '../maps/projection.ts';
import type { MapData } from '../maps/records.ts';
import { areaFeatures, frameFor, staticLayers, type GeoSource } from '../maps/scene.ts';
import { areaBubbles, MAP_SIZES } from '../maps/village-map.ts';
import type { StepState } from './state.ts';

/** The map of a step and what it says. */
export interface StepMap {
	svg: PointMapModel;
	/** Ids of the dots drawn as new at this step. */
	added: ReadonlySet<string>;
	/** `Peta Indonesia: 3 desa devisa yang diresmikan hingga 1 November 2022; baru: …`. */
	description: string;
	/** `12 desa devisa` (shown on the map). */
	count: string;
}

/** A sentence names at most this many villages; beyond, it gives their number. */
export const NAMES_LISTED = 8;

/**
 * The note under a scrolly on the villages its map cannot place (neither date nor year of
 * designation): their names, or their number when there are more than {@link NAMES_LISTED}
 * (a dataset of thousands would otherwise list them all); `''` when there are none.
 */
export function undatedNote(names: readonly string[], lang: Lang): string {
	if (names.length === 0) return '';
	const list =
		names.length <= NAMES_LISTED
			? formatList(names, lang)
			: tCount(lang, 'maps.count', names.length);
	return t(lang, 'scrolly.undated', { list });
}

/** `2022` → `2022`; `2022-11` → `November 2022`; `2022-11-01` → `1 November 2022`. */
export function untilText(until: string, lang: Lang): string {
	if (/^\d{4}$/.test(until)) return until;
	if (/^\d{4}-\d{2}$/.test(until)) return formatDate(`${until}-01`, lang).replace(/^1 /, '');
	return formatDate(until, lang);
}

/**
 * Draw the map of one step: a dot per village, or — when the step shows more villages than a page
 * should list (`isLarge`) — a count per province (national map) or regency (a region's map), as
 * the large village maps do. Throws on a region without a boundary or a village whose records
 * are incomplete (the data checks and the MDX lint report those first).
 */
export function stepMap(
	data: MapData,
	geo: GeoSource,
	state: StepState,
	lang: Lang,
	hubHref: (slug: string) => string,
): StepMap {
	const byId = new Map(data.villages.map((v) => [v.id, v]));
	const shown = state.shown.map((id) => {
		const v = byId.get(id);
		if (!v) throw new Error(`scrolly: no village "${id}"`);
		return v;
	});
	const large = isLarge(shown.length);
	const details = large ? [] : shown.map((v) => villageDetails(v, data, lang, hubHref));
	const focusCodes = state.region === undefined ? [] : [state.region];
	const frame =
		focusCodes.length === 0
			? INDONESIA_BOUNDS
			: frameFor(
					shown.map((v) => [v.lon, v.lat] as const),
					areaFeatures(geo, focusCodes),
				);
	const national = frame === INDONESIA_BOUNDS;
	const size = national ? MAP_SIZES.national : MAP_SIZES.area;
	const map = fitMap(frame, { width: size.width, minAspect: 0.4, maxAspect: 0.85 });
	const layers = staticLayers(
		geo,
		map,
		frame,
		focusCodes.map((code) => code.slice(0, 2)),
	);
	const focus = areaFeatures(geo, focusCodes, map);
	const svg = pointMap({
		map,
		land: layers.land,
		lines: layers.lines,
		linesOutlineLand: layers.regencyDetail,
		focus: focus.length ? { type: 'FeatureCollection', features: focus } : undefined,
		points: details.map((d) => ({
			id: d.id,
			lon: d.point[0],
			lat: d.point[1],
			cat: d.cat,
			hollow: d.coordLevel !== 'village',
			label: d.name,
			title: `${d.name} — ${d.commodity}, ${d.regency} (${d.designated})`,
		})),
		bubbles: large
			? areaBubbles(countByArea(shown, data, national ? 'province' : 'regency'), lang)
			: undefined,
		radius: size.radius,
		fontSize: size.fontSize,
		labelPoints: size.labelPoints,
	});
	const region = state.region === undefined ? undefined : data.regions.get(state.region);
	const area = region ? regionFullName(region, lang) : t(lang, 'maps.area.indonesia');
	const count = tCount(lang, 'maps.count', shown.length);
	const newIds = new Set(state.added);
	const added = shown.filter((v) => newIds.has(v.id));
	const fresh =
		added.length === 0
			? ''
			: added.length <= NAMES_LISTED
				? formatList(
						added.map((v) => {
							const d = villageDetails(v, data, lang, hubHref);
							return `${d.name} (${d.regency})`;
						}),
						lang,
					)
				: formatNumber(added.length, lang);
	const description = t(lang, fresh ? 'scrolly.map.added' : 'scrolly.map', {
		area,
		count,
		until: untilText(state.until, lang),
		added: fresh,
	});
	return { svg, added: newIds, description, count };
}
