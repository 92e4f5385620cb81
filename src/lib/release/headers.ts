/**
 * The `_headers` file static hosts read (Netlify, Cloudflare Pages): security and cache headers
 * by path, written after each build from the pages the build made ({@link headersFile}), and read
 * back the way those hosts read it ({@link parseHeaders}, {@link resolveHeaders}) by the tests and
 * by `scripts/serve.mjs`.
 *
 * Both hosts apply *every* rule whose path matches a request, and when two matching rules set the
 * same header they send both values joined with a comma (Cloudflare documents it; Netlify's
 * production servers merge too, while `netlify dev` lets the later rule win). A comma-joined
 * `Content-Security-Policy` is two policies, both enforced, so a page cannot be made framable by
 * a later, more specific rule. The file is therefore written so that no two rules matching one
 * page set the same header: then every reading of the file gives the same answer.
 *
 * - every path: `nosniff`, Referrer-Policy, Permissions-Policy, COOP, HSTS;
 * - every page except chart embeds: `Content-Security-Policy` with `frame-ancestors 'self'` and
 *   `X-Frame-Options: SAMEORIGIN` (browsers without frame-ancestors); the rules list the page
 *   sections (`/cerita/*`, `/en/stories/*`, …), as wide as they can be without matching an embed;
 * - chart embeds (`/embed/*`, `/en/embed/*`): the same policy without `frame-ancestors`, so
 *   partner newsrooms can frame them;
 * - cache lifetimes for hashed assets (immutable), the search index and the data files.
 *
 * The page-specific policy (script and style hashes) is in each page's `<meta>`; a header policy
 * is enforced on top of it, so `script-src`/`style-src`/`default-src` never appear here.
 */

/** A header rule: a path pattern and the headers it sets (and, Cloudflare only, detaches). */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
	/** `! Name` lines: Cloudflare Pages removes these headers; Netlify rejects the line. */
	detach: string[];
	/** 1-based line of the pattern in the file. */
	line: number;
}

/** How a host combines rules. `merge`: every match, repeated headers comma-joined (both hosts in
 * production); `last-wins`: every match, a repeated header takes the later value (`netlify dev`). */
export type Combine = 'merge' | 'last-wins';

/** Headers every response carries. */
export const COMMON_HEADERS: readonly [string, string][] = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	[
		'Permissions-Policy',
		'geolocation=(), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
	],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Strict-Transport-Security', 'max-age=31536000'],
];

/** What a `<meta>` policy cannot carry, for every page. */
export const HEADER_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'";

/** Headers of a page no other site may frame. */
export const PAGE_HEADERS: readonly [string, string][] = [
	['Content-Security-Policy', `${HEADER_POLICY}; frame-ancestors 'self'`],
	['X-Frame-Options', 'SAMEORIGIN'],
];

/** Headers of a page partner sites frame (chart embeds). */
export const EMBED_HEADERS: readonly [string, string][] = [
	['Content-Security-Policy', HEADER_POLICY],
];

/** Cache lifetimes by folder below the base: hashed assets forever, the rest briefly. */
export const CACHE_RULES: readonly [folder: string, value: string][] = [
	['_astro', 'public, max-age=31536000, immutable'],
	['pagefind', 'public, max-age=3600'],
	['data', 'public, max-age=300'],
];

/**
 * Whether `pattern` matches `path` as both hosts read it: `*` stands for any run of characters,
 * `/` included, possibly none; `:name` for one path segment; everything else literally.
 * Query strings are not part of the path.
 */
export function patternMatches(pattern: string, path: string): boolean {
	const re = pattern
		.split(/(\*|:[A-Za-z_]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':') && part.length > 1
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${re}$`).test(path);
}

/**
 * Read a `_headers` file: a line starting without white space is a path pattern, indented
 * `Name: value` lines are its headers, indented `! Name` lines detach a header (Cloudflare), `#`
 * starts a comment line. Throws on an indented line before any pattern or without a colon.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	let current: HeaderRule | undefined;
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.replace(/\s+$/, '');
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			current = { pattern: line.trim(), headers: [], detach: [], line: i + 1 };
			rules.push(current);
			return;
		}
		if (!current) throw new Error(`_headers:${i + 1}: a header before any path`);
		const body = line.trim();
		if (body.startsWith('!')) {
			current.detach.push(body.slice(1).trim());
			return;
		}
		const colon = body.indexOf(':');
		if (colon <= 0) throw new Error(`_headers:${i + 1}: expected "Name: value", got "${body}"`);
		current.headers.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
	});
	return rules;
}

/**
 * The headers a host sends for `path` (lower-case names): every rule whose pattern matches, in
 * file order, combined as `combine` says; Cloudflare's detach lines remove a header.
 */
export function resolveHeaders(
	rules: readonly HeaderRule[],
	path: string,
	combine: Combine = 'merge',
): Map<string, string> {
	const out = new Map<string, string>();
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			const before = out.get(key);
			out.set(key, combine === 'merge' && before !== undefined ? `${before}, ${value}` : value);
		}
		for (const name of rule.detach) out.delete(name.toLowerCase());
	}
	return out;
}

/**
 * Headers of `path` that two matching rules both set (`[]` when the file reads the same under
 * every way of combining rules).
 */
export function overlappingHeaders(rules: readonly HeaderRule[], path: string): string[] {
	const seen = new Map<string, string>();
	const out: string[] = [];
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, path)) continue;
		for (const [name] of rule.headers) {
			const key = name.toLowerCase();
			const first = seen.get(key);
			if (first !== undefined) out.push(`${name}: set by ${first} and ${rule.pattern}`);
			else seen.set(key, rule.pattern);
		}
	}
	return out;
}

/** The URL path of a built HTML file below `base` (`cerita/a/index.html` → `/x/cerita/a/`). */
export function pageUrl(base: string, file: string): string {
	const rel = file
		.split('\\')
		.join('/')
		.replace(/(^|\/)index\.html$/, '$1');
	return `${base}${rel}`;
}

/**
 * The widest patterns that cover every URL of `urls` and match none of `others`: for each URL, the
 * first of its folders (`/x/cerita/*`, then `/x/cerita/a/*`…) whose pattern leaves `others` alone,
 * else the URL itself. `base` is never widened past.
 */
function coveringPatterns(base: string, urls: string[], others: string[]): string[] {
	const out = new Set<string>();
	for (const url of urls) {
		const segments = url.slice(base.length).split('/');
		let chosen: string | undefined;
		for (let depth = 1; depth < segments.length && !chosen; depth++) {
			const pattern = `${base}${segments.slice(0, depth).join('/')}/*`;
			if (!others.some((o) => patternMatches(pattern, o))) chosen = pattern;
		}
		if (chosen) out.add(chosen);
		else {
			out.add(url);
			if (url.endsWith('/')) out.add(`${url}index.html`);
		}
	}
	return [...out].sort();
}

/** What {@link headersFile} needs to know about a build. */
export interface HeadersInput {
	/** The base path, starting and ending with `/`. */
	base: string;
	/** Every built HTML file, relative to the output folder (`cerita/a/index.html`). */
	pages: readonly string[];
	/** Whether the page at this URL path may be framed by other sites (chart embeds). */
	framable: (url: string) => boolean;
}

/**
 * The `_headers` file for a build (see the module comment for the policy). Throws when a rule
 * would set a header twice for one page, or a page would be left without its frame policy:
 * a mistake here would silently open pages to framing.
 */
export function headersFile({ base, pages, framable }: HeadersInput): string {
	const urls = [...new Set(pages.map((p) => pageUrl(base, p)))].sort();
	const open = urls.filter((u) => framable(u));
	const closed = urls.filter((u) => !framable(u));
	const block = (pattern: string, headers: readonly [string, string][]) =>
		[pattern, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	const blocks = [
		'# Written by the build (src/lib/release/headers.ts) from the pages it made; do not edit.',
		'# Netlify and Cloudflare Pages apply every rule that matches a request, and join repeated',
		'# headers with a comma: no two rules below set the same header for one path.',
		'# Deployed under a sub-path, the file still belongs at the root of what the host publishes.',
		'',
		'# Every response.',
		block(`${base}*`, COMMON_HEADERS),
		'',
		"# Pages: no other site may frame them (frame-ancestors 'self'; X-Frame-Options for old browsers).",
		...coveringPatterns(base, closed, open).map((p) => `${block(p, PAGE_HEADERS)}\n`),
		'# Chart embeds: partner newsrooms frame these.',
		...coveringPatterns(base, open, closed).map((p) => `${block(p, EMBED_HEADERS)}\n`),
		'# Caching: content-hashed assets forever; the search index and data files briefly.',
		...CACHE_RULES.map(
			([folder, value]) => `${block(`${base}${folder}/*`, [['Cache-Control', value]])}\n`,
		),
	];
	const text = `${blocks.join('\n').replace(/\n+$/, '')}\n`;
	const rules = parseHeaders(text);
	for (const url of urls) {
		const overlap = overlappingHeaders(rules, url);
		if (overlap.length) throw new Error(`_headers: ${url}: ${overlap.join('; ')}`);
		const headers = resolveHeaders(rules, url);
		const framing = headers.get('x-frame-options');
		if (framable(url) ? framing !== undefined : framing !== 'SAMEORIGIN')
			throw new Error(`_headers: ${url} would get X-Frame-Options ${framing ?? '(none)'}`);
	}
	return text;
}
