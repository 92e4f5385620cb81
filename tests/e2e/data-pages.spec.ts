import { expect, test } from '@playwright/test';

// The site is served under a sub-path in the browser tests (see playwright.config.ts).
test.describe('data pages', () => {
	test('the catalogue lists every dataset with rows, date and licence', async ({ page }) => {
		await page.goto('data/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'id');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data');
		const items = page.locator('.catalogue li');
		expect(await items.count()).toBeGreaterThanOrEqual(10);
		await expect(items.first()).toContainText('baris');
	});

	test('a dataset page shows rows, sources, fields, citation and a working CSV link', async ({
		page,
		request,
	}) => {
		await page.goto('data/villages/');
		await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		// A long table shows its first 25 rows; the rest are folded, closed, under a control
		// naming how many, and open with it. Together they hold every row.
		const rows = page.locator('table').first().locator('tbody tr');
		expect(await rows.count()).toBe(25);
		// Each row is named by its first cell, for a screen reader moving along it.
		await expect(rows.locator('th[scope="row"]')).toHaveCount(25);
		await expect(rows.first().locator(':scope > *').first()).toHaveAttribute('scope', 'row');
		const fold = page.locator('details.more-rows');
		const rest = fold.locator('tbody tr');
		await expect(rest.first()).toBeHidden();
		const folded = await rest.count();
		expect(25 + folded).toBeGreaterThanOrEqual(34);
		await expect(fold.locator('summary')).toHaveText(`Tampilkan ${folded} baris berikutnya`);
		await fold.locator('summary').click();
		await expect(rest.first()).toBeVisible();
		// Every source link in the table points at a source listed on the page.
		const hrefs = await page
			.locator('table a[href^="#sumber-"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of new Set(hrefs)) {
			await expect(page.locator(href)).toHaveCount(1);
		}
		await expect(page.getByRole('heading', { name: 'Cara mengutip' })).toBeVisible();
		const csvHref = await page.getByRole('link', { name: 'Unduh data (CSV)' }).getAttribute('href');
		expect(csvHref).toMatch(/\/data\/villages\.csv$/);
		const csv = await request.get(csvHref ?? '');
		expect(csv.status()).toBe(200);
		const text = await csv.text();
		expect(text.split('\n')[0]).toContain('lat');
		expect(text).not.toMatch(/(^|,)[=+@]/m);
	});

	test('on a phone a wide table keeps its caption in view and its addresses readable', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('en/data/sources/');
		const scroller = page.locator('.table-scroll').first();
		const caption = scroller.locator('caption');
		const box = async (l: typeof caption) =>
			(await l.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
		// The table is wider than the screen and scrolls sideways...
		expect(await scroller.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
		// ...but its caption wraps inside the visible part, and stays there when scrolled.
		for (const left of [0, 400]) {
			await scroller.evaluate((e, x) => (e.scrollLeft = x), left);
			const [c, s] = [await box(caption), await box(scroller)];
			expect(c.x).toBeGreaterThanOrEqual(s.x);
			expect(c.x + c.width).toBeLessThanOrEqual(s.x + s.width + 1);
		}
		// A source's address wraps, but is not squeezed to a few letters a line.
		const link = scroller.locator('td a[href^="https://"]').first();
		expect((await box(link)).width).toBeGreaterThan(120);
	});

	test('datapackage.json is a data package with one resource per dataset', async ({
		request,
		baseURL,
	}) => {
		const res = await request.get(`${baseURL}data/datapackage.json`);
		expect(res.status()).toBe(200);
		const pkg = (await res.json()) as { resources: { name: string; path: string }[] };
		expect(pkg.resources.map((r) => r.name)).toContain('villages');
		for (const r of pkg.resources) {
			const file = await request.get(`${baseURL}data/${r.path}`);
			expect(file.status(), r.path).toBe(200);
		}
	});
});
