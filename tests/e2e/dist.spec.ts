import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import {
	overlappingHeaders,
	pageUrl,
	parseHeaders,
	resolveHeaders,
} from '../../src/lib/release/headers.ts';
import { SITE_DIR, sitePages } from './pages.ts';

// Checks of the built files themselves (the site Playwright serves): valid HTML, nothing inline a
// strict CSP would have to allow, only the kinds of files a static site should ship, and the
// headers file hosts read. The browser tests in pages.spec.ts check the same pages live.

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => relative(SITE_DIR, join(d.parentPath, d.name)))
		.sort();
}
const all = files(SITE_DIR);
const html = all.filter((f) => f.endsWith('.html'));
const read = (file: string) => readFileSync(join(SITE_DIR, file), 'utf8');

test('every visited page is a built file, and every built page is visited', () => {
	const visited = new Set(
		sitePages()
			.filter((p) => p.status === 200 && !p.path.includes('?'))
			.map((p) => `${p.path}index.html`),
	);
	const unvisited = html.filter((f) => f !== '404.html' && !visited.has(f));
	expect(unvisited).toEqual([]);
});

test('html-validate (recommended + document presets) finds nothing in any page', async () => {
	const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as object;
	const validator = new HtmlValidate(new StaticConfigLoader(config));
	const messages: string[] = [];
	for (const file of html) {
		const report = await validator.validateString(read(file), file);
		for (const result of report.results)
			for (const m of result.messages)
				messages.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(html.length).toBeGreaterThan(50);
	expect(messages).toEqual([]);
});

test('no page has inline style attributes, event handlers, javascript: URLs or foreign scripts', () => {
	const found: string[] = [];
	for (const file of html) {
		const text = read(file);
		// Attributes only: inside a tag, after whitespace (text content may mention these words).
		for (const tag of text.match(/<[a-zA-Z][^>]*>/g) ?? []) {
			if (/\sstyle\s*=/i.test(tag)) found.push(`${file}: style attribute in ${tag.slice(0, 80)}`);
			if (/\son[a-z]+\s*=/i.test(tag)) found.push(`${file}: event handler in ${tag.slice(0, 80)}`);
			if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag))
				found.push(`${file}: javascript: URL in ${tag.slice(0, 80)}`);
			if (/^<(script|link)\b/i.test(tag) && /\s(src|href)\s*=\s*["']?(https?:)?\/\//i.test(tag))
				if (!/rel="(canonical|alternate)"/.test(tag))
					found.push(`${file}: script or stylesheet from another host: ${tag.slice(0, 120)}`);
		}
		const csp = text.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
		if (!csp) found.push(`${file}: no Content-Security-Policy meta`);
		else if (/'unsafe-inline'|'unsafe-eval'|\*/.test(csp[1] ?? ''))
			found.push(`${file}: weak policy ${csp[1]}`);
	}
	expect(found).toEqual([]);
});

// A build must not name the machine it ran on: its folder (a second build elsewhere would differ,
// and the world learns the builder's paths), a source module (`/src/…/X.astro?astro&type=script`
// is a 404 for every reader), Vite's `/@fs/` or a `file:` URL.
const TEXT_FILE = /(^_headers|\.(html|xml|js|mjs|css|json|csv|txt|svg|topojson))$/;
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://lumbungdevisa.id').origin;
const MACHINE_PATH = [
	// An absolute file path into sources or dependencies: not preceded by a URL's host or path.
	/(?<![\w.:/@-])(?:\/[\w.@+-]+)+\/(?:src|node_modules)\/[^\s"'<>)]*/,
	/(?<![\w])[A-Za-z]:\\(?:[\w.-]+\\)+(?:src|node_modules)\\/,
	/\bfile:\/\/\/?[\w/]/,
	/\/@fs\//,
	/[?&](?:amp;)?astro&(?:amp;)?type=(?:script|style)/,
];

test('no file of the build names a build-machine path or a source module URL', () => {
	const cwd = process.cwd();
	// A URL of the site itself whose path goes through a source or dependency folder.
	const own = new RegExp(
		`${SITE_ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s"'<>]*?/(?:src|node_modules)/`,
	);
	const found: string[] = [];
	const scanned = all.filter((f) => TEXT_FILE.test(f));
	for (const file of scanned) {
		const text = read(file);
		if (text.includes(cwd)) found.push(`${file}: the build folder ${cwd}`);
		for (const re of [...MACHINE_PATH, own]) {
			const m = re.exec(text);
			if (m) found.push(`${file}: ${m[0].slice(0, 120)}`);
		}
	}
	expect(scanned.length).toBeGreaterThan(200);
	expect(found).toEqual([]);
});

/** What a static release may contain; anything else (source maps, .env, editor files…) fails. */
// Pagefind (and anything else reading the page as text) runs inline elements together: two
// side by side with no space between them, laid out apart by CSS, read as one word in search
// excerpts ("kakao2 desa devisa"). Punctuation that belongs to the next element is fine.
const INLINE = 'a|span|strong|em|b|i|code|time|button|abbr|small|mark|cite|q|label';
const GLUED = new RegExp(
	`<(${INLINE})\\b[^>]*>([^<]*[^<\\s(“])</\\1><(?:${INLINE})\\b[^>]*>(?=[^\\s<),.:;”])`,
	'g',
);

test('no two elements read as one word: searchable text keeps its spaces', () => {
	const found: string[] = [];
	for (const file of html) {
		const page = read(file);
		const body = page.indexOf('data-pagefind-body');
		if (body < 0) continue;
		for (const m of page.slice(body).matchAll(GLUED)) {
			found.push(
				`${file}: …${m[2]?.slice(-30)}|${page.slice(body + (m.index ?? 0) + m[0].length, body + (m.index ?? 0) + m[0].length + 30)}…`,
			);
		}
	}
	expect(found.slice(0, 20)).toEqual([]);
});

const ALLOWED_FILES = [
	/^_headers$/,
	/^robots\.txt$/,
	/^favicon\.svg$/,
	/\.(html|css|js|xml)$/,
	/^data\/[a-z0-9-]+\.csv$/,
	/^data\/datapackage\.json$/,
	/^embed\/[a-z0-9-]+\.(csv|svg|png)$/,
	/^en\/embed\/[a-z0-9-]+\.(csv|svg|png)$/,
	/^og\/.+\.png$/,
	/^_astro\/.+\.(png|svg|webp|jpg|woff2|json|topojson)$/,
	/^geo\/.+\.(json|topojson)$/,
	/^pagefind\/.+\.(json|pagefind|pf_filter|pf_fragment|pf_index|pf_meta|wasm\.[a-z-]+\.pagefind)$/,
	/^pagefind\/pagefind[\w.-]*\.(js|css)$/,
];

test('the release contains only the kinds of files it should', () => {
	const unexpected = all.filter(
		(f) =>
			/\.map$|(^|\/)\.|\.(ts|mdx?|env|log)$/.test(f) || !ALLOWED_FILES.some((re) => re.test(f)),
	);
	expect(unexpected).toEqual([]);
});

test('_headers, read as Netlify and Cloudflare Pages read it: every page but the embeds refuses framing', () => {
	const rules = parseHeaders(read('_headers'));
	const base = process.env.E2E_BASE ?? '/lumbung-devisa/';
	const problems: string[] = [];
	const embeds = html.filter((f) => /^(en\/)?embed\//.test(f));
	expect(embeds.length).toBeGreaterThan(0);
	for (const file of html) {
		const url = pageUrl(base, file);
		// No header set by two matching rules: then merging hosts and last-wins hosts agree.
		for (const o of overlappingHeaders(rules, url)) problems.push(`${url}: ${o}`);
		const merged = resolveHeaders(rules, url, 'merge');
		expect(resolveHeaders(rules, url, 'last-wins'), url).toEqual(merged);
		const csp = merged.get('content-security-policy') ?? '';
		if (merged.get('x-content-type-options') !== 'nosniff') problems.push(`${url}: no nosniff`);
		if (merged.get('referrer-policy') !== 'strict-origin-when-cross-origin')
			problems.push(`${url}: Referrer-Policy ${merged.get('referrer-policy')}`);
		if (!/geolocation=\(\)/.test(merged.get('permissions-policy') ?? ''))
			problems.push(`${url}: Permissions-Policy`);
		if (!csp.includes("object-src 'none'")) problems.push(`${url}: CSP ${csp}`);
		// A header policy is enforced on top of each page's meta policy: script-src or style-src
		// here would block the hashed inline code the meta policy allows.
		if (/script-src|style-src|default-src/.test(csp)) problems.push(`${url}: CSP ${csp}`);
		if (embeds.includes(file)) {
			// Chart embeds must stay frameable by partner newsrooms.
			if (csp.includes('frame-ancestors') || merged.has('x-frame-options'))
				problems.push(`${url}: an embed that refuses framing`);
		} else if (
			!csp.endsWith("frame-ancestors 'self'") ||
			merged.get('x-frame-options') !== 'SAMEORIGIN'
		)
			problems.push(
				`${url}: framable (CSP "${csp}", X-Frame-Options ${merged.get('x-frame-options')})`,
			);
	}
	expect(problems).toEqual([]);
	// Everything under /_astro/ is named by content hash, so immutable caching is safe; nothing
	// else is cached as immutable.
	for (const f of all) {
		const cache = resolveHeaders(rules, `${base}${f}`).get('cache-control') ?? '';
		if (f.startsWith('_astro/')) {
			expect(f, 'hashed asset name').toMatch(/\.[\w-]{8,}\.[a-z0-9]+$/);
			expect(cache, f).toBe('public, max-age=31536000, immutable');
		} else expect(cache, f).not.toMatch(/immutable/);
	}
});

test("'wasm-unsafe-eval' is in the policy of the search pages only", () => {
	const withWasm = html.filter((f) =>
		/<meta http-equiv="content-security-policy" content="[^"]*'wasm-unsafe-eval'/.test(read(f)),
	);
	expect(withWasm.sort()).toEqual(['cari/index.html', 'en/search/index.html']);
});

test('every page links the sitemap; the 404 page declares no URL of its own', () => {
	const base = process.env.E2E_BASE ?? '/lumbung-devisa/';
	const missing = html.filter(
		(f) =>
			!read(f).includes(
				`<link rel="sitemap" type="application/xml" href="${base}sitemap-index.xml">`,
			),
	);
	expect(missing).toEqual([]);
	expect(all).toContain('sitemap-index.xml');
	const notFound = read('404.html');
	expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
	expect(notFound).not.toContain('/404/');
	// Other pages keep theirs.
	expect(read('index.html')).toMatch(/<link rel="canonical" href="[^"]+">/);
});

test('the server answers with the headers of _headers, as a CDN host would', async ({
	request,
	baseURL,
}) => {
	const page = await request.get(baseURL ?? '');
	expect(page.headers()['x-content-type-options']).toBe('nosniff');
	expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
	expect(page.headers()['x-frame-options']).toBe('SAMEORIGIN');
	const embed = html.find((f) => f.startsWith('embed/'));
	expect(embed).toBeDefined();
	const framable = await request.get(`${baseURL}${embed!.replace(/index\.html$/, '')}`);
	expect(framable.status()).toBe(200);
	expect(framable.headers()['content-security-policy']).not.toContain('frame-ancestors');
	expect(framable.headers()['x-frame-options']).toBeUndefined();
	const asset = all.find((f) => f.startsWith('_astro/'));
	expect(asset).toBeDefined();
	const res = await request.get(`${baseURL}${asset}`);
	expect(res.status()).toBe(200);
	expect(res.headers()['cache-control']).toContain('immutable');
});
