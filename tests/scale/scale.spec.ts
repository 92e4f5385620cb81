import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { SITE_DIR } from '../e2e/pages.ts';

// The site built with 20,000 synthetic villages (copies of the real rows, never published; made
// by scripts/synthetic-villages.ts), served under the sub-path: `npm run test:scale` builds it
// and runs this file with the page gates (tests/e2e/pages.spec.ts) on the pages large data
// changes. Every test fails on a console error, a failed request or a request to another host.

// Pages of 20,000 villages load and lay out slower than the real site's, and this runs after
// npm test on a shared machine: the page gates' timeout (tests/e2e/pages.spec.ts).
test.describe.configure({ timeout: 120_000 });

const ROWS = 20_000;
/** Any page's HTML: at most this many bytes, and this many once gzipped. */
const MAX_HTML = 1_000_000;
const MAX_GZIP = 150_000;
const VILLAGE_FILE = /\/(peta\/desa|en\/map\/villages)\/\d\d-\d\d\.json$/;

function watch(page: Page) {
	const problems: string[] = [];
	const files: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => {
		if (r.failure()?.errorText !== 'net::ERR_ABORTED')
			problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
	});
	page.on('request', (r) => {
		if (VILLAGE_FILE.test(new URL(r.url()).pathname)) files.push(new URL(r.url()).pathname);
	});
	return { problems, files };
}

test.beforeEach(async ({ context, baseURL }) => {
	const own = new URL(baseURL ?? 'http://127.0.0.1/').host;
	await context.route('**/*', (route) =>
		new URL(route.request().url()).host === own
			? route.continue()
			: route.abort('internetdisconnected'),
	);
});

const number = (n: number) => n.toLocaleString('id-ID');
const counted = async (page: Page) =>
	Number(
		((await page.locator('[data-explorer-count]').textContent()) ?? '')
			.split(' ')[1]
			?.replace(/\./g, ''),
	);

test('scale: no page of the build is over 1 MB of HTML or 150 KB gzipped', () => {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) pages.push(path);
		}
	};
	walk(SITE_DIR);
	expect(pages.length).toBeGreaterThan(200);
	const heavy = pages.flatMap((path) => {
		const html = readFileSync(path);
		const gz = gzipSync(html, { level: 6 }).length;
		return html.length > MAX_HTML || gz > MAX_GZIP
			? [`${path.slice(SITE_DIR.length)}: ${html.length} bytes, ${gz} gzipped`]
			: [];
	});
	expect(heavy).toEqual([]);
});

test('scale: the dataset page summarises the columns and pages every row, without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const { problems } = watch(page);
	await page.goto('data/villages/');
	await expect(page.locator('.prose .meta').first()).toContainText(`${number(ROWS)} baris`);
	// The first rows, and a summary of each column: the year's range, the commodities' top values.
	const first = page.locator('table', {
		has: page.locator('caption', { hasText: 'baris pertama' }),
	});
	await expect(first.locator('tbody tr')).toHaveCount(25);
	const summary = page.locator('table', { has: page.locator('caption', { hasText: 'ringkasan' }) });
	await expect(summary.locator('tbody tr', { hasText: 'Tahun' })).toContainText(
		/20\d\d sampai 20\d\d/,
	);
	await expect(summary.locator('tbody tr', { hasText: 'Komoditas' })).toContainText('terbanyak');
	// One link per page of 200 rows, all of them.
	const links = page.locator('.row-pages a');
	await expect(links).toHaveCount(ROWS / 200);
	await expect(links.nth(1)).toHaveText('Baris 201–400');
	await links.nth(1).click();
	await expect(page).toHaveURL(/\/data\/villages\/baris\/2\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Desa Devisa: baris 201–400');
	await expect(page.locator('table tbody tr')).toHaveCount(200);
	// The pager: previous, next, first, last; the last page holds the rest.
	const pager = page.getByRole('navigation', { name: 'Halaman baris' });
	await expect(pager.getByRole('link', { name: 'Sebelumnya' })).toHaveAttribute(
		'href',
		/\/baris\/1\/$/,
	);
	await pager.getByRole('link', { name: '100' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Desa Devisa: baris 19.801–20.000',
	);
	await expect(page.locator('table tbody tr')).toHaveCount(200);
	await expect(pager.getByRole('link', { name: 'Berikutnya' })).toHaveCount(0);
	// A source cell links to the source's entry on the dataset page.
	const source = page.locator('table tbody a[href*="#sumber-"]').first();
	await expect(source).toHaveAttribute('href', /\/data\/villages\/#sumber-/);
	// The English twin.
	await page.goto('en/data/villages/rows/2/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Export villages (Desa Devisa): rows 201–400',
	);
	expect(problems).toEqual([]);
	await context.close();
});

test('scale: the explorer counts by area, and filtering changes the counts, the map and the address', async ({
	page,
}) => {
	const { problems, files } = watch(page);
	await page.goto('peta/');
	const root = page.locator('ld-village-map[data-explorer]');
	// The page carries no village: the static map counts them per province.
	await expect(root.locator('svg.map-static circle.map-dot')).toHaveCount(0);
	expect(await root.locator('svg.map-static .map-bubble').count()).toBeGreaterThan(5);
	await expect(root.locator('[data-explorer-count]')).toHaveText(
		`Menampilkan ${number(ROWS)} dari ${number(ROWS)} desa devisa.`,
	);
	// The live map counts per province too, and has loaded no village file.
	await expect(root.locator('.map-live .map-marker-count').first()).toBeVisible({
		timeout: 20_000,
	});
	await expect(root.locator('[data-explorer-status]')).toContainText('Perbesar peta');
	expect(files).toEqual([]);

	const kopi = root.locator('select[data-facet="commodity"] option[value="kopi"]');
	const expected = Number(
		((await kopi.textContent()) ?? '').match(/\(([\d.]+)\)/)?.[1]?.replace(/\./g, ''),
	);
	expect(expected).toBeGreaterThan(0);
	await page.getByRole('combobox', { name: 'Komoditas' }).selectOption('kopi');
	await expect(page).toHaveURL(/\/peta\/\?komoditas=kopi$/);
	await expect.poll(() => counted(page)).toBe(expected);
	// The province options now count coffee villages only; the map's counts add up to them.
	const options = await root
		.locator('select[data-facet="province"] option[data-label]:not([disabled])')
		.allTextContents();
	const sum = options.reduce(
		(s, o) => s + Number(o.match(/\(([\d.]+)\)/)?.[1]?.replace(/\./g, '')),
		0,
	);
	expect(sum).toBe(expected);
	await expect
		.poll(async () =>
			(await root.locator('.map-live .map-marker-count').allTextContents()).reduce(
				(s, t) => s + Number(t.replace(/\./g, '')),
				0,
			),
		)
		.toBe(expected);
	expect(problems).toEqual([]);
});

test('scale: zooming in loads the village files of the regencies in view only, and the list shows them', async ({
	page,
}) => {
	const { problems, files } = watch(page);
	await page.goto('peta/?provinsi=jawa-timur');
	const root = page.locator('ld-village-map[data-explorer]');
	// Jawa Timur framed: a count per regency, still no file.
	const regency = root.locator('.map-live .map-marker-count[aria-label*="Kabupaten Lamongan"]');
	await expect(regency).toBeVisible({ timeout: 20_000 });
	expect(files).toEqual([]);
	// The reader picks Lamongan (a keyboard button): its file loads, and its villages appear.
	await regency.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => files).toContain('/lumbung-devisa/peta/desa/35-24.json');
	const rows = root.locator('[data-explorer-table] tbody tr');
	await expect(rows.first()).toBeVisible();
	await expect(root.locator('[data-explorer-status]')).toContainText('di area peta');
	// Only the regencies in view: far fewer files than Jawa Timur's regencies with villages.
	await page.waitForLoadState('networkidle');
	const regencies = await root.evaluate(
		(el) => JSON.parse(el.getAttribute('data-map') ?? '{}').areas.regencies.length as number,
	);
	expect(new Set(files).size).toBeLessThan(regencies / 2);
	expect(files.every((f) => f.startsWith('/lumbung-devisa/peta/desa/35-'))).toBe(true);
	// More rows on request, 100 at a time. The list follows the map's view and starts again from
	// its first 100 rows whenever the view changes (a zoom ending late on a busy machine, a popup
	// panning the map): press again if the view moved meanwhile.
	const more = root.locator('[data-explorer-more]');
	if (await more.isVisible()) {
		const before = await rows.count();
		await expect(async () => {
			if (await more.isVisible()) await more.click();
			expect(await rows.count()).toBeGreaterThan(before);
		}).toPass({ timeout: 15_000 });
	}
	// Every listed village is in Jawa Timur; a name opens its popup on the map.
	for (const place of (await rows.locator('td:nth-child(2)').allTextContents()).slice(0, 20))
		expect(place).toContain('Jawa Timur');
	const name = (await rows.first().locator('.map-item-button').textContent()) ?? '';
	await rows.first().locator('.map-item-button').click();
	const popup = root.locator('.leaflet-popup');
	await expect(popup.locator('.map-popup-title')).toHaveText(name);
	await expect(popup).toContainText('Jawa Timur');
	expect(problems).toEqual([]);
});

test('scale: a large story map and a hub count by area and point to every village', async ({
	page,
}) => {
	const { problems } = watch(page);
	await page.goto('wilayah/jawa-timur/');
	const map = page.locator('ld-village-map').first();
	await expect(map.locator('svg.map-static circle.map-dot')).toHaveCount(0);
	expect(await map.locator('svg.map-static .map-bubble').count()).toBeGreaterThan(3);
	const table = page.locator('table.area-counts').last();
	await expect(table.locator('tbody tr').first()).toContainText(/\d/);
	await expect(page.locator('.area-counts-all a').first()).toHaveAttribute(
		'href',
		/\/data\/villages\/#halaman$/,
	);
	await page.goto('cerita/desa-devisa-yang-punya-nama/');
	await expect(page.locator('ld-village-map svg.map-static .map-bubble').first()).toBeVisible();
	expect(problems).toEqual([]);
});
