// XSS canaries: a copy of the project whose data carries script-shaped text (a village name, a
// source's quote, note and title, a commodity name, a chart category label, a note starting with
// `=`) is built under a sub-path given WITHOUT its trailing slash, served like a CDN would, and
// read in Chromium with the Content-Security-Policy switched off (so only escaping stands
// between the data and the page). Every canary must show as literal text, create no element and
// run nothing; CSV downloads must neutralise the formula; every internal link must still carry
// the sub-path.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../../scripts/chromium.mjs';
import { copyProject } from './project.ts';

const BASE = '/uji-kenari';
const PORT = 4488;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Each canary, where it is planted, and its literal text. */
const CANARY = {
	village: 'Parengan <img src=x onerror="window.__xss=1">',
	villageProgramme: '</script><script>window.__xss=2</script>',
	villageNote: '=HYPERLINK("http://evil.example","klik")',
	quote: '<script>window.__xss=3</script> kutipan',
	sourceNote: '<img src=x onerror="window.__xss=4">',
	sourceTitle: '"><svg onload="window.__xss=5">',
	commodity: 'Kakao <img src=x onerror="window.__xss=6">',
	chartLabel: 'Kakao <svg onload="window.__xss=7">',
} as const;

const project = copyProject('lumbung-canary-');
const site = join(project.dir, 'site');
let server: ChildProcess | undefined;
let browser: Browser | undefined;

/**
 * The environment for a child build: Vitest exports Vite's own variables (BASE_URL='/', MODE…)
 * into process.env, and Astro would take that BASE_URL over the configured base.
 */
function buildEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
	return env;
}

/** Rewrite one CSV of the copy: `edit` changes the parsed rows in place. */
function plant(dataset: string, edit: (rows: Record<string, string>[]) => void): void {
	const file = join(project.dir, 'data', `${dataset}.csv`);
	const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
		header: true,
		skipEmptyLines: true,
	});
	edit(parsed.data);
	const csv = Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' });
	writeFileSync(file, `${csv}\n`);
}

function row(rows: Record<string, string>[], key: string, value: string): Record<string, string> {
	const found = rows.find((r) => r[key] === value);
	if (!found) throw new Error(`no row with ${key}=${value}`);
	return found;
}

const htmlFiles = () =>
	readdirSync(site, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => relative(site, join(d.parentPath, d.name)));

beforeAll(async () => {
	plant('villages', (rows) => {
		const v = row(rows, 'id', 'parengan');
		v.name = CANARY.village;
		v.dd_name = CANARY.villageProgramme;
		v.note = CANARY.villageNote;
	});
	plant('sources', (rows) => {
		const s = row(rows, 'id', 'inews-jatim-enam');
		s.quote = CANARY.quote;
		s.note = CANARY.sourceNote;
		s.title = CANARY.sourceTitle;
	});
	plant('commodities', (rows) => {
		row(rows, 'key', 'kakao').name_id = CANARY.commodity;
	});
	plant('dd-jatim-clusters-2024', (rows) => {
		row(rows, 'cluster', 'kakao').name_id = CANARY.chartLabel;
	});
	// Catalogue #76: a root-relative Markdown link (Astro alone would not prefix it).
	appendFileSync(
		join(project.dir, 'src/content/stories/id/kakao-kutai-timur.mdx'),
		'\nLihat juga [halaman tentang kami](/tentang/).\n',
	);
	const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
		cwd: project.dir,
		encoding: 'utf8',
		env: {
			...buildEnv(),
			BASE_PATH: BASE,
			OUT_DIR: site,
			CACHE_DIR: join(project.dir, '.cache'),
		},
	});
	if (build.status !== 0) throw new Error(`canary build failed:\n${build.stdout}\n${build.stderr}`);
	server = spawn(
		process.execPath,
		['scripts/serve.mjs', site, '--base', `${BASE}/`, '--port', String(PORT)],
		{ cwd: project.dir, stdio: 'pipe' },
	);
	await new Promise<void>((resolve, reject) => {
		server?.stdout?.on('data', () => resolve());
		server?.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	browser = await chromium.launch({
		executablePath: testBrowser().path,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
	});
}, 240_000);

afterAll(async () => {
	await browser?.close();
	server?.kill();
	project.cleanup();
});

/** Elements or effects a canary would leave if any sink treated it as markup. */
async function injected(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const w = window as unknown as { __xss?: unknown };
		if (w.__xss !== undefined) found.push(`window.__xss = ${String(w.__xss)}`);
		for (const el of document.querySelectorAll(
			'img[src="x"], svg[onload], [onerror], [onload], [onmouseover], script:not([src]):not([type])',
		)) {
			const text = el.outerHTML;
			if (el.tagName === 'SCRIPT' && !text.includes('__xss')) continue;
			found.push(text.slice(0, 120));
		}
		return found;
	});
}

async function visit(path: string): Promise<Page> {
	const context = await browser!.newContext({ bypassCSP: true });
	const page = await context.newPage();
	const res = await page.goto(`${ORIGIN}${BASE}/${path}`);
	expect(res?.status(), path).toBe(200);
	return page;
}

describe('XSS canaries in the data', () => {
	it('render as literal text where readers see them', async () => {
		const expectations: [string, string[]][] = [
			['data/villages/', [CANARY.village, CANARY.villageProgramme]],
			['wilayah/lamongan/', [CANARY.village]],
			['komoditas/tenun-ikat/', [CANARY.village]],
			['cerita/lamongan-tenun-ikat-parengan/', [CANARY.quote, CANARY.sourceTitle]],
			['data/sources/', [CANARY.quote, CANARY.sourceNote, CANARY.sourceTitle]],
			['komoditas/kakao/', [CANARY.commodity]],
			['data/commodities/', [CANARY.commodity]],
			['cerita/desa-devisa-indonesia/', [CANARY.chartLabel]],
		];
		for (const [path, texts] of expectations) {
			const page = await visit(path);
			// textContent: tables folded in <details> and SVG labels count as shown text.
			const text = await page.evaluate(() => document.body.textContent ?? '');
			for (const canary of texts) expect(text, `${path} shows ${canary}`).toContain(canary);
			expect(await injected(page), path).toEqual([]);
			await page.context().close();
		}
	}, 120_000);

	it('run nothing and create no element on any page that carries them', async () => {
		const pages = htmlFiles()
			.filter((f) => readFileSync(join(site, f), 'utf8').includes('__xss'))
			.map((f) => f.replace(/index\.html$/, ''));
		expect(pages.length).toBeGreaterThanOrEqual(8);
		const found: string[] = [];
		const page = await visit('');
		for (const path of pages.filter((p) => p !== '404.html')) {
			const res = await page.goto(`${ORIGIN}${BASE}/${path}`);
			expect(res?.status(), path).toBe(200);
			// Hover what islands enhance (chart tooltips, map items) so their code runs too.
			const hoverable = page
				.locator('svg [data-k], [data-tip], .map-item-button')
				.filter({ visible: true });
			const n = Math.min(await hoverable.count(), 12);
			for (let i = 0; i < n; i++)
				await hoverable
					.nth(i)
					.hover({ timeout: 2000 })
					.catch(() => undefined);
			found.push(...(await injected(page)).map((f) => `${path}: ${f}`));
		}
		await page.context().close();
		expect(found).toEqual([]);
	}, 300_000);

	it('stay text in search results', async () => {
		const page = await visit('cari/?q=parengan');
		const list = page.locator('[data-list]');
		await expect.poll(() => list.locator('li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await injected(page)).toEqual([]);
		expect(await list.locator('*:not(li, a, p, mark, h2, h3, span)').count()).toBe(0);
		await page.context().close();
	}, 60_000);

	it('stay text in a map popup when the live map opens one', async () => {
		// The explorer lists every village; a hub may show its own map.
		let opened = false;
		for (const path of ['peta/', 'wilayah/lamongan/']) {
			const page = await visit(path);
			const button = page.locator('.map-item-button', { hasText: CANARY.village }).first();
			const live = await page.locator('ld-village-map[data-live]').count();
			// The list's buttons come with the map module, which loads after the first paint.
			if (live)
				await expect
					.poll(() => page.locator('.map-item-button').count(), { timeout: 15_000 })
					.toBeGreaterThan(0);
			if (live && (await button.count())) {
				await button.click();
				const popup = page.locator('.leaflet-popup-content');
				await expect.poll(() => popup.count(), { timeout: 15_000 }).toBeGreaterThan(0);
				expect(await popup.first().innerText()).toContain(CANARY.village);
				expect(await popup.locator('img, script, svg').count()).toBe(0);
				opened = true;
			}
			expect(await injected(page), path).toEqual([]);
			await page.context().close();
		}
		expect(opened, 'a live map listing the canary village').toBe(true);
	}, 90_000);

	it('stay text in a chart’s labels, table and tooltip', async () => {
		const page = await visit('panduan/komponen/');
		const fig = page.locator('#grafik-contoh-klaster-jatim');
		expect(await fig.locator('svg.c-wide').evaluate((svg) => svg.textContent)).toContain(
			CANARY.chartLabel,
		);
		expect(await fig.locator('table').evaluate((t) => t.textContent)).toContain(CANARY.chartLabel);
		// The tooltips come with the chart module, which loads after the first paint.
		await page.waitForFunction(() => customElements.get('ld-chart') !== undefined, undefined, {
			timeout: 15_000,
		});
		await fig.locator('svg.c-wide').focus();
		const tip = fig.locator('.c-tip');
		let shown = '';
		for (let i = 0; i < 12 && !shown.includes(CANARY.chartLabel); i++) {
			await page.keyboard.press('ArrowDown');
			shown = await tip.innerText();
		}
		expect(shown).toContain(CANARY.chartLabel);
		expect(await tip.locator('img, script, svg').count()).toBe(0);
		expect(await injected(page)).toEqual([]);
		await page.context().close();
	}, 60_000);

	it('are neutralised in every CSV download (formula injection)', () => {
		const villages = readFileSync(join(site, 'data/villages.csv'), 'utf8');
		const parsed = Papa.parse<string[]>(villages, { skipEmptyLines: true }).data;
		const note = parsed[0]?.indexOf('note') ?? -1;
		const parengan = parsed.find((r) => r[0] === 'parengan');
		expect(parengan?.[note]).toBe(`'${CANARY.villageNote}`);
		const csvs = readdirSync(site, { recursive: true, withFileTypes: true })
			.filter((d) => d.isFile() && d.name.endsWith('.csv'))
			.map((d) => join(d.parentPath, d.name));
		expect(csvs.length).toBeGreaterThan(5);
		const risky: string[] = [];
		for (const file of csvs) {
			const rows = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
			for (const cells of rows)
				for (const cell of cells)
					if (/^[=+@\t\r]/.test(cell)) risky.push(`${relative(site, file)}: ${cell.slice(0, 40)}`);
		}
		expect(risky).toEqual([]);
	});
});

describe('a sub-path given without its trailing slash', () => {
	it('prefixes every generated link, image and asset, and each one exists', () => {
		const problems = new Set<string>();
		for (const file of htmlFiles()) {
			const html = readFileSync(join(site, file), 'utf8');
			for (const m of html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) {
				const ref = (m[1] ?? '').replace(/&amp;/g, '&');
				if (ref.startsWith('//')) continue;
				const path = ref.split(/[?#]/)[0] ?? '';
				if (!path.startsWith(`${BASE}/`)) {
					problems.add(`${file}: ${ref} lacks ${BASE}/`);
					continue;
				}
				const target = join(site, decodeURIComponent(path.slice(BASE.length)));
				const exists = (p: string) => {
					try {
						readFileSync(p);
						return true;
					} catch {
						return false;
					}
				};
				if (!exists(target) && !exists(join(target, 'index.html')))
					problems.add(`${file}: ${ref} does not exist`);
			}
		}
		expect([...problems]).toEqual([]);
		// The root-relative Markdown link planted in a story got the base too (StoryLink).
		const story = readFileSync(join(site, 'cerita/kakao-kutai-timur/index.html'), 'utf8');
		expect(story).toMatch(/<a href="\/uji-kenari\/tentang\/"[^>]*>halaman tentang kami<\/a>/);
	});
});
