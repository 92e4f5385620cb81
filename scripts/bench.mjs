// npm run bench [-- --dist <dir>] [--all] [--json <file>] [--budgets <file>] [--weight-only]
//                 [--no-transfer] [--no-lighthouse] [--no-scale] [--no-dev] [--sizes 100,500,1000]
//                 [--no-rows] [--rows 10000,50000,100000] [--lh-runs N]
//
// Page weight of the built site, per page type: HTML, CSS, JS (and the chart part of it) and
// fonts, gzip -6, as a browser loads them on first view. Budgets and page types live in
// bench/budgets.json; the command prints one table and exits 1 when a page is over a budget.
// A figure, not a timed test: run it after changing charts, maps, styles or layouts.
//
// Without --dist it builds the site into .ci-out/bench-site first (at the root path).
// Then (unless --weight-only) scripts/bench-release.mjs: bytes in Chromium before and after the
// maps load (budgets: "transfer"), Lighthouse per page type, build time at scale, and `astro dev`
// at scale (start and edit times).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const config = JSON.parse(
	readFileSync(resolve(root, option('--budgets') ?? 'bench/budgets.json'), 'utf8'),
);

let dist = option('--dist') ?? process.env.BENCH_DIST;
if (!dist) {
	dist = join(root, '.ci-out/bench-site');
	console.log(`Building the site into ${relative(root, dist)} …`);
	const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			OUT_DIR: dist,
			BASE_PATH: '/',
			CACHE_DIR: join(root, '.ci-out/bench-cache'),
		},
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}
dist = resolve(dist);
if (!existsSync(join(dist, 'index.html'))) {
	console.error(`${dist} has no index.html: not a build of the site`);
	process.exit(1);
}

const gz = (bytes) => gzipSync(bytes, { level: 6 }).length;
const cache = new Map();
/** Size facts of a file in the build, by its path inside dist. */
function file(path) {
	if (!cache.has(path)) {
		const abs = join(dist, path);
		if (!existsSync(abs) || !statSync(abs).isFile()) cache.set(path, undefined);
		else {
			const bytes = readFileSync(abs);
			cache.set(path, { raw: bytes.length, gzip: gz(bytes), text: bytes.toString('utf8') });
		}
	}
	return cache.get(path);
}

// The base path the build was made for: the prefix of the first stylesheet or script link (or
// module the inline loader imports).
function basePath(html) {
	const m = /(?:href="|src="|import\(")(\/[^"]*?)_astro\//.exec(html);
	return m ? m[1] : '/';
}

/** A URL in the page → path inside dist (undefined for other origins). */
function toPath(url, from, base) {
	if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
	const clean = url.split(/[?#]/)[0];
	if (clean.startsWith('/'))
		return clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
	return posix.normalize(posix.join(posix.dirname(from), clean));
}

/** A module and everything it imports statically; dynamic import() targets go to `lazy`. */
function walkScript(path, seen, lazy) {
	if (seen.has(path)) return;
	const f = file(path);
	if (!f) return;
	seen.add(path);
	for (const m of f.text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
		walkScript(posix.normalize(posix.join(posix.dirname(path), m[1])), seen, lazy);
	}
	for (const m of f.text.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g)) {
		lazy.add(posix.normalize(posix.join(posix.dirname(path), m[1])));
	}
}

const chartScript = new RegExp(config.detect.chartScript);
const scrollyScript = new RegExp(config.detect.scrollyScript);
const count = (html, pattern) => (html.match(new RegExp(pattern, 'g')) ?? []).length;

/** First-load weight of one page. */
function measure(page) {
	const html = file(page);
	const base = basePath(html.text);
	const css = new Set();
	const fonts = new Set();
	const scripts = new Set();
	const lazy = new Set();
	for (const m of html.text.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		const path = toPath(href, page, base);
		if (!path) continue;
		if (/\brel="stylesheet"/.test(tag)) css.add(path);
		else if (/\brel="modulepreload"/.test(tag)) walkScript(path, scripts, lazy);
		else if (/\brel="preload"/.test(tag) && /\bas="font"/.test(tag)) fonts.add(path);
	}
	for (const m of html.text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
		const path = toPath(m[1], page, base);
		if (path) walkScript(path, scripts, lazy);
	}
	// The page's own modules, imported by the inline loader after the first paint
	// (src/lib/release/defer-scripts.ts): still the page's JavaScript, counted as such.
	for (const m of html.text.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
		for (const i of m[1].matchAll(/\bimport\("([^"]+)"\)/g)) {
			const path = toPath(i[1], page, base);
			if (path) walkScript(path, scripts, lazy);
		}
	}
	for (const path of css) {
		for (const m of (file(path)?.text ?? '').matchAll(
			/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g,
		)) {
			const font = toPath(m[1], path, base);
			if (font) fonts.add(font);
		}
	}
	const sum = (set, key = 'gzip') => [...set].reduce((n, p) => n + (file(p)?.[key] ?? 0), 0);
	const js = sum(scripts);
	const chartJs = [...scripts]
		.filter((p) => chartScript.test(posix.basename(p)))
		.reduce((n, p) => n + (file(p)?.gzip ?? 0), 0);
	const scrollyJs = [...scripts]
		.filter((p) => scrollyScript.test(posix.basename(p)))
		.reduce((n, p) => n + (file(p)?.gzip ?? 0), 0);
	for (const p of scripts) lazy.delete(p);
	const w = {
		page,
		charts: count(html.text, config.detect.chart),
		interactive: count(html.text, config.detect.interactiveChart),
		maps: count(html.text, config.detect.map),
		scrollies: count(html.text, config.detect.scrolly),
		html: html.gzip,
		css: sum(css),
		js,
		chartJs,
		scrollyJs,
		fonts: sum(fonts, 'raw'),
		lazyJs: sum(lazy),
		files: { css: [...css], js: [...scripts], lazy: [...lazy], fonts: [...fonts] },
	};
	w.total = w.html + w.css + w.js + w.fonts;
	return w;
}

function pagesMatching(patterns) {
	const all = [];
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const abs = join(dir, entry.name);
			if (entry.isDirectory()) walk(abs);
			else if (entry.name.endsWith('.html')) all.push(relative(dist, abs).split('\\').join('/'));
		}
	};
	walk(dist);
	const res = patterns.map(
		(p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`),
	);
	return all.filter((p) => res.some((re) => re.test(p))).sort();
}

// Kilobytes of 1000 bytes, as the budgets and the Observable Framework figure are written.
const kb = (n) => (n === undefined ? '' : `${(n / 1000).toFixed(1)} KB`);
const rows = [];
const failures = [];
const report = [];
for (const type of config.pageTypes) {
	const require = type.require ?? {};
	const pages = pagesMatching(type.match)
		.map(measure)
		.filter(
			(w) =>
				w.charts >= (require.minCharts ?? 0) &&
				w.maps >= (require.minMaps ?? 0) &&
				w.maps <= (require.maxMaps ?? Infinity) &&
				w.scrollies >= (require.minScrollies ?? 0) &&
				w.scrollies <= (require.maxScrollies ?? Infinity),
		);
	report.push({ type: type.name, budgets: type.budgets, pages });
	if (!pages.length) {
		rows.push([type.name, '(no page yet)', '', '', '', '', '', '', '', '', '', '']);
		continue;
	}
	const over = [];
	for (const w of pages) {
		for (const [key, limit] of Object.entries(type.budgets ?? {})) {
			if (w[key] > limit) over.push(`${w.page}: ${key} ${kb(w[key])} > ${kb(limit)}`);
		}
	}
	failures.push(...over.map((o) => `${type.name} — ${o}`));
	const shown = args.includes('--all')
		? pages
		: [pages.reduce((a, b) => (b.total > a.total ? b : a))];
	for (const w of shown) {
		rows.push([
			type.name,
			`${w.page}${pages.length > 1 && !args.includes('--all') ? ` (heaviest of ${pages.length})` : ''}`,
			String(w.charts),
			kb(w.html),
			kb(w.css),
			kb(w.js),
			kb(w.chartJs),
			kb(w.scrollyJs),
			kb(w.fonts),
			kb(w.total),
			kb(w.lazyJs),
			over.length ? `OVER (${over.length})` : Object.keys(type.budgets ?? {}).length ? 'ok' : '—',
		]);
	}
}

const head = [
	'page type',
	'page',
	'charts',
	'HTML',
	'CSS',
	'JS',
	'chart JS',
	'scrolly JS',
	'fonts',
	'total',
	'lazy JS',
	'budget',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
	r.map((c, i) => (i >= 2 && i <= 10 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(
	`\nPage weight, gzip -6, first load (${dist.startsWith(root) ? relative(root, dist) : dist})\n`,
);
console.log(line(head));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(
	'\n"total" is the first load: HTML + CSS + JS + fonts; "lazy JS" loads later through import() (a map).',
);
console.log('Budgets (bench/budgets.json), per page:');
for (const type of config.pageTypes) {
	const b = Object.entries(type.budgets ?? {}).map(([k, v]) => `${k} ≤ ${kb(v)}`);
	if (b.length) console.log(`  ${type.name}: ${b.join(', ')}`);
}
const ref = config.reference;
console.log(`\nFor scale: ${ref.label}: ${kb(ref.total)} in all, ${kb(ref.js)} of it JavaScript.`);
const jsonOut = option('--json');
if (jsonOut) {
	writeFileSync(jsonOut, `${JSON.stringify({ dist, report }, null, 2)}\n`);
	console.log(`Details in ${jsonOut}.`);
}
// Transfer before/after the maps load (Chromium), Lighthouse and build scale: see bench-release.mjs.
if (!args.includes('--weight-only')) {
	const { benchRelease } = await import('./bench-release.mjs');
	failures.push(...(await benchRelease({ dist, report, config, args })));
}
if (failures.length) {
	console.log(`\nOver budget:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
console.log('\nEvery measured page is within its budgets.');
