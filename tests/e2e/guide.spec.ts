import { expect, test } from '@playwright/test';
import { COMPONENT_SPECS } from '../../src/lib/mdx/registry.ts';
import { axeViolations } from './axe.ts';

// The component gallery (/panduan/komponen/): every component of the registry with its props
// table, its MDX and a live result; kept out of search engines, the sitemap and the site search.

test.describe('the component gallery', () => {
	test('lists every registry component with its props, its MDX and a live example', async ({
		page,
	}) => {
		await page.goto('panduan/komponen/');
		await expect(page.locator('h1')).toHaveText('Galeri komponen');
		for (const spec of COMPONENT_SPECS.values()) {
			const entry = page.locator(`#komponen-${spec.name.toLowerCase()}`);
			await expect(entry, spec.name).toHaveCount(1);
			await expect(entry.locator('table.props tbody tr')).toHaveCount(
				Object.keys(spec.props).length,
			);
			for (const [name, prop] of Object.entries(spec.props)) {
				const row = entry.locator('table.props tbody tr', {
					has: page.locator(`th code:text-is("${name}")`),
				});
				await expect(row.locator('td').nth(1)).toHaveText(prop.required ? 'ya' : 'tidak');
			}
			await expect(entry.locator('pre code').first()).toHaveText(spec.example);
			// The live result is either right here or in the chart and map examples it links to.
			const here = await entry.locator('.result').count();
			if (here === 0) {
				const href = await entry.locator('a[href^="#"]').last().getAttribute('href');
				const section = page.locator(href ?? '#none').locator('xpath=..');
				await expect(
					section.locator('pre code', { hasText: `<${spec.name}` }).first(),
				).toBeVisible();
			}
		}
	});

	test('text examples render the exact MDX shown with real, formatted numbers', async ({
		page,
	}) => {
		await page.goto('panduan/komponen/');
		const value = page.locator('#komponen-value .example').first();
		await expect(value.locator('pre code')).toContainText('<Value dataset="dd-national"');
		await expect(value.locator('.result')).toHaveText(/^\d{1,3}(\.\d{3})* desa\s*↗ desa devisa$/);
		const table = page.locator('#komponen-datatable .result table').first();
		await expect(table.locator('tbody tr').first()).toBeVisible();
		await expect(page.locator('#komponen-cite .result sup.cite a').first()).toHaveAttribute(
			'href',
			/\/data\/sources\/#sumber-/,
		);
	});

	test('is for journalists only: noindex, not in the sitemap, not indexed for search', async ({
		page,
		request,
		baseURL,
	}) => {
		await page.goto('panduan/komponen/');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
		await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
		const index = await (await request.get(`${baseURL}sitemap-index.xml`)).text();
		for (const loc of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			const map = await (
				await request.get(new URL(new URL(loc[1] ?? '').pathname, baseURL).href)
			).text();
			expect(map).not.toContain('/panduan/');
		}
	});

	test('has no accessibility violations', async ({ page }) => {
		// A long page (every chart and map example): axe needs more than the default 30 s.
		test.setTimeout(120_000);
		await page.goto('panduan/komponen/');
		const violations = await axeViolations(page);
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	});
});
