// Which Chromium the browser tests drive. Both are Debian packages of the same Chromium (one
// version, one Blink and V8): `chromium-headless-shell` is the engine without the browser's
// window and UI, which is what Playwright itself runs for headless tests. The full browser's
// headless mode opens a real window for every test's context (with a WebUI renderer of its own):
// with the shell, every page's load and axe audit costs about half as much (`npm run test:e2e`
// on 2 cores: 318 s instead of 542 s). `.ci/run` installs both; the full browser is what
// `npm run bench` runs Lighthouse in. CHROMIUM_PATH chooses another binary.
// Used by playwright.config.ts, tests/build/xss-canaries.test.ts and scripts/bench-release.mjs.
import { existsSync } from 'node:fs';

export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The browser binary for tests: `CHROMIUM_PATH`, else Debian's headless shell when installed,
 * else Debian's full Chromium (slower, same results).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ path: string, note?: string }} `note`: what to install when the slower one is used.
 */
export function testBrowser(env = process.env) {
	if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH };
	if (existsSync(HEADLESS_SHELL)) return { path: HEADLESS_SHELL };
	return {
		path: CHROMIUM,
		note:
			`Note: ${HEADLESS_SHELL} is not installed, so the browser tests run in ${CHROMIUM}, ` +
			'about twice as slow: apt-get install chromium-headless-shell',
	};
}
