/**
 * The map explorer's contract (/peta/, /en/map/): what src/scripts/map-explorer.ts reads from
 * the build, as JSON in the `data-explorer` attribute of the explorer's `<ld-village-map>`.
 * The map's own payload is {@link liveMapContract} (`data-map`) on the same element.
 */
import {
	contract,
	count,
	list,
	object,
	oneOf,
	optional,
	text,
	tuple,
	type Checked,
} from './check.ts';

const payload = object({
	lang: oneOf('id', 'en'),
	/** The address's parameter names in the page language (`komoditas`, `provinsi`…). */
	params: object({
		commodity: text,
		province: text,
		year: text,
		sort: text,
		unknown: text,
	}),
	/** Templates with `{name}` slots (see src/lib/i18n/fill.ts), page language. */
	text: object({
		/** `Filters not understood: {list}`. */
		notice: text,
		/** `{item} (given more than once)`. */
		repeated: text,
		/** `Showing {shown} of {total} export villages.` */
		showing: text,
		/** `{label} ({n})`: a filter option with its count. */
		option: text,
	}),
	/** Provinces with villages: code and hub slug (the address names provinces by slug). */
	provinces: list(tuple(text, text)),
	/**
	 * A large explorer (too many villages to list in the page): its list shows the matching
	 * villages the live map has loaded in view, `size` rows at a time; words with `{n}` and
	 * `{shown}` slots for its status line and its "more" button.
	 */
	list: optional(object({ size: count, zoom: text, loading: text, inView: text, more: text })),
});

/** Everything the explorer's script reads from the build. */
export type ExplorerPayload = Checked<typeof payload>;

/** The `data-explorer` attribute of the explorer's `<ld-village-map>`. */
export const explorerContract = contract<ExplorerPayload>('map explorer (data-explorer)', payload);
