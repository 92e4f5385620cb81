/**
 * The sub-path a site is built for (`BASE_PATH`), checked before the build starts. A host serves
 * the site at `https://host/<segments>/`; each segment is made of letters, digits and `-._~`
 * (no spaces, no `.` or `..`, nothing to percent-encode), so every generated link stays the
 * same string in HTML, CSS, feeds and the sitemap.
 */

/** A checked base path, or why it cannot be one. */
export type BasePathResult =
	| { ok: true; base: string; /** Said when the value was written differently. */ note?: string }
	| { ok: false; message: string };

/**
 * Check and normalise `value` (undefined or '' = the domain root `/`). A missing leading or
 * trailing slash is added, with a note; anything else odd is refused with a message saying why:
 * `normaliseBasePath('berita/devisa')` → `{ ok: true, base: '/berita/devisa/', note: … }`,
 * `normaliseBasePath('/../')` → `{ ok: false, … }`.
 */
export function normaliseBasePath(value: string | undefined): BasePathResult {
	if (value === undefined || value.trim() === '' || value === '/') return { ok: true, base: '/' };
	const shown = JSON.stringify(value);
	if (value !== value.trim()) {
		return { ok: false, message: `BASE_PATH ${shown} has spaces around it; write it without them` };
	}
	if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
		return {
			ok: false,
			message: `BASE_PATH ${shown} is an address; it must be only the path, e.g. /berita/devisa/ (the domain goes in SITE_URL)`,
		};
	}
	const segments = value
		.split('/')
		.filter((s, i, all) => !(s === '' && (i === 0 || i === all.length - 1)));
	for (const segment of segments) {
		if (segment === '') {
			return { ok: false, message: `BASE_PATH ${shown} has an empty segment ("//")` };
		}
		if (segment === '.' || segment === '..') {
			return { ok: false, message: `BASE_PATH ${shown} may not contain "." or ".." segments` };
		}
		if (!/^[A-Za-z0-9._~-]+$/.test(segment)) {
			return {
				ok: false,
				message: `BASE_PATH ${shown}: the segment ${JSON.stringify(segment)} may hold only letters, digits and - . _ ~ (no spaces or other characters)`,
			};
		}
	}
	const base = `/${segments.join('/')}/`;
	return base === value
		? { ok: true, base }
		: { ok: true, base, note: `BASE_PATH ${shown} is read as ${base}` };
}

/**
 * Join a site path to the base path the site is served under.
 * `withBase('/sub/', '/data/')` → `/sub/data/`; `withBase('/', 'data/x.csv')` → `/data/x.csv`.
 */
export function withBase(base: string, path: string): string {
	const b = base.endsWith('/') ? base : `${base}/`;
	return `${b}${path.replace(/^\/+/, '')}`;
}
