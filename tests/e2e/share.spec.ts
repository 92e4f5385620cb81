import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config.ts';
import { SITE_DIR } from './pages.ts';

// Charts readers can share: every chart's share image is built, is 1200 × 675 and is linked from
// its frame and its embed page; "Bagikan" works without navigator.share (the WhatsApp link and a
// copy button) and with it (the system's share sheet); "Unduh gambar (PNG)" downloads the image.

const html = readdirSync(SITE_DIR, { withFileTypes: true, recursive: true })
	.filter((d) => d.isFile() && d.name.endsWith('.html'))
	.map((d) => relative(SITE_DIR, join(d.parentPath, d.name)))
	.sort();
const read = (file: string) => readFileSync(join(SITE_DIR, file), 'utf8');
/** The file a site address (`/lumbung-devisa/embed/x.png`, absolute or not) is served from. */
const fileOf = (url: string) =>
	join(SITE_DIR, new URL(url, 'https://x.id').pathname.slice(E2E_BASE.length));
const pngSize = (bytes: Buffer) => ({
	png: bytes.subarray(1, 4).toString(),
	width: bytes.readUInt32BE(16),
	height: bytes.readUInt32BE(20),
});

test.describe('share images in the build', () => {
	test('every chart frame links its share image: it exists and is a 1200 × 675 PNG', () => {
		let frames = 0;
		const problems: string[] = [];
		for (const file of html) {
			for (const [, id, body] of read(file).matchAll(
				/<figure[^>]*id="grafik-([^"]+)"([\s\S]*?)<\/figure>/g,
			)) {
				frames++;
				const link = /<a class="c-png" href="([^"]+)" download="([^"]+)"/.exec(body ?? '');
				if (!link) {
					problems.push(`${file} #grafik-${id}: no "c-png" link`);
					continue;
				}
				if (link[2] !== `${id}.png`) problems.push(`${file} #grafik-${id}: download=${link[2]}`);
				const size = pngSize(readFileSync(fileOf(link[1] ?? '')));
				if (size.png !== 'PNG' || size.width !== 1200 || size.height !== 675)
					problems.push(`${file} #grafik-${id}: ${link[1]} is ${JSON.stringify(size)}`);
			}
		}
		expect(problems).toEqual([]);
		expect(frames).toBeGreaterThan(20);
	});

	test("every embed page's og:image is its own chart's PNG", () => {
		const embeds = html.filter((f) => /^(en\/)?embed\/[^/]+\/index\.html$/.test(f));
		expect(embeds.length).toBeGreaterThan(10);
		for (const file of embeds) {
			const page = read(file);
			const image = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1] ?? '';
			const id = file.split('/').at(-2);
			expect(image, file).toMatch(new RegExp(`/embed/${id}\\.png$`));
			expect(page, file).toContain(`href="${new URL(image).pathname}"`);
			expect(pngSize(readFileSync(fileOf(image))).height, file).toBe(675);
		}
	});

	test('Indonesian and English images differ (each drawn in its language)', () => {
		const images = (dir: string) =>
			readdirSync(join(SITE_DIR, dir))
				.filter((f) => f.endsWith('.png'))
				.map((f) => readFileSync(join(SITE_DIR, dir, f)).toString('base64'));
		const id = new Set(images('embed'));
		const en = images('en/embed');
		expect(id.size).toBeGreaterThan(10);
		expect(en.length).toBeGreaterThan(5);
		expect(en.filter((b) => id.has(b))).toEqual([]);
	});
});

const GALLERY = 'panduan/komponen/';
const chart = (page: Page) => page.locator('#grafik-contoh-desa-devisa-nasional');

/** The gallery once its share script has defined `ld-share`. */
async function openGallery(page: Page): Promise<void> {
	await page.goto(GALLERY);
	await page.waitForFunction(() => Boolean(customElements.get('ld-share')));
}

test.describe('"Bagikan" and "Unduh gambar (PNG)" in the browser', () => {
	test('without navigator.share: the links open, and "Salin tautan" copies the chart address', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.addInitScript(() => {
			delete (Navigator.prototype as { share?: unknown }).share;
		});
		await openGallery(page);
		const fig = chart(page);
		await fig.getByText('Bagikan', { exact: true }).click();
		const whatsapp = fig.getByRole('link', { name: 'Kirim lewat WhatsApp' });
		await expect(whatsapp).toBeVisible();
		const text = new URL((await whatsapp.getAttribute('href')) ?? '').searchParams.get('text');
		expect(text).toMatch(/ https:\/\/\S+\/panduan\/komponen\/#grafik-contoh-desa-devisa-nasional$/);
		await fig.getByRole('button', { name: 'Salin tautan' }).click();
		await expect(fig.getByRole('status')).toHaveText('Tautan disalin.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text?.split(' ').at(-1));
	});

	test('with navigator.share: the share sheet gets the chart, the links stay closed', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			const shared: unknown[] = [];
			(window as unknown as { shared: unknown[] }).shared = shared;
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: (data: ShareData) => {
					shared.push({ ...data, files: data.files?.map((f) => [f.name, f.type, f.size]) });
					return Promise.resolve();
				},
			});
			Object.defineProperty(Navigator.prototype, 'canShare', {
				configurable: true,
				value: () => true,
			});
		});
		await openGallery(page);
		const fig = chart(page);
		await fig.getByText('Bagikan', { exact: true }).click();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
			.toEqual([
				{
					title: expect.any(String),
					text: expect.any(String),
					url: expect.stringMatching(/\/panduan\/komponen\/#grafik-contoh-desa-devisa-nasional$/),
					files: [['contoh-desa-devisa-nasional.png', 'image/png', expect.any(Number)]],
				},
			]);
		await expect(fig.locator('.c-share details')).not.toHaveAttribute('open');
	});

	test('"Unduh gambar (PNG)" downloads the chart’s image', async ({ page }) => {
		await page.goto(GALLERY);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			chart(page).getByRole('link', { name: 'Unduh gambar (PNG)' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('contoh-desa-devisa-nasional.png');
		const path = await download.path();
		expect(pngSize(readFileSync(path))).toEqual({ png: 'PNG', width: 1200, height: 675 });
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('"Bagikan" opens to the WhatsApp link and the chart address', async ({ page }) => {
		await page.goto(GALLERY);
		const fig = chart(page);
		await fig.getByText('Bagikan', { exact: true }).click();
		await expect(fig.getByRole('link', { name: 'Kirim lewat WhatsApp' })).toHaveAttribute(
			'href',
			/^https:\/\/wa\.me\/\?text=/,
		);
		await expect(fig.getByLabel('Tautan ke grafik ini')).toHaveValue(
			/#grafik-contoh-desa-devisa-nasional$/,
		);
		await expect(fig.getByRole('button', { name: 'Salin tautan' })).toHaveCount(0);
	});
});
