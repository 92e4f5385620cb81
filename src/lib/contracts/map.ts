/**
 * The live village map's contract: what `<ld-village-map>` (src/scripts/map.ts and
 * map-leaflet.ts) reads from the build, as JSON in the element's `data-map` attribute. Every
 * village map carries it — story maps, hub maps, the gallery and the explorer.
 */
import {
	boolean,
	contract,
	count,
	list,
	nullable,
	number,
	object,
	optional,
	text,
	tuple,
	url,
	type Checked,
} from './check.ts';

/** `[west, south, east, north]` in degrees. */
export const box = tuple(number, number, number, number);
/** A box: `[west, south, east, north]` in degrees (WGS84). */
export type Box = Checked<typeof box>;

/**
 * A large map's areas (see `src/lib/maps/areas.ts`): instead of every village in the page, the
 * count of villages of each regency by commodity and year, and the address of each regency's
 * village file (a {@link villageFileContract} file) that the live map fetches when the regency
 * is in view.
 */
export const areasCheck = object({
	/** Provinces with villages: code, name, where to write the count (`[lon, lat]`), frame. */
	provinces: list(tuple(text, text, tuple(number, number), box)),
	/** Regencies with villages: code, province code, name, label point, box, village file. */
	regencies: list(tuple(text, text, text, tuple(number, number), box, url)),
	/** Commodity keys (indexed by the counts). */
	commodities: list(text),
	/** The counts: regency index, commodity index, year (null when unknown), villages. */
	counts: list(tuple(count, count, nullable(count), count)),
	/** The map's preset filter (a story map's): commodity keys, region codes, years. */
	filter: object({
		commodities: list(text),
		regions: list(text),
		years: list(nullable(count)),
	}),
	/**
	 * Words in the page language, with `{n}` and `{count}` slots: a count of one village and of
	 * several (`{n} desa devisa`), and the title of a circle that counts villages.
	 */
	words: object({ one: text, other: text, cluster: text }),
});
/** A large map's areas. */
export type AreasPayload = Checked<typeof areasCheck>;

const payload = object({
	/** Where the map starts. */
	bounds: box,
	/** Areas highlighted (province or regency codes). */
	focus: list(text),
	/** A map of all Indonesia: regency outlines load only for the provinces in view. */
	national: boolean,
	/** Boundary files: provinces, and the regencies of each province the map may show. */
	geo: object({
		provinces: url,
		regencies: list(tuple(text, url)),
	}),
	/** Words the map shows (page language). */
	text: object({ label: text, attribution: text, reset: text, close: text }),
	/** An external tile layer (only when the site is built with one). */
	tiles: optional(object({ url, attribution: text })),
	/** Zoom with the mouse wheel (the explorer). */
	scrollZoom: optional(boolean),
	/** The page's stylesheet sets the map's height (the explorer); else the static map's. */
	cssHeight: optional(boolean),
	/** Where to frame a province when a filter picks it: its mainland and larger islands. */
	frames: optional(list(tuple(text, box))),
	/** A large map: villages by area, loaded when in view (absent: every village is listed). */
	areas: optional(areasCheck),
});

/** Everything the live village map reads from the build. */
export type LiveMapPayload = Checked<typeof payload>;

/** The `data-map` attribute of `<ld-village-map>`. */
export const liveMapContract = contract<LiveMapPayload>('village map (data-map)', payload);

/**
 * A regency's village file (the large maps fetch one per regency in view), in the page
 * language: the villages as rows of positions into the file's lists, so repeated words
 * (commodity, place, programme, source) are written once per file.
 */
const villageFile = object({
	/** The regency's code. */
	regency: text,
	/** `[name, hub link, hub label]` of the regency, and the province's name (page language). */
	place: tuple(text, url, text, text),
	/** `[key, name, colour category]` of each commodity. */
	commodities: list(tuple(text, text, count)),
	/** Programme names (`Desa Devisa Tenun Ikat Parengan`). */
	programmes: list(text),
	/** `[outlet, address or ""]` of each source. */
	sources: list(tuple(text, text)),
	/** Notes on where a dot stands (regency or district centre), page language. */
	notes: list(text),
	/**
	 * The villages: id, name, lon, lat, commodity index, designation (text in the page
	 * language), year (null when unknown), programme index, district name (null), source index,
	 * coordinate level (0 village, 1 district, 2 regency), note index (null).
	 */
	villages: list(
		tuple(
			text,
			text,
			number,
			number,
			count,
			text,
			nullable(count),
			count,
			nullable(text),
			count,
			count,
			nullable(count),
		),
	),
});

/** One regency's village file. */
export type VillageFile = Checked<typeof villageFile>;

/** A regency's village file, fetched by the large maps and the explorer. */
export const villageFileContract = contract<VillageFile>('village file', villageFile);
