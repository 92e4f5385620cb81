// npm run test:scale — the site at real size: a copy of the project whose villages dataset has
// 20,000 rows (the real rows and numbered copies of them: scripts/synthetic-villages.ts; never
// published), built under the sub-path into .ci-out/scale-site, then the browser tests of
// tests/scale/ (pages under 1 MB, the dataset page's summary and row pages, the explorer's
// filters, village files loaded by area) and the page gates of tests/e2e/pages.spec.ts (console,
// CSP, axe at two widths) on the pages large data changes. Ends with `N passed, N failed`, as
// npm test does; .ci/run adds both.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../tests/build/project.ts';
import { syntheticProject } from './synthetic-villages.ts';

const root = resolve(import.meta.dirname, '..');
const ROWS = 20_000;
const BASE = '/lumbung-devisa/';
const site = join(root, '.ci-out', 'scale-site');
const report = join(root, '.ci-out', 'scale-playwright.json');

/** The pages whose gates run on this build: every kind of page that large data changes. */
export const GATED_PAGES = [
	'',
	'en/',
	'peta/',
	'en/map/',
	'data/villages/',
	'en/data/villages/',
	'data/villages/baris/100/',
	'en/data/villages/rows/2/',
	'cerita/desa-devisa-indonesia/',
	'en/stories/export-villages-indonesia/',
	'cerita/desa-devisa-yang-punya-nama/',
	'en/stories/named-export-villages/',
	'cerita/lamongan-tenun-ikat-parengan/',
	'wilayah/jawa-timur/',
	'en/regions/lamongan/',
	'komoditas/kopi/',
	'panduan/komponen/',
];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Test titles: `scale: …` (tests/scale), `<path>: loads clean…` (one per page), and the check
// that the page list covers the sitemap.
const grep = `scale: |the page list covers| (${GATED_PAGES.map((p) => (p ? escape(p) : '\\(front page\\)')).join('|')}): loads clean`;

let passed = 0;
let failed = 0;
const project = syntheticProject(ROWS);
console.log(`━━ ${ROWS.toLocaleString('en')} villages in ${project.dir}`);
rmSync(site, { recursive: true, force: true });
const started = Date.now();
const build = spawnSync(process.execPath, [join(project.dir, 'scripts/build.mjs')], {
	stdio: 'inherit',
	env: {
		...process.env,
		BASE_PATH: BASE,
		OUT_DIR: site,
		CACHE_DIR: join(project.dir, '.cache'),
		TZ: 'UTC',
	},
});
project.cleanup();
console.log(
	`━━ build: ${build.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
if (build.status === 0) {
	passed++;
	rmSync(report, { force: true });
	spawnSync(
		process.execPath,
		[
			join(root, 'node_modules/@playwright/test/cli.js'),
			'test',
			'--config',
			join(root, 'playwright.scale.config.ts'),
			'--grep',
			grep,
		],
		{
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, E2E_SITE: site, E2E_BASE: BASE, E2E_PORT: String(await freePort()) },
		},
	);
	let stats;
	try {
		stats = JSON.parse(readFileSync(report, 'utf8')).stats;
	} catch {
		stats = undefined;
	}
	if (stats) {
		passed += stats.expected ?? 0;
		failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
	} else failed++;
} else failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
