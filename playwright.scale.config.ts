// `npm run test:scale` (scripts/test-scale.mjs): the browser tests of the 20,000-village build —
// tests/scale/ and the page gates of tests/e2e/pages.spec.ts (the script picks the pages with
// --grep) — with the settings of playwright.config.ts.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
	...base,
	testDir: 'tests',
	testMatch: ['scale/**/*.spec.ts', 'e2e/pages.spec.ts'],
	reporter: [['list'], ['json', { outputFile: '.ci-out/scale-playwright.json' }]],
});
