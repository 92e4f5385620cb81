// Is a build of the site for the browser tests still good? A build of `<dir>` leaves a stamp
// beside it, `<dir>.build.json`: the base path it was built for and when the build started. It
// is stale when it is missing, was built for another base path, or any file the build reads
// (sources, data, static files, config, lockfile, the build script) changed after it started.
// Used by scripts/e2e.mjs (npm run test:e2e), scripts/test.mjs and playwright.config.ts.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `astro build` (through scripts/build.mjs) reads, relative to the project root. */
export const BUILD_INPUTS = [
	'src',
	'data',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
	'scripts/build.mjs',
];

/**
 * The most recently modified file among {@link BUILD_INPUTS} under `root`.
 * @param {string} root
 * @returns {{ file: string, mtimeMs: number } | undefined}
 */
export function newestInput(root) {
	let newest;
	const visit = (path) => {
		const stat = statSync(path);
		if (stat.isDirectory()) {
			for (const name of readdirSync(path)) visit(join(path, name));
		} else if (!newest || stat.mtimeMs > newest.mtimeMs) {
			newest = { file: relative(root, path).split('\\').join('/'), mtimeMs: stat.mtimeMs };
		}
	};
	for (const item of BUILD_INPUTS) if (existsSync(join(root, item))) visit(join(root, item));
	return newest;
}

/** @param {string} site */
const stampFile = (site) => `${site.replace(/[\\/]+$/, '')}.build.json`;

/**
 * Record that a build of `site` for `base` started at `startedAt` (ms) and succeeded.
 * @param {string} site
 * @param {{ base: string, startedAt: number }} stamp
 */
export function writeStamp(site, stamp) {
	writeFileSync(stampFile(site), `${JSON.stringify(stamp)}\n`);
}

/**
 * Why the build in `site` cannot be used for `base`, in a few words, or undefined when it can.
 * @param {string} root the project
 * @param {string} site the built site
 * @param {string} base the base path the tests serve it under
 * @returns {string | undefined}
 */
export function staleReason(root, site, base) {
	if (!existsSync(join(site, 'index.html'))) return 'there is no build yet';
	let stamp;
	try {
		stamp = JSON.parse(readFileSync(stampFile(site), 'utf8'));
	} catch {
		return 'it carries no record of when and for which base path it was built';
	}
	if (stamp.base !== base) return `it was built for ${stamp.base}, the tests serve ${base}`;
	const newest = newestInput(root);
	if (newest && newest.mtimeMs >= stamp.startedAt)
		return `${newest.file} changed after it was built`;
	return undefined;
}
