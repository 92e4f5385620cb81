// node scripts/bench-maps.mjs [--site dist] [--base /] [--json out.json]
//
// Page weight of the maps, measured in Chromium against a built site (a benchmark that prints
// figures, not a timed test): for each page with a village map,
//   before  — gzip bytes of the JavaScript loaded before the map is visible (target ≤ 15 KB);
//   map     — gzip bytes the live map loads when it scrolls into view: Leaflet and our map code,
//             Leaflet's stylesheet and the boundary files (target ≤ 120 KB).
// Bytes are the gzip (level 6) size of each response body, so the figures do not depend on the
// server's compression. The viewport is a phone's (412 × 823). Build the site first.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(import.meta.dirname, '..');
const site = resolve(root, option('--site', process.env.OUT_DIR ?? 'dist'));
const base =
	`/${option('--base', process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
		'//',
		'/',
	);
const port = Number(option('--port', '4459'));
const jsonOut = option('--json', '');

/** Targets (gzip bytes), from the map issue. */
const TARGET = { before: 15_000, map: 120_000 };
/** What the live map loads: its code (with Leaflet), Leaflet's CSS, our boundary files. */
const MAP_LOAD = /map-leaflet\.[\w-]+\.js|leaflet\.[\w-]+\.css|\.topo\.[\w-]+\.json/;

/** Pages to measure: a path and the map on it (the first live village map by default). */
const PAGES = [
	{ name: 'story: Parengan', path: 'cerita/lamongan-tenun-ikat-parengan/' },
	{ name: 'story: national overview', path: 'cerita/desa-devisa-indonesia/' },
	{ name: 'explorer /peta/', path: 'peta/' },
	{ name: 'gallery: Parengan map', path: 'panduan/komponen/', map: '#contoh-parengan' },
];

const server = spawn(
	process.execPath,
	[resolve(root, 'scripts/serve.mjs'), site, '--base', base, '--port', String(port)],
	{ stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((ok) => server.stdout.once('data', ok));
const origin = `http://127.0.0.1:${port}${base}`;

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const results = [];
try {
	for (const page of PAGES) {
		const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
		const tab = await context.newPage();
		const loaded = [];
		tab.on('response', async (res) => {
			const url = res.url();
			if (!url.startsWith(`http://127.0.0.1:${port}`)) return;
			try {
				const body = await res.body();
				loaded.push({ url, gzip: gzipSync(body).length, raw: body.length });
			} catch {
				// Redirects have no body.
			}
		});
		const res = await tab.goto(origin + page.path, { waitUntil: 'networkidle' });
		if (!res || res.status() !== 200) {
			results.push({ ...page, missing: `HTTP ${res?.status()}` });
			await context.close();
			continue;
		}
		const selector = page.map ?? 'ld-village-map[data-live]';
		const map = tab.locator(selector).first();
		if ((await tab.locator(selector).count()) === 0) {
			results.push({ ...page, missing: 'no live map on the page yet' });
			await context.close();
			continue;
		}
		const sum = (list, test) => list.filter(test).reduce((s, r) => s + r.gzip, 0);
		const beforeList = [...loaded];
		const isJs = (r) => /\.m?js(\?|$)/.test(r.url);
		const before = sum(beforeList, (r) => isJs(r) && !MAP_LOAD.test(r.url));
		await map.scrollIntoViewIfNeeded();
		await tab.locator(`${selector} .leaflet-container`).waitFor({ timeout: 15_000 });
		// The load state "networkidle" was reached long ago: wait until no response came for 1 s.
		for (let n = -1; n !== loaded.length;) {
			n = loaded.length;
			await tab.waitForTimeout(1000);
		}
		const mapFiles = loaded.filter((r) => MAP_LOAD.test(r.url));
		const result = {
			...page,
			before,
			html: sum(beforeList, (r) => r.url.endsWith('/')),
			css: sum(beforeList, (r) => /\.css$/.test(r.url) && !MAP_LOAD.test(r.url)),
			map: mapFiles.reduce((s, r) => s + r.gzip, 0),
			mapFiles: mapFiles.map((r) => ({ file: r.url.split('/').pop(), gzip: r.gzip })),
		};
		results.push(result);
		await context.close();
	}
} finally {
	await browser.close();
	server.kill();
}

console.log(`Map page weight (gzip), ${site} at ${base}\n`);
for (const r of results) {
	if (r.missing) {
		console.log(`${r.name.padEnd(28)} ${r.path}: ${r.missing}`);
		continue;
	}
	const mark = (n, t) => (n <= t ? '✓' : '✗ over');
	console.log(
		`${r.name.padEnd(28)} before map: JS ${kb(r.before).padStart(8)} ${mark(r.before, TARGET.before)} (target ≤ ${kb(TARGET.before)}; HTML ${kb(r.html)}, CSS ${kb(r.css)})`,
	);
	console.log(
		`${''.padEnd(28)} map loads:     ${kb(r.map).padStart(8)} ${mark(r.map, TARGET.map)} (target ≤ ${kb(TARGET.map)}): ${r.mapFiles.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
	);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ target: TARGET, results }, null, '\t')}\n`);
