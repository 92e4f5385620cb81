import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { embedSnippet } from '../../src/lib/charts/embed.ts';
import { ROOT, copyProject, freePort } from '../build/project.ts';
import { axeViolations } from './axe.ts';

// Charts on the component gallery (served by playwright.config.ts under a sub-path), and a
// test-only fixture build whose data values hold markup.
const GALLERY = 'panduan/komponen/';

/** The gallery, once its chart module (loaded after the first paint) has defined `ld-chart`. */
async function openGallery(page: Page): Promise<void> {
	await page.goto(GALLERY);
	await page.waitForFunction(() => Boolean(customElements.get('ld-chart')));
}
const national = (page: Page) => page.locator('#grafik-contoh-desa-devisa-nasional');

test.describe('charts in the gallery', () => {
	test('keyboard: tab into a chart, move with the arrow keys, read the tooltip, close it', async ({
		page,
	}) => {
		await openGallery(page);
		const fig = national(page);
		// Start just before the chart, then Tab: the visible drawing is the next stop.
		await fig.locator('.c-cap').evaluate((el) => {
			el.setAttribute('tabindex', '-1');
			(el as HTMLElement).focus();
		});
		await page.keyboard.press('Tab');
		const svg = fig.locator('svg.c-wide');
		await expect(svg).toBeFocused();
		const outline = await svg.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).toBe('solid');
		const tip = fig.locator('.c-tip');
		await page.keyboard.press('ArrowRight');
		await expect(tip).toBeVisible();
		await expect(tip.locator('strong')).toHaveText('Desember 2019');
		await expect(tip).toContainText('1 desa');
		await page.keyboard.press('ArrowRight');
		await expect(tip.locator('strong')).toHaveText('Desember 2021');
		await expect(tip).toContainText('27 desa');
		await expect(tip).toContainText('bukan total');
		await expect(fig.locator('svg.c-wide circle.is-on')).toHaveCount(1);
		await page.keyboard.press('End');
		await expect(tip.locator('strong')).toHaveText('Maret 2025');
		await page.keyboard.press('Home');
		await expect(tip.locator('strong')).toHaveText('Desember 2019');
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
		await expect(fig.locator('.is-on')).toHaveCount(0);
		await expect(svg).toBeFocused();
	});

	test('bars move with Up and Down; hovering a bar shows its value', async ({ page }) => {
		await openGallery(page);
		const fig = page.locator('#grafik-contoh-kakao-kaltim');
		const svg = fig.locator('svg.c-wide');
		await svg.focus();
		await page.keyboard.press('ArrowDown');
		await expect(fig.locator('.c-tip strong')).toHaveText('Mahakam Ulu');
		await page.keyboard.press('ArrowDown');
		await expect(fig.locator('.c-tip strong')).toHaveText('Berau');
		await page.keyboard.press('ArrowUp');
		await expect(fig.locator('.c-tip strong')).toHaveText('Mahakam Ulu');
		await fig.locator('svg.c-wide rect[data-k]').nth(3).hover();
		await expect(fig.locator('.c-tip')).toContainText('Kutai Barat');
		await expect(fig.locator('.c-tip')).toContainText('129 unit usaha');
	});

	test('the timeline: Left and Right go through the dots, Up and Down change rows, hover shows one', async ({
		page,
	}) => {
		await openGallery(page);
		const fig = page.locator('#grafik-contoh-linimasa-desa-devisa');
		const tip = fig.locator('.c-tip');
		await fig.locator('svg.c-wide').focus();
		await page.keyboard.press('ArrowRight');
		await expect(tip.locator('strong')).toHaveText('Nusasari');
		await expect(tip).toContainText('6 Desember 2019 · Bali');
		await page.keyboard.press('ArrowRight');
		await expect(tip.locator('strong')).toHaveText('Kusamba');
		// Down: the nearest dot of the next row (Jawa Barat, five villages on one date).
		await page.keyboard.press('ArrowDown');
		await expect(tip.locator('strong')).toHaveText('Cisalak');
		await expect(tip).toContainText('12 Juli 2021 · Jawa Barat');
		await page.keyboard.press('ArrowUp');
		await expect(tip.locator('strong')).toHaveText('Kusamba');
		await page.keyboard.press('End');
		await expect(tip.locator('strong')).toHaveText('Klaster Gula Aren Maros');
		await expect(fig.locator('svg.c-wide circle.is-on')).toHaveCount(1);
		await fig.locator('svg.c-wide circle[data-k="0"]').hover();
		await expect(tip.locator('strong')).toHaveText('Nusasari');
	});

	test('the legend highlights one series', async ({ page }) => {
		await openGallery(page);
		const fig = page.locator('#grafik-contoh-eksportir-lamongan');
		const buttons = fig.locator('.c-legend button');
		await expect(buttons).toHaveCount(2);
		await buttons.first().click();
		await expect(buttons.first()).toHaveAttribute('aria-pressed', 'true');
		const opacity = (s: number) =>
			fig.locator(`svg.c-wide .c-s[data-s="${s}"]`).evaluate((el) => getComputedStyle(el).opacity);
		expect(await opacity(0)).toBe('1');
		expect(Number(await opacity(1))).toBeLessThan(0.5);
		await buttons.first().click();
		expect(await opacity(1)).toBe('1');
	});

	test('tooltips that break the contract are refused with a console error naming the field', async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		await openGallery(page);
		await page.evaluate(() => {
			const figure = document.createElement('figure');
			figure.id = 'grafik-rusak';
			const chart = document.createElement('ld-chart');
			chart.dataset.tips = '{"tips": [[0, "Desember 2019"]], "nav": {}}';
			figure.append(chart);
			document.body.append(figure);
		});
		await expect
			.poll(() => errors)
			.toEqual([
				expect.stringMatching(
					/^<ld-chart> in #grafik-rusak: data-tips: tips\[0\] must be \[series/,
				),
			]);
	});

	test('the chart section has no axe violations', async ({ page }) => {
		test.setTimeout(90_000);
		await openGallery(page);
		const violations = await axeViolations(page, {
			include: 'section[aria-labelledby="grafik-contoh"]',
		});
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
});

test.describe('charts on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

	test('tapping a point shows its tooltip; tapping elsewhere closes it', async ({ page }) => {
		await openGallery(page);
		const fig = national(page);
		const svg = fig.locator('svg.c-narrow');
		await expect(svg).toBeVisible();
		await svg.locator('circle[data-k="5"]').tap();
		await expect(fig.locator('.c-tip strong')).toHaveText('Maret 2025');
		await expect(fig.locator('.c-tip')).toContainText('1.909 desa');
		await page.locator('h1').tap();
		await expect(fig.locator('.c-tip')).toBeHidden();
	});
});

test.describe('charts without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('wide drawing on a desktop, narrow on a phone, table and CSV always there', async ({
		page,
		request,
	}) => {
		await page.goto(GALLERY);
		const fig = national(page);
		await expect(fig.locator('svg.c-wide')).toBeVisible();
		await expect(fig.locator('svg.c-narrow')).toBeHidden();
		await expect(fig.locator('svg.c-wide')).toHaveAttribute('role', 'img');
		await expect(fig.locator('svg.c-wide desc')).toHaveText(
			/^Jumlah desa devisa naik dari 1 desa pada Desember 2019 menjadi 1\.909 desa pada Maret 2025\./,
		);
		await expect(fig.locator('svg.c-wide')).not.toHaveAttribute('tabindex', /.*/);
		await page.setViewportSize({ width: 360, height: 800 });
		await expect(fig.locator('svg.c-narrow')).toBeVisible();
		await expect(fig.locator('svg.c-wide')).toBeHidden();
		// The table is in the HTML and opens without JavaScript.
		await expect(fig.locator('table')).toBeHidden();
		await fig.locator('.c-table summary').click();
		await expect(fig.locator('table tbody tr')).toHaveCount(6);
		await expect(fig.locator('table tbody tr').last()).toContainText('1.909');
		const href = await fig.getByRole('link', { name: 'Unduh data (CSV)' }).getAttribute('href');
		expect(href).toMatch(/\/lumbung-devisa\/embed\/contoh-desa-devisa-nasional\.csv$/);
		const csv = await request.get(href ?? '');
		expect(csv.status()).toBe(200);
		const lines = (await csv.text()).trim().split('\n');
		expect(lines[0]).toBe('as_of,villages,basis,status,note,note_en,source');
		expect(lines).toHaveLength(7);
	});

	test('the timeline: a dot per dated row of its CSV, every row in the table, the undated named', async ({
		page,
		request,
	}) => {
		await page.goto(GALLERY);
		const fig = page.locator('#grafik-contoh-linimasa-desa-devisa');
		const href = await fig.getByRole('link', { name: 'Unduh data (CSV)' }).getAttribute('href');
		const csv = await (await request.get(href ?? '')).text();
		const rows = Papa.parse<Record<string, string>>(csv, {
			header: true,
			skipEmptyLines: true,
		}).data;
		const dated = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.designated ?? ''));
		expect(dated.length).toBeGreaterThan(0);
		expect(dated.length).toBeLessThan(rows.length);
		await expect(fig.locator('svg.c-wide circle')).toHaveCount(dated.length);
		await expect(fig.locator('svg.c-narrow circle')).toHaveCount(dated.length);
		await expect(fig.locator('svg.c-wide desc')).toHaveText(
			new RegExp(`^Linimasa ${dated.length} desa, dari 6 Desember 2019 sampai `),
		);
		await expect(fig.locator('.c-notes')).toContainText(
			`Tidak digambar karena datanya tidak memberi tanggal (${rows.length - dated.length} desa): Popongan`,
		);
		await fig.locator('.c-table summary').click();
		await expect(fig.locator('table tbody tr')).toHaveCount(rows.length);
	});

	test('no style attributes and no inline handlers in the chart markup', async ({ page }) => {
		await page.goto(GALLERY);
		const bad = await page
			.locator(
				['style', 'onload', 'onerror', 'onclick']
					.map((a) => `figure.c-frame [${a}], figure.c-frame[${a}]`)
					.join(', '),
			)
			.count();
		expect(bad).toBe(0);
	});
});

// A fixture build: a copy of the project with a dataset whose text values are markup, and a
// test story charting it (copied into the copy's stories), so its embed page exists.
test.describe('a data value holding markup', () => {
	// One fixture build for both tests: run them in one worker, in order.
	test.describe.configure({ mode: 'serial' });
	const FIXTURE = join(ROOT, 'tests/fixtures/charts/xss');
	const BASE = '/lumbung-devisa/';
	const CANARY = '<img src=x onerror=window.__xss=1>';
	let work = '';
	let cleanup = () => {};
	let server: ChildProcess | undefined;
	let origin = '';

	test.beforeAll(async ({}, testInfo) => {
		testInfo.setTimeout(300_000);
		({ dir: work, cleanup } = copyProject('lumbung-chart-xss-'));
		cpSync(join(FIXTURE, 'data'), join(work, 'data'), { recursive: true });
		const sources = readFileSync(join(work, 'data/sources.csv'), 'utf8');
		appendFileSync(
			join(work, 'data/sources.csv'),
			`${sources.endsWith('\n') ? '' : '\n'}${readFileSync(join(FIXTURE, 'sources-extra.csv'), 'utf8')}`,
		);
		cpSync(join(FIXTURE, 'stories'), join(work, 'src/content/stories'), { recursive: true });
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			cwd: work,
			encoding: 'utf8',
			env: {
				...process.env,
				OUT_DIR: join(work, 'dist'),
				CACHE_DIR: join(work, 'cache'),
				BASE_PATH: BASE,
				SITE_URL: origin,
			},
		});
		if (built.status !== 0)
			throw new Error(`fixture build failed:\n${built.stdout}\n${built.stderr}`);
		server = spawn(
			process.execPath,
			['scripts/serve.mjs', join(work, 'dist'), '--base', BASE, '--port', String(port)],
			{
				cwd: work,
				stdio: 'ignore',
			},
		);
		for (let i = 0; i < 50; i++) {
			try {
				if ((await fetch(`${origin}${BASE}`)).status < 500) break;
			} catch {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
	});

	test.afterAll(() => {
		server?.kill();
		cleanup();
	});

	test('appears as text in the SVG, the table, the source line and the tooltip', async ({
		page,
	}) => {
		await page.goto(`${origin}${BASE}embed/kanari-xss/`);
		// The chart module loads after the first paint: keys pressed before it defines `ld-chart`
		// do nothing.
		await page.waitForFunction(() => Boolean(customElements.get('ld-chart')));
		const fig = page.locator('figure.c-frame');
		const svgText = await fig
			.locator('svg.c-wide text.c-cat')
			.first()
			.evaluate(
				(el) =>
					[...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') || el.textContent,
			);
		expect(svgText).toBe(CANARY);
		await expect(fig.locator('tbody th[scope="row"]').first()).toHaveText(CANARY);
		await expect(fig.locator('.c-source')).toContainText('<img src=x onerror=window.__xss=4>');
		await fig.locator('svg.c-wide').focus();
		await page.keyboard.press('ArrowDown');
		const tip = fig.locator('.c-tip');
		await expect(tip.locator('strong')).toHaveText(CANARY);
		await expect(tip.locator('small')).toHaveText('<b>tebal</b><img src=x onerror=window.__xss=3>');
		await page.keyboard.press('ArrowDown');
		await expect(tip.locator('strong')).toHaveText('x" onmouseover="window.__xss=2');
		await fig.locator('svg.c-wide rect[data-k]').nth(1).hover();
		await expect(page.locator('img, b')).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
		).toBeUndefined();
	});

	test('the embed page is bare, noindex, and the Sematkan snippet sizes the iframe to it', async ({
		page,
	}) => {
		const url = `${origin}${BASE}embed/kanari-xss/`;
		await page.goto(url);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('header, footer, nav')).toHaveCount(0);
		// Issue 14: in a partner's iframe, links open a new tab, never inside the frame.
		const links = page.locator('a[href]:not([download])');
		expect(await links.count()).toBeGreaterThan(1);
		for (const a of await links.all()) await expect(a).toHaveAttribute('target', '_blank');
		const snippet = embedSnippet({ url, origin, title: 'Kanari', height: 120 });
		// A partner page: the snippet pasted as is (about:blank has no CSP of ours).
		const partner = await page.context().newPage();
		await partner.setContent(`<!doctype html><html><body>${snippet}</body></html>`);
		const iframe = partner.locator('iframe[data-lumbung-embed]');
		await expect(iframe).toHaveAttribute('height', /^\d+$/);
		await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(300);
	});
});
