import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects. `unit` (npm run test:unit) is the inner loop: pure logic, no build, no browser,
// no child process (tests/unit/runner.test.ts keeps it so). `build` (npm run test:build) runs
// real builds of throw-away copies of the project, the intake scripts and Chromium.
// Vitest's default in `run` mode is one worker fewer than the cores: one file at a time on a
// 2-core machine. Both projects use every core. Unit files share their worker threads' modules
// (isolate: false): importing the data layer, d3 and the MDX parser once per worker instead of
// once per file cuts the project's CPU time from about 48 s to 16 s; a unit test must therefore
// leave no global state behind (environment variables, module caches it filled on purpose).
const cores = availableParallelism();

export default defineConfig({
	test: {
		environment: 'node',
		maxWorkers: cores,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					pool: 'threads',
					isolate: false,
					testTimeout: 20_000,
				},
			},
			{
				extends: true,
				// Their tests start processes (node scripts, builds, Chromium) while npm test runs the
				// browser tests beside them: a test without its own timeout gets a minute.
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 },
			},
		],
	},
});
