import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SITE_DIR } from './pages.ts';

// The maps in a real browser: the gallery (/panduan/komponen/, maps below the charts) and the
// explorer (/peta/, /en/map/). Each test also fails on any console error, page error, failed
// request or request to another host (the network is closed: only the test server answers).

const LEAFLET = /map-leaflet\.[\w-]+\.js|leaflet\.[\w-]+\.css|\.topo\.[\w-]+\.json/;

function watch(page: Page) {
	const problems: string[] = [];
	const requests: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => {
		// A reload cancels what is in flight (ERR_ABORTED): the browser's doing, not a failure.
		if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
			problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
		}
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
	});
	page.on('request', (r) => requests.push(r.url()));
	return { problems, requests };
}

test.beforeEach(async ({ context, baseURL }) => {
	const own = new URL(baseURL ?? 'http://127.0.0.1/').host;
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.host !== own) return route.abort('internetdisconnected');
		return route.continue();
	});
});

test.describe('village map (gallery)', () => {
	test('mounts only when scrolled into view; markers render', async ({ page }) => {
		const { problems, requests } = watch(page);
		await page.goto('panduan/komponen/');
		const figure = page.locator('#contoh-parengan');
		const box = await figure.boundingBox();
		// The map starts well below the fold (viewport 900 px + the 200 px look-ahead).
		expect(box?.y ?? 0).toBeGreaterThan(1100);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => LEAFLET.test(u))).toEqual([]);
		await expect(figure.locator('.map-live')).toBeHidden();
		await expect(figure.locator('svg.map-static circle.map-dot')).toHaveCount(1);

		await figure.locator('.map-canvas').scrollIntoViewIfNeeded();
		await expect(figure.locator('.map-live.leaflet-container')).toBeVisible();
		await expect(figure.locator('svg.map-static')).toBeHidden();
		await expect(figure.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(1);
		await expect(figure.locator('.leaflet-overlay-pane path.map-focus')).toHaveCount(1);
		await expect(figure.locator('.leaflet-control-attribution')).toContainText(
			'cahyadsn/wilayah_boundaries',
		);
		expect(requests.some((u) => /map-leaflet\.[\w-]+\.js/.test(u))).toBe(true);
		expect(requests.some((u) => /leaflet\.[\w-]+\.css/.test(u))).toBe(true);
		expect(requests.some((u) => /provinces\.topo\.[\w-]+\.json/.test(u))).toBe(true);
		// Lamongan's regencies (province 35) load with it; no other regency file does.
		const regencyFiles = requests.filter((u) => /\/\d\d\.topo\.[\w-]+\.json/.test(u));
		expect(regencyFiles).toHaveLength(1);
		expect(regencyFiles[0]).toMatch(/\/35\.topo\./);
		expect(problems).toEqual([]);
	});

	test('the national map draws every village as a marker', async ({ page }) => {
		const { problems } = watch(page);
		await page.goto('panduan/komponen/');
		const figure = page.locator('#contoh-nasional');
		const items = await figure.locator('[data-map-item]').count();
		expect(items).toBeGreaterThanOrEqual(40);
		await expect(figure.locator('svg.map-static circle.map-dot')).toHaveCount(items);
		await figure.locator('.map-canvas').scrollIntoViewIfNeeded();
		await expect(figure.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(items);
		expect(problems).toEqual([]);
	});

	test('a keyboard user opens a popup from the list and closes it with Escape', async ({
		page,
	}) => {
		const { problems } = watch(page);
		await page.goto('panduan/komponen/');
		const figure = page.locator('#contoh-parengan');
		const button = figure.getByRole('button', { name: 'Parengan' });
		await button.focus();
		await page.keyboard.press('Enter');
		const popup = figure.locator('.leaflet-popup');
		await expect(popup).toBeVisible();
		await expect(popup.locator('.map-popup-title')).toHaveText('Parengan');
		await expect(popup).toContainText('Tenun ikat');
		await expect(popup).toContainText('Kabupaten Lamongan');
		await expect(popup).toContainText('1 November 2022');
		await expect(popup.getByRole('link', { name: /Kabupaten Lamongan/ })).toHaveAttribute(
			'href',
			/\/wilayah\/lamongan\/$/,
		);
		await expect(popup.locator('.map-popup-source a')).toHaveAttribute('href', /^https:\/\//);
		// Focus moved into the popup, so a screen reader hears it.
		expect(await popup.evaluate((el) => el.contains(document.activeElement))).toBe(true);
		await page.keyboard.press('Escape');
		await expect(popup).toHaveCount(0);
		await expect(button).toBeFocused();
		expect(problems).toEqual([]);
	});

	test('a village name with markup shows as text in the popup and the label', async ({ page }) => {
		const { problems } = watch(page);
		await page.goto('panduan/komponen/');
		const canary = 'Desa <img src=x onerror="window.__xss=1"><b>Tebal</b>';
		const figure = page.locator('#contoh-parengan');
		// Before the live map exists: change the data it will read, as bad data would.
		await figure
			.locator('[data-map-item]')
			.first()
			.evaluate((li, name) => li.setAttribute('data-name', name), canary);
		await figure.getByRole('button', { name: 'Parengan' }).click();
		const popup = figure.locator('.leaflet-popup');
		// Leaflet loads and mounts after the click: slow on a loaded 2-core machine.
		await expect(popup.locator('.map-popup-title')).toHaveText(canary, { timeout: 20_000 });
		await expect(figure.locator('.map-tooltip')).toHaveText(canary);
		await expect(figure.locator('.map-live img[src="x"], .map-live b')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
			undefined,
		);
		expect(problems).toEqual([]);
	});

	test('a focus area with no village says so and loads no script', async ({ page }) => {
		const { problems, requests } = watch(page);
		await page.goto('panduan/komponen/');
		const figure = page.locator('#contoh-kakao-kaltim');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.locator('.map-empty')).toContainText('Belum ada desa devisa kakao');
		await expect(figure.locator('.map-empty')).toContainText('Yang terdekat');
		await expect(figure.locator('svg.map-static .map-focus-fill')).toHaveCount(1);
		await expect(figure.locator('.map-live')).toBeHidden();
		await page.waitForTimeout(300);
		expect(requests.filter((u) => /\/64\.topo\./.test(u))).toEqual([]);
		expect(problems).toEqual([]);
	});
});

test.describe('map explorer', () => {
	test('filtering by commodity changes the markers, the list, the counts and the address', async ({
		page,
	}) => {
		const { problems } = watch(page);
		await page.goto('peta/');
		const root = page.locator('ld-village-map[data-explorer]');
		const rows = root.locator('tbody tr[data-map-item]');
		const total = await rows.count();
		await expect(root.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(total);
		const kakao = await root.locator('tbody tr[data-commodity-key="kakao"]').count();
		expect(kakao).toBeGreaterThan(0);
		expect(kakao).toBeLessThan(total);
		// The unfiltered view is the build's markup (the script leaves it alone at start); the
		// script's own counts for it, after a filter and a reset, must be the same.
		const view = () =>
			root.evaluate((el) =>
				[...el.querySelectorAll('option, [data-explorer-count], tbody th[scope="row"]')].map(
					(n) => `${n.textContent}|${(n as HTMLOptionElement).disabled ?? ''}`,
				),
			);
		const built = await view();

		await page.getByRole('combobox', { name: 'Komoditas' }).selectOption('kakao');
		await expect(page).toHaveURL(/\/peta\/\?komoditas=kakao$/);
		await expect(root.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(kakao);
		await expect(rows.locator('visible=true')).toHaveCount(kakao);
		await expect(root.locator('[data-explorer-count]')).toHaveText(
			`Menampilkan ${kakao} dari ${total} desa devisa.`,
		);
		// The province options now count kakao villages only.
		const bali = page.getByRole('combobox', { name: 'Provinsi' }).locator('option[value="51"]');
		await expect(bali).toHaveText(/^Bali \(\d+\)$/);

		// The address restores the view.
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Komoditas' })).toHaveValue('kakao');
		await expect(root.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(kakao);

		await page.getByRole('button', { name: 'Hapus saringan' }).click();
		await expect(page).toHaveURL(/\/peta\/$/);
		await expect(root.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(total);
		expect(await view()).toEqual(built);
		expect(problems).toEqual([]);
	});

	test('province and year filters combine; sorting is kept in the address', async ({ page }) => {
		const { problems } = watch(page);
		await page.goto('peta/?provinsi=jawa-timur&tahun=2022');
		const root = page.locator('ld-village-map[data-explorer]');
		const expected = await root
			.locator('tbody tr[data-province-code="35"][data-year="2022"]')
			.count();
		expect(expected).toBeGreaterThan(0);
		await expect(root.locator('tbody tr[data-map-item]').locator('visible=true')).toHaveCount(
			expected,
		);
		await root.getByRole('button', { name: 'Tahun' }).click();
		await expect(page).toHaveURL(/urut=tahun/);
		await expect(root.locator('thead th[data-sort="year"]')).toHaveAttribute(
			'aria-sort',
			'ascending',
		);
		expect(problems).toEqual([]);
	});

	// Issue 14: reader input the explorer cannot read is named, and dropped from the address.
	test('filters it cannot read are named to the reader and dropped from the address', async ({
		page,
	}) => {
		const { problems } = watch(page);
		const long = 'x'.repeat(3000);
		await page.goto(
			`peta/?komoditas=__proto__&provinsi=atlantis&tahun=9999&tahun=2022&urut=${long}&utm_source=wa`,
		);
		const notice = page.locator('[data-explorer-notice]');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('komoditas=“__proto__”');
		await expect(notice).toContainText('provinsi=“atlantis”');
		await expect(notice).toContainText('tahun=“9999” (diberikan lebih dari sekali)');
		expect(((await notice.textContent()) ?? '').length).toBeLessThan(400);
		await expect(page).toHaveURL(/\/peta\/\?utm_source=wa$/);
		const root = page.locator('ld-village-map[data-explorer]');
		const all = await root.locator('tbody tr[data-map-item]').count();
		await expect(root.locator('tbody tr[data-map-item]').locator('visible=true')).toHaveCount(all);
		// A readable address shows no notice.
		await page.goto('peta/?komoditas=kakao');
		await expect(page.locator('[data-explorer-notice]')).toBeHidden();
		expect(problems).toEqual([]);
	});

	test('English explorer reads English parameters', async ({ page }) => {
		const { problems } = watch(page);
		await page.goto('en/map/?commodity=kopi');
		const root = page.locator('ld-village-map[data-explorer]');
		const kopi = await root.locator('tbody tr[data-commodity-key="kopi"]').count();
		await expect(page.getByRole('combobox', { name: 'Commodity' })).toHaveValue('kopi');
		await expect(root.locator('.leaflet-overlay-pane path.map-dot')).toHaveCount(kopi);
		await expect(root.locator('[data-explorer-count]')).toContainText(`Showing ${kopi} of`);
		expect(problems).toEqual([]);
	});

	test('zooming in loads regency outlines only for the provinces in view', async ({ page }) => {
		const { problems, requests } = watch(page);
		await page.goto('peta/?provinsi=jawa-timur');
		const root = page.locator('ld-village-map[data-explorer]');
		await expect(root.locator('.leaflet-overlay-pane path.map-dot').first()).toBeVisible();
		await expect.poll(() => requests.some((u) => /\/35\.topo\./.test(u))).toBe(true);
		await page.waitForLoadState('networkidle');
		const files = requests.filter((u) => /\/\d\d\.topo\.[\w-]+\.json/.test(u));
		// Jawa Timur and its neighbours in view, not all 38 provinces.
		expect(files.length).toBeLessThan(8);
		expect(problems).toEqual([]);
	});
});

test.describe('no layout shift when a live map mounts', () => {
	for (const width of [390, 1280]) {
		test(`the canvas keeps its size in a story map and the explorer at ${width} px`, async ({
			page,
		}) => {
			const { problems } = watch(page);
			await page.setViewportSize({ width, height: 844 });
			for (const [path, selector] of [
				['panduan/komponen/', '#contoh-nasional'],
				['en/map/', 'ld-village-map.explorer'],
			] as const) {
				await page.goto(path);
				const canvas = page.locator(`${selector} .map-canvas`);
				const before = await canvas.boundingBox();
				await canvas.scrollIntoViewIfNeeded();
				await expect(page.locator(`${selector} .map-live.leaflet-container`)).toBeVisible();
				const after = await canvas.boundingBox();
				expect(Math.abs((after?.height ?? 0) - (before?.height ?? -1)), path).toBeLessThan(1);
			}
			expect(problems).toEqual([]);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the explorer is a full list with a static map', async ({ page }) => {
		await page.goto('peta/?komoditas=kakao');
		const rows = page.locator('tbody tr[data-map-item]');
		const n = await rows.count();
		expect(n).toBeGreaterThanOrEqual(40);
		await expect(rows.locator('visible=true')).toHaveCount(n);
		await expect(page.locator('svg.map-static circle.map-dot')).toHaveCount(n);
		await expect(page.locator('[data-explorer-form]')).toBeHidden();
		await expect(page.locator('[data-explorer-nojs]')).toBeVisible();
		await expect(page.getByRole('navigation', { name: /komoditas dan wilayah/ })).toBeVisible();
	});

	test('a story map shows its villages and their list', async ({ page }) => {
		await page.goto('panduan/komponen/');
		const figure = page.locator('#contoh-parengan');
		await expect(figure.locator('svg.map-static circle.map-dot')).toHaveCount(1);
		await expect(figure.locator('.map-list li')).toHaveText(/Parengan/);
		await expect(figure.locator('svg.map-static desc')).toContainText('Parengan');
	});

	// maps.css sets names larger on a phone than the model that places them assumes: every name
	// must still fit, on every page of the build that writes one on a static map. Pages whose
	// names are the same markup (a region's page in both languages) lay out the same: one of
	// them is enough.
	const labelled = (): string[] => {
		const seen = new Set<string>();
		const pages: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, e.name);
				if (e.isDirectory()) walk(path);
				if (e.name !== 'index.html') continue;
				const names = readFileSync(path, 'utf8').match(/<text [^>]*class="map-label[^>]*>[^<]*</g);
				if (!names || seen.has(names.join(''))) continue;
				seen.add(names.join(''));
				const page = relative(SITE_DIR, dir);
				pages.push(page ? `${page}/` : './');
			}
		};
		walk(SITE_DIR);
		return pages;
	};

	for (const width of [390, 1280]) {
		test(`names on static maps stay inside their map at ${width} px, on every page that draws a different set`, async ({
			page,
		}) => {
			test.setTimeout(180_000);
			const pages = labelled();
			expect(pages.length).toBeGreaterThan(20);
			await page.setViewportSize({ width, height: 900 });
			const cut: string[] = [];
			for (const path of pages) {
				await page.goto(path);
				const names = await page.evaluate(() =>
					[...document.querySelectorAll<SVGTextElement>('svg text.map-label')]
						.filter((t) => {
							const box = t.getBBox();
							const view = t.ownerSVGElement?.viewBox.baseVal;
							return (
								view &&
								(box.x < 0 ||
									box.x + box.width > view.width ||
									box.y < 0 ||
									box.y + box.height > view.height)
							);
						})
						.map((t) => t.textContent),
				);
				cut.push(...names.map((n) => `${path}: ${n}`));
			}
			expect(cut).toEqual([]);
		});
	}
});
