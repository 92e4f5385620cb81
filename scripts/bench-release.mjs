// The parts of `npm run bench` that need a browser or more builds, run after the page-weight
// table of scripts/bench.mjs (which imports this):
//   1. transfer — the heaviest page of each page type loaded in Chromium at a phone's size: gzip
//      bytes of HTML, CSS, JS and data (JSON, TopoJSON, CSV) on load, and again after every live
//      map has been scrolled into view and has loaded; against `transfer` budgets in
//      bench/budgets.json (fails the bench when over);
//   2. Lighthouse — the same pages (scripts/bench-lighthouse.mjs; targets reported);
//   3. build scale — 100 / 500 / 1,000 synthetic stories (scripts/bench-scale.mjs; targets
//      reported);
//   4. dev at scale — `astro dev` start and edit-to-page times, at the real site and with 1,000
//      synthetic stories (scripts/bench-dev.mjs; targets reported);
//   5. real-sized datasets — 10,000 / 50,000 / 100,000 synthetic villages: validate and build
//      seconds, peak memory, dist/ size, page bytes (scripts/bench-rows.mjs; targets reported).
// Flags: --no-transfer, --no-lighthouse, --no-scale, --no-dev, --sizes 100,500,1000, --no-rows,
// --rows 10000,50000,100000, --lh-runs N.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchLighthouse } from './bench-lighthouse.mjs';
import { benchDev } from './bench-dev.mjs';
import { testBrowser } from './chromium.mjs';
import { benchRows } from './bench-rows.mjs';
import { benchScale } from './bench-scale.mjs';

const root = resolve(import.meta.dirname, '..');
const PORT = 4487;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** What kind of bytes a URL is. */
function kind(url, contentType) {
	const path = new URL(url).pathname;
	if (/\.(json|csv)$/.test(path)) return 'data';
	if (/html/.test(contentType) || path.endsWith('/')) return 'html';
	if (/\.css$/.test(path)) return 'css';
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.(wasm|pf_\w+|pagefind)$/.test(path)) return 'data';
	return 'other';
}

const KINDS = ['html', 'css', 'js', 'data', 'other'];
/** What a live map loads (Leaflet with our map code, Leaflet's CSS, boundary files). */
const MAP_FILES = /map-leaflet\.[\w-]+\.js|leaflet\.[\w-]+\.css|\.topo\.[\w-]+\.json/;
const sums = (list) => {
	const s = Object.fromEntries(KINDS.map((k) => [k, 0]));
	for (const r of list) s[r.kind] += r.gzip;
	s.total = KINDS.reduce((n, k) => n + s[k], 0);
	return s;
};

/** Load `url` at 412 × 823; bytes on load, and after every live map has loaded. */
async function transfer(browser, url) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	const loaded = [];
	page.on('response', async (res) => {
		try {
			const body = await res.body();
			loaded.push({
				url: res.url(),
				kind: kind(res.url(), res.headers()['content-type'] ?? ''),
				gzip: gzipSync(body, { level: 6 }).length,
			});
		} catch {
			// Redirects have no body.
		}
	});
	const quiet = async () => {
		for (let n = -1; n !== loaded.length;) {
			n = loaded.length;
			await page.waitForTimeout(1000);
		}
	};
	await page.goto(url, { waitUntil: 'networkidle' });
	await quiet();
	// What a reader gets before any live map: on a page whose map is in view at once (the
	// explorer) the live map's own files have loaded already; they count as the map's.
	const before = sums(loaded.filter((r) => !MAP_FILES.test(r.url)));
	const beforeJs = before.js;
	const maps = page.locator('ld-village-map[data-live]');
	const count = await maps.count();
	for (let i = 0; i < count; i++) {
		await maps.nth(i).locator('.map-canvas').scrollIntoViewIfNeeded();
		await maps
			.nth(i)
			.locator('.leaflet-container')
			.waitFor({ timeout: 20_000 })
			.catch(() => undefined);
	}
	await quiet();
	const after = sums(loaded);
	const mapLoad = loaded.filter((r) => MAP_FILES.test(r.url)).reduce((n, r) => n + r.gzip, 0);
	await context.close();
	return { maps: count, before, after, beforeJs, mapLoad };
}

/**
 * Run the browser, Lighthouse and build-scale parts. `report` is bench.mjs's per-type list of
 * measured pages, `config` its budgets file. Returns the budget failures (text lines).
 */
export async function benchRelease({ dist, report, config, args }) {
	const failures = [];
	const option = (name) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	// The heaviest page of each type, as the page-weight table shows it.
	const picks = report
		.filter((t) => t.pages.length)
		.map((t) => {
			const heaviest = t.pages.reduce((a, b) => (b.total > a.total ? b : a));
			const type = config.pageTypes.find((p) => p.name === t.type);
			return { type: t.type, page: heaviest.page, budgets: type?.transfer ?? {} };
		});
	const missingTypes = report.filter((t) => !t.pages.length).map((t) => t.type);

	// Serve the build under the base path it was made for (the prefix of its asset links).
	const front = readFileSync(join(dist, 'index.html'), 'utf8');
	// (Every page links the favicon; a page may have no script or stylesheet link at all.)
	const base = /(?:href|src)="(\/[^"]*?)(?:_astro\/|favicon\.svg")/.exec(front)?.[1] ?? '/';
	const server = spawn(
		process.execPath,
		[resolve(root, 'scripts/serve.mjs'), dist, '--base', base, '--port', String(PORT)],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	await new Promise((ok) => server.stdout.once('data', ok));
	const urlOf = (page) => `http://127.0.0.1:${PORT}${base}${page.replace(/index\.html$/, '')}`;
	try {
		if (!args.includes('--no-transfer')) {
			console.log('\nTransfer in Chromium (412 × 823), gzip -6, before and after the maps load\n');
			const browser = await chromium.launch({
				executablePath: testBrowser().path,
				args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
			});
			const head = [
				'page type',
				'page',
				'maps',
				...KINDS.map((k) => k.toUpperCase()),
				'total',
				'after maps',
				'map adds',
				'JS before map',
				'map loads',
				'budget',
			];
			const rows = [];
			try {
				for (const p of picks) {
					const t = await transfer(browser, urlOf(p.page));
					const over = [];
					const b = p.budgets;
					if (b.before !== undefined && t.before.total > b.before)
						over.push(`before ${kb(t.before.total)} > ${kb(b.before)}`);
					if (b.after !== undefined && t.after.total > b.after)
						over.push(`after maps ${kb(t.after.total)} > ${kb(b.after)}`);
					if (b.data !== undefined && t.after.data > b.data)
						over.push(`data ${kb(t.after.data)} > ${kb(b.data)}`);
					if (b.beforeJs !== undefined && t.beforeJs > b.beforeJs)
						over.push(`JS before a map ${kb(t.beforeJs)} > ${kb(b.beforeJs)}`);
					if (b.mapLoad !== undefined && t.mapLoad > b.mapLoad)
						over.push(`map loads ${kb(t.mapLoad)} > ${kb(b.mapLoad)}`);
					failures.push(...over.map((o) => `${p.type} — ${p.page}: ${o} (transfer)`));
					rows.push([
						p.type,
						p.page,
						String(t.maps),
						...KINDS.map((k) => kb(t.before[k])),
						kb(t.before.total),
						kb(t.after.total),
						kb(t.after.total - t.before.total),
						t.maps ? kb(t.beforeJs) : '—',
						t.maps ? kb(t.mapLoad) : '—',
						over.length ? `OVER (${over.length})` : Object.keys(b).length ? 'ok' : '—',
					]);
				}
			} finally {
				await browser.close();
			}
			const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
			const line = (r) =>
				r
					.map((c, i) => (i >= 2 && i < r.length - 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
					.join('  ');
			console.log(line(head));
			console.log(widths.map((w) => '─'.repeat(w)).join('  '));
			for (const r of rows) console.log(line(r));
			if (missingTypes.length) console.log(`(no page yet: ${missingTypes.join(', ')})`);
			console.log(
				'\nHTML/CSS/JS/DATA/OTHER and "total": what a reader downloads before scrolling to a map; "after maps": once every live map is in view and loaded; "JS before map": scripts other than the live map\'s own; "map loads": Leaflet with our map code, its CSS and the boundary files.',
			);
			console.log('Transfer budgets (bench/budgets.json, "transfer"):');
			for (const t of config.pageTypes)
				if (t.transfer)
					console.log(
						`  ${t.name}: ${Object.entries(t.transfer)
							.map(([k, v]) => `${k} ≤ ${kb(v)}`)
							.join(', ')}`,
					);
		}
		if (!args.includes('--no-lighthouse')) {
			console.log('\nLighthouse 13 (mobile, simulated throttling), one page per page type\n');
			benchLighthouse(
				picks.map((p) => [p.type, urlOf(p.page)]),
				{ runs: Number(option('--lh-runs') ?? 1) },
			);
		}
	} finally {
		server.kill();
	}
	if (!args.includes('--no-scale')) {
		console.log('\nBuild time at scale (clean builds of temporary copies, Astro + Pagefind)\n');
		const sizes = (option('--sizes') ?? '100,500,1000').split(',').map(Number);
		benchScale({ sizes, datasets: 100 });
	}
	if (!args.includes('--no-dev')) {
		console.log('\nnpm run dev at scale (astro dev in temporary copies)\n');
		await benchDev();
	}
	if (!args.includes('--no-rows')) {
		console.log('\nReal-sized datasets (synthetic villages: validate, clean build, page bytes)\n');
		const sizes = (option('--rows') ?? '10000,50000,100000').split(',').map(Number);
		benchRows({ sizes });
	}
	return failures;
}
