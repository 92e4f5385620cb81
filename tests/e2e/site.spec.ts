import { expect, test, type APIRequestContext } from '@playwright/test';

// The whole site is served under a sub-path here (see playwright.config.ts), so every test also
// checks that links, assets and search respect BASE_PATH.

async function sitemapPages(request: APIRequestContext, baseURL: string): Promise<string[]> {
	const index = await (await request.get(`${baseURL}sitemap-index.xml`)).text();
	const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
	const pages: string[] = [];
	for (const map of maps) {
		const xml = await (await request.get(new URL(new URL(map).pathname, baseURL).href)).text();
		pages.push(
			...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
		);
	}
	return pages;
}

test.describe('the publication', () => {
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
		}
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

	test('no broken internal link, fragment or asset anywhere in the site under the sub-path', async ({
		request,
		baseURL,
	}) => {
		test.setTimeout(120_000);
		const base = new URL(baseURL ?? '').pathname;
		const pages = await sitemapPages(request, baseURL ?? '');
		expect(pages.length).toBeGreaterThan(50);
		for (const p of pages) expect(p.startsWith(base), p).toBe(true);
		const html = new Map<string, string>();
		const get = async (path: string) => {
			if (!html.has(path)) {
				const res = await request.get(new URL(path, baseURL).href);
				html.set(path, res.ok() ? await res.text() : `__${res.status()}__`);
			}
			return html.get(path) ?? '';
		};
		const broken: string[] = [];
		const checked = new Set<string>();
		for (const page of pages) {
			const text = await get(page);
			const refs = [...text.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
			for (const ref of refs) {
				if (/^(https?:|mailto:|data:)/.test(ref) && !ref.startsWith(baseURL ?? '')) continue;
				const url = new URL(ref.replace(/&amp;/g, '&'), new URL(page, baseURL));
				if (url.origin !== new URL(baseURL ?? '').origin) continue;
				if (!url.pathname.startsWith(base)) {
					broken.push(`${page} → ${ref} (outside ${base})`);
					continue;
				}
				const key = `${url.pathname}${url.hash}`;
				if (checked.has(key)) continue;
				checked.add(key);
				const target = await get(url.pathname);
				if (/^__\d+__$/.test(target)) {
					broken.push(`${page} → ${ref} (${target})`);
				} else if (url.hash && url.pathname.endsWith('/')) {
					const id = decodeURIComponent(url.hash.slice(1));
					if (!target.includes(`id="${id}"`)) broken.push(`${page} → ${ref} (no #${id})`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	test('the pages run under the Content-Security-Policy they ship, with no violation or console error', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			const w = window as unknown as { __csp: string[] };
			w.__csp = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
			);
		});
		const errors: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(m.text());
		});
		page.on('pageerror', (e) => errors.push(String(e)));
		for (const path of [
			'./',
			'cerita/kakao-kutai-timur/',
			'cari/?q=tenun',
			'wilayah/jawa-timur/',
			'en/data/villages/',
		]) {
			await page.goto(path);
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
			if (path.includes('?q=')) await expect(page.locator('[data-list] li').first()).toBeVisible();
			const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
			expect(csp, path).toEqual([]);
		}
		expect(errors).toEqual([]);
	});

	test('a designed 404 page answers unknown addresses in both languages', async ({ page }) => {
		const res = await page.goto('tidak-ada/');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
		await expect(page.locator('section[lang="en"]')).toContainText('Page not found');
	});
});
