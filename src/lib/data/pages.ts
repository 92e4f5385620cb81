/**
 * Large datasets on the site: a dataset page carries its whole table only while that stays
 * light; a larger dataset's page shows its first rows and a summary of each column, and its
 * rows are split over numbered static pages (`/data/<id>/baris/<n>/`), readable without
 * JavaScript, so every row stays one link away from the dataset page. The page size follows
 * the dataset's bytes per row: wide rows make shorter pages, so no page's HTML grows past
 * a few hundred kilobytes whatever the dataset.
 */

/**
 * Bytes of CSV a row page carries at most (its HTML is about twice that): a page a phone lays
 * out, and an accessibility audit reads, in seconds.
 */
export const PAGE_BYTES = 100_000;
/** Rows per page: at most this many… */
export const MAX_PAGE_ROWS = 200;
/** …and at least this many (a dataset of very long rows still pages in sensible steps). */
export const MIN_PAGE_ROWS = 25;

/** What paging needs to know of a dataset: its rows and the CSV's size in bytes. */
export interface PagedSource {
	rows: readonly unknown[];
	bytes: number;
}

/**
 * Rows per page for a dataset: as many as fit {@link PAGE_BYTES} of its CSV at its mean row
 * size, between {@link MIN_PAGE_ROWS} and {@link MAX_PAGE_ROWS}.
 */
export function rowsPerPage(ds: PagedSource): number {
	const perRow = ds.rows.length ? ds.bytes / ds.rows.length : 0;
	const fit = perRow > 0 ? Math.floor(PAGE_BYTES / perRow) : MAX_PAGE_ROWS;
	return Math.max(MIN_PAGE_ROWS, Math.min(MAX_PAGE_ROWS, fit));
}

/** True when the dataset is too large for one page: its rows go on numbered pages. */
export function isPaged(ds: PagedSource): boolean {
	return ds.rows.length > rowsPerPage(ds);
}

/** One page of rows: its number (from 1) and the rows' positions (1-based, inclusive). */
export interface RowPage {
	page: number;
	from: number;
	to: number;
}

/** The row pages of a paged dataset, in order; empty when the dataset is not paged. */
export function rowPages(ds: PagedSource): RowPage[] {
	if (!isPaged(ds)) return [];
	const size = rowsPerPage(ds);
	const pages: RowPage[] = [];
	for (let from = 1, page = 1; from <= ds.rows.length; from += size, page++) {
		pages.push({ page, from, to: Math.min(from + size - 1, ds.rows.length) });
	}
	return pages;
}

/**
 * The page numbers a pager links to around page `current` of `total`: the first, the last,
 * and `around` pages either side of the current one, in order, with `null` where numbers are
 * left out (`[1, null, 6, 7, 8, null, 200]`).
 */
export function pagerNumbers(current: number, total: number, around = 2): (number | null)[] {
	const wanted = new Set([1, total]);
	for (let p = current - around; p <= current + around; p++)
		if (p >= 1 && p <= total) wanted.add(p);
	const sorted = [...wanted].sort((a, b) => a - b);
	const out: (number | null)[] = [];
	sorted.forEach((p, i) => {
		const before = sorted[i - 1];
		if (before !== undefined && p > before + 1) out.push(null);
		out.push(p);
	});
	return out;
}
