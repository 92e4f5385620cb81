/**
 * The contract between the search page (written at build time) and its script
 * (`src/scripts/search.ts`): where the Pagefind index is and what the status line says, in the
 * page's language. The page writes {@link encodeSearch} into the `data-search` attribute of
 * `<site-search>`; the script reads it back with {@link decodeSearch}, which checks every field.
 * Without a valid payload the script does nothing and the form still works as a plain form.
 */

/** What the search script needs. The status templates hold `{n}` (a count) and `{q}` (the query). */
export interface SearchPayload {
	/** The site's base path, ending in "/": the index is at `<base>pagefind/pagefind.js`. */
	base: string;
	/** Said while the index loads. */
	loading: string;
	/** Said when the index cannot be loaded. */
	error: string;
	/** One result for `{q}`. */
	foundOne: string;
	/** `{n}` results for `{q}`. */
	found: string;
	/** No result for `{q}`. */
	none: string;
}

const FIELDS = ['base', 'loading', 'error', 'foundOne', 'found', 'none'] as const;

/** The `data-search` text. */
export function encodeSearch(payload: SearchPayload): string {
	return JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, payload[f]])));
}

/**
 * Read a `data-search` text back. Never throws: bad text gives `{ ok: false, error }` naming the
 * first field at fault, for the console.
 */
export function decodeSearch(
	text: string | undefined,
): { ok: true; value: SearchPayload } | { ok: false; error: string } {
	if (text === undefined) return { ok: false, error: 'data-search is missing' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, error: `data-search is not JSON (${(error as Error).message})` };
	}
	if (!data || typeof data !== 'object' || Array.isArray(data))
		return { ok: false, error: 'data-search must be an object' };
	const record = data as Record<string, unknown>;
	for (const f of FIELDS) {
		if (typeof record[f] !== 'string')
			return {
				ok: false,
				error: `data-search: ${f} must be text, got ${JSON.stringify(record[f])}`,
			};
	}
	if (!(record.base as string).endsWith('/'))
		return { ok: false, error: 'data-search: base must end in "/"' };
	return { ok: true, value: record as unknown as SearchPayload };
}
