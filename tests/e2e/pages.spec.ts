import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { sitePages } from './pages.ts';

// The release gate in a real browser: every page of the built site (both languages, served under
// the sub-path with the headers we ship), at a phone width and a desktop width, must load with
// no console error, no failed same-origin request, no request to another host, no violation of
// the Content-Security-Policy it carries, and no axe violation of WCAG 2.2 A/AA.

const WIDTHS = [390, 1280] as const;
/**
 * axe rules switched off, each with the reason (none today). Keep this list short and explained:
 * an entry here hides a class of defect on every page.
 */
const AXE_EXCLUDED_RULES: Record<string, string> = {};

/** The audit of the page as it is now: one line per violated rule, with up to three elements. */
async function audit(page: Page, label: string): Promise<string[]> {
	const violations = await axeViolations(page, { disable: Object.keys(AXE_EXCLUDED_RULES) });
	return violations.map(
		(v) =>
			`${label} axe ${v.id}: ${v.help} — ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`,
	);
}

const pages = sitePages();
// Each page is loaded twice and audited twice; axe takes seconds on long pages of a busy machine.
test.describe.configure({ timeout: 120_000 });

test('the page list covers the sitemap in both languages plus the unlisted pages', () => {
	const paths = pages.map((p) => p.path);
	expect(paths.length).toBeGreaterThan(50);
	expect(paths).toContain('');
	expect(paths).toContain('en/');
	expect(paths.some((p) => p.startsWith('cerita/'))).toBe(true);
	expect(paths.some((p) => p.startsWith('en/stories/'))).toBe(true);
	expect(pages.some((p) => p.status === 404)).toBe(true);
});

test('the audit reports WCAG A/AA violations and only those', async ({ page }) => {
	// An image without text (WCAG 1.1.1) and a page without a language (3.1.1); no <h1> and
	// content outside landmarks are axe best practices, not WCAG failures.
	await page.setContent('<!doctype html><title>t</title><p>text</p><img src="data:,">');
	const ids = (await audit(page, 'fixture')).map((v) => v.split(':')[0]);
	expect(ids).toEqual(['fixture axe html-has-lang', 'fixture axe image-alt']);
});

test('the audit reads each state as it ends, not halfway through a fade', async ({ page }) => {
	// Dark text starting a 2-second fade-in as the audit starts: read as it is then, its contrast
	// would fail (WCAG 1.4.3).
	await page.setContent(
		'<!doctype html><html lang="en"><title>t</title><style>p{color:#222;transition:opacity 2s linear}' +
			'p.hidden{opacity:0}</style><main><p class="hidden">Fading in</p></main>',
	);
	await page.evaluate(() => {
		const p = document.querySelector('p') as Element;
		p.classList.remove('hidden');
		getComputedStyle(p).opacity; // the transition starts now
	});
	expect(await audit(page, 'fade')).toEqual([]);
});

/**
 * Until no request of the page is in flight. The count is kept in this process (no round trip
 * to the browser), so it is read every 25 ms instead of expect.poll's 100, 250, 500 ms steps.
 */
const settled = (inflight: () => number) =>
	expect.poll(inflight, { message: 'requests still in flight', intervals: [25] }).toBe(0);

/** Bring every lazy island to life: scroll each one into view and let its requests finish. */
async function wakeIslands(page: Page, inflight: () => number): Promise<void> {
	const lazy = page.locator('ld-village-map[data-live] .map-canvas');
	const count = await lazy.count();
	// The map module loads after the first paint; a map scrolled past before it is defined only
	// mounts when it comes into view again.
	if (count) await page.waitForFunction(() => Boolean(customElements.get('ld-village-map')));
	for (let i = 0; i < count; i++) await lazy.nth(i).scrollIntoViewIfNeeded();
	// IntersectionObserver callbacks run at the next rendering steps; then wait for the network.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	await settled(inflight);
	if (count) {
		await expect(page.locator('ld-village-map[data-live] .map-canvas:not(.is-live)')).toHaveCount(
			0,
		);
		await settled(inflight);
	}
}

for (const entry of pages) {
	const title = `${entry.path || '(front page)'}${entry.extra ? ` [${entry.extra}]` : ''}`;
	test(`${title}: loads clean at ${WIDTHS.join(' and ')} px, axe finds nothing`, async ({
		page,
		baseURL,
	}) => {
		const origin = new URL(baseURL ?? '').origin;
		const pageUrl = new URL(entry.path, baseURL).href;
		const problems: string[] = [];
		let inflight = 0;
		page.on('request', (r) => {
			inflight++;
			const url = new URL(r.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
				problems.push(`request to another host: ${r.url()}`);
		});
		page.on('requestfinished', () => inflight--);
		page.on('requestfailed', (r) => {
			inflight--;
			// A cancelled request (a navigation, or a map dropping a boundary file it no longer
			// needs) is ERR_ABORTED: the browser's or the page's choice. A missing file is an HTTP
			// status, reported below.
			if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
			problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
		});
		page.on('response', (r) => {
			const expected = r.url() === pageUrl ? entry.status : 200;
			if (r.status() >= 400 && r.status() !== expected)
				problems.push(`HTTP ${r.status()}: ${r.url()}`);
		});
		page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
		page.on('console', (m) => {
			if (m.type() !== 'error') return;
			// Chromium reports the 404 page's own status as a console error; that one is expected.
			if (entry.status === 404 && m.location().url === pageUrl && /\b404\b/.test(m.text())) return;
			problems.push(`console error: ${m.text()} (${m.location().url})`);
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
			);
		});

		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			const res = await page.goto(pageUrl);
			expect(res?.status(), `${width}px: status`).toBe(entry.status);
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
			if (entry.ready) await expect(page.locator(entry.ready).first()).toBeVisible();
			await wakeIslands(page, () => inflight);
			const violations = await audit(page, `${width}px`);
			// axe scrolls elements into view to read their colours, which can wake a lazy map: let
			// what that started finish (or fail, reported) before the next navigation aborts it.
			await settled(() => inflight);
			expect(violations, `${width}px`).toEqual([]);
		}
		expect(problems).toEqual([]);
	});
}
