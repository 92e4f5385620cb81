/**
 * The contract between a chart's "Bagikan" / "Share" control (written at build time by the
 * frame) and its script (`src/scripts/chart-share.ts`): what to share and the words of the copy
 * button, in the page's language. The frame writes {@link encodeChartShare} into the
 * `data-share` attribute of `<ld-share>`; the script reads it back with
 * {@link decodeChartShare}, which checks every field and says what is wrong instead of guessing.
 */

/** What a chart's share control shares, and the words its script adds. */
export interface ChartShare {
	/** The chart's title: the shared message's title. */
	title: string;
	/** Absolute address of the chart on its page (`…/cerita/<slug>/#grafik-<id>`). */
	url: string;
	/**
	 * Path of the chart's share image on this site (`/embed/<id>.png`): fetched from the page's
	 * own origin (the CSP allows no other) and shared as a file where the browser can.
	 */
	image: string;
	/** The image's file name (`<id>.png`). */
	file: string;
	/** Label of the button that copies the address. */
	copy: string;
	/** Said (to screen readers too) once the address is copied. */
	copied: string;
}

const FIELDS = ['title', 'url', 'image', 'file', 'copy', 'copied'] as const;

/** The `data-share` text: JSON with every field. */
export function encodeChartShare(payload: ChartShare): string {
	return JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, payload[f]])));
}

/** What {@link decodeChartShare} returns: the payload, or what is wrong with the text. */
export type DecodedShare = { ok: true; value: ChartShare } | { ok: false; error: string };

/**
 * Read a `data-share` text back. Never throws: text that is not JSON, or an object without one
 * of the fields as a non-empty text, gives `{ ok: false, error }` naming the first field at
 * fault, for the console.
 */
export function decodeChartShare(text: string | undefined): DecodedShare {
	if (text === undefined) return { ok: false, error: 'data-share is missing' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, error: `data-share is not JSON (${(error as Error).message})` };
	}
	if (!data || typeof data !== 'object' || Array.isArray(data))
		return { ok: false, error: 'data-share must be an object' };
	const record = data as Record<string, unknown>;
	for (const field of FIELDS) {
		const v = record[field];
		if (typeof v !== 'string' || v === '')
			return {
				ok: false,
				error: `data-share: ${field} must be a non-empty text, got ${JSON.stringify(v) ?? 'nothing'}`,
			};
	}
	return { ok: true, value: record as unknown as ChartShare };
}
