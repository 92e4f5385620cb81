// Browser tests: Debian's Chromium (never a downloaded browser) against the built site served
// under a sub-path by scripts/serve.mjs, which applies the site's own _headers like a CDN would.
// `npm run test:e2e` builds the site into .ci-out/site when needed and runs this; `npm test`
// builds it itself. Run directly (`npx playwright test`), it needs that build to exist.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { testBrowser } from './scripts/chromium.mjs';
import { staleReason } from './scripts/site-stamp.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4329);
export const E2E_BASE = process.env.E2E_BASE ?? '/lumbung-devisa/';
const SITE = resolve(process.env.E2E_SITE ?? '.ci-out/site');
const browser = testBrowser();

// Without a build, the server would never answer and Playwright would say only "Timed out
// waiting … from config.webServer": say what to run instead. (Workers load this file too.)
if (!process.env.TEST_WORKER_INDEX) {
	if (!existsSync(join(SITE, 'index.html')))
		throw new Error(
			`No built site at ${SITE}. Run \`npm run test:e2e\` (it builds the site when needed), ` +
				`or build it yourself: BASE_PATH=${E2E_BASE} OUT_DIR=${SITE} npm run build`,
		);
	if (browser.note) console.warn(browser.note);
	const stale = staleReason(import.meta.dirname, SITE, E2E_BASE);
	if (stale)
		console.warn(
			`Note: testing the build in ${SITE} although ${stale}; \`npm run test:e2e\` rebuilds it.`,
		);
}

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	forbidOnly: true,
	reporter: [['list'], ['json', { outputFile: '.ci-out/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}${E2E_BASE}`,
		viewport: { width: 1280, height: 900 },
		launchOptions: {
			executablePath: browser.path,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		command: `node scripts/serve.mjs ${SITE} --base ${E2E_BASE} --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}${E2E_BASE}`,
		reuseExistingServer: false,
		timeout: 20_000,
	},
});
