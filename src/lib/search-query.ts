/**
 * What the search page reads from its address (`/cari/?q=…`): at most {@link MAX_QUERY_LENGTH}
 * characters, trimmed. A longer query (pasted text, a crafted link) is cut there, so the page
 * never echoes kilobytes back and Pagefind never searches them.
 */

/** The longest query searched and shown, in characters. */
export const MAX_QUERY_LENGTH = 200;

/** The query to search and show for the raw `q` parameter (null = none). */
export function readQuery(raw: string | null): string {
	const q = (raw ?? '').trim();
	if (q.length <= MAX_QUERY_LENGTH) return q;
	// Cut at a character, never inside a surrogate pair.
	return Array.from(q).slice(0, MAX_QUERY_LENGTH).join('').trim();
}
