import { expect, test } from '@playwright/test';

// The whole site is served under a sub-path here (see playwright.config.ts), so every test also
// checks that links, assets and search respect BASE_PATH. Every page's console, requests, CSP and
// axe are checked in pages.spec.ts, links in links.spec.ts.

test.describe('the publication', () => {
	test('chart and map modules are requested only after the first contentful paint', async ({
		page,
	}) => {
		for (const [path, ready] of [
			['cerita/desa-devisa-indonesia/', 'ld-scrolly[data-live]'],
			['cerita/desa-devisa-yang-punya-nama/', 'ld-village-map[data-ready]'],
			['en/map/', 'ld-village-map[data-ready]'],
		] as const) {
			await page.goto(path);
			await expect(page.locator(ready).first()).toBeAttached();
			const { fcp, scripts } = await page.evaluate(() => ({
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
				scripts: performance
					.getEntriesByType('resource')
					.filter((r) => /\/_astro\/[^/]+\.js$/.test(r.name))
					.map((r) => ({ name: r.name, start: r.startTime })),
			}));
			expect(scripts.length, path).toBeGreaterThan(0);
			for (const s of scripts) expect(s.start, `${path} ${s.name}`).toBeGreaterThanOrEqual(fcp);
		}
	});

	test('the front page leads with a story and figures computed from data, in Indonesian', async ({
		page,
	}) => {
		await page.goto('./');
		await expect(page.locator('html')).toHaveAttribute('lang', 'id');
		await expect(page.locator('.lead h2 a, .lead h3 a').first()).toBeVisible();
		await expect(page.locator('.figure .number').first()).toHaveText(/^\d{1,3}(\.\d{3})* desa$/);
		const english = page.getByRole('link', { name: 'English' });
		await english.click();
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('a story reads fully without JavaScript: figures, citations and sources', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseURL}cerita/desa-devisa-indonesia/`);
		const body = page.locator('.story-body');
		await expect(body).toContainText('1.909 desa');
		await expect(body).toContainText('lebih dari 180.000 orang');
		await expect(body).not.toContainText(/\d\s?(M|T|jt)\b/);
		// Every citation mark points at an item of the source list on the page.
		const marks = await body
			.locator('sup.cite a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(marks.length).toBeGreaterThan(5);
		for (const href of new Set(marks)) {
			expect(href).toMatch(/^#sumber-/);
			await expect(page.locator(href ?? '')).toHaveCount(1);
		}
		await expect(page.getByRole('link', { name: 'Baca dalam bahasa Inggris' })).toHaveAttribute(
			'href',
			/\/en\/stories\/export-villages-indonesia\/$/,
		);
		await context.close();
	});

	test('every story has a 1200×630 share image named in its Open Graph tags', async ({
		page,
		request,
		baseURL,
	}) => {
		for (const path of ['cerita/lamongan-tenun-ikat-parengan/', 'en/stories/kutai-timur-cocoa/']) {
			await page.goto(`${baseURL}${path}`);
			const image = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(image).toMatch(/\/og\/(id|en)\/[a-z0-9-]+\.png$/);
			const res = await request.get(new URL(new URL(image ?? '').pathname, baseURL).href);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toBe('image/png');
			const png = await res.body();
			expect(png.readUInt32BE(16)).toBe(1200);
			expect(png.readUInt32BE(20)).toBe(630);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
				'content',
				'summary_large_image',
			);
			await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(3);
		}
	});

	test('search finds "kakao" and "tenun" in Indonesian and "cocoa" in English', async ({
		page,
	}) => {
		for (const [path, q, expected] of [
			['cari/', 'kakao', /Kakao Kutai Timur/],
			['cari/', 'tenun', /tenun ikat Parengan/i],
			['en/search/', 'cocoa', /Kutai Timur’s cocoa/],
		] as const) {
			await page.goto(`${path}?q=${q}`);
			await expect(page.locator('[data-status]')).toContainText(/\d+ (hasil|results)/, {
				timeout: 10_000,
			});
			await expect(page.locator('[data-list] li').first()).toBeVisible();
			await expect(page.locator('[data-list]')).toContainText(expected);
			// Excerpts are text with <mark> only.
			expect(await page.locator('[data-list] p *:not(mark)').count()).toBe(0);
			const status = (await page.locator('[data-status]').textContent()) ?? '';
			const n = Number(/^[\d.,]+/.exec(status)?.[0].replace(/[.,]/g, ''));
			expect(n).toBeGreaterThanOrEqual(await page.locator('[data-list] li').count());
			if (path.startsWith('en/')) expect(status).toMatch(n === 1 ? /^1 result for/ : /results for/);
		}
		// The query is shown as typed, even with characters that mean something to String.replace.
		await page.goto('cari/?q=%24%26zzqx');
		await expect(page.locator('[data-status]')).toContainText('“$&zzqx”', { timeout: 10_000 });
		// Issue 14: a 12 KB query is cut to 200 characters, in the status and in the field.
		await page.goto(`cari/?q=kakao${'z'.repeat(12_000)}`);
		await expect(page.locator('[data-status]')).toContainText('“kakao', { timeout: 10_000 });
		expect(((await page.locator('[data-status]').textContent()) ?? '').length).toBeLessThan(300);
		expect((await page.locator('input[name="q"]').inputValue()).length).toBe(200);
		await expect(page.locator('input[name="q"]')).toHaveAttribute('maxlength', '200');
	});

	test('the RSS feeds parse and carry the full text of every story', async ({
		page,
		request,
		baseURL,
	}) => {
		await page.goto('./');
		for (const [path, lang, text] of [
			['rss.xml', 'id-ID', 'lebih dari 180.000 orang'],
			['en/rss.xml', 'en-GB', 'more than 180,000 people'],
		] as const) {
			const xml = await (await request.get(`${baseURL}${path}`)).text();
			const result = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'application/xml');
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					items: doc.querySelectorAll('item').length,
					language: doc.querySelector('channel > language')?.textContent,
					content: [
						...doc.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded'),
					].map((n) => n.textContent ?? ''),
				};
			}, xml);
			expect(result.error).toBeNull();
			expect(result.items).toBeGreaterThanOrEqual(3);
			expect(result.language).toBe(lang);
			expect(result.content.join('\n')).toContain(text);
			expect(result.content.every((c) => c.length > 1000)).toBe(true);
		}
	});

	test('a designed 404 page answers unknown addresses in both languages', async ({ page }) => {
		const res = await page.goto('tidak-ada/');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
		await expect(page.locator('section[lang="en"]')).toContainText('Page not found');
	});
});
