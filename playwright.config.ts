// Browser tests: Debian's Chromium (never a downloaded browser) against the built site served
// under a sub-path by scripts/serve.mjs, which applies the site's own _headers like a CDN would.
// scripts/test.mjs builds the site into .ci-out/site first; run `npm test` rather than this alone.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4329);
export const E2E_BASE = process.env.E2E_BASE ?? '/lumbung-devisa/';
const SITE = process.env.E2E_SITE ?? '.ci-out/site';

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
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
