// npm test — every check, in order: types and format, data, unit and build tests (Vitest), a
// sub-path build of the site and a second clean build, from a copy of the project in another folder,
// that must be byte-identical, browser and
// built-file tests (Playwright with Debian's Chromium). Every step runs
// even when an earlier one failed (except the browser tests, which need the build), and the last
// line is the count CI reads: `N passed, N failed`, from the runners' JSON reports plus one
// entry per non-runner step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { buildLogProblems } from '../src/lib/release/build-log.ts';
import { robotsNote } from '../src/lib/release/robots.ts';
import { copyProject } from '../tests/build/project.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.ci-out');
mkdirSync(out, { recursive: true });
const node = process.execPath;
const bin = (pkg, path) => join(root, 'node_modules', pkg, path);
const E2E_BASE = '/lumbung-devisa/';
const SITE_URL = process.env.SITE_URL || 'https://lumbungdevisa.id';

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, env = {}) {
	console.log(`\n━━ ${name}`);
	const started = Date.now();
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, TZ: process.env.TZ ?? 'UTC', ...env },
	});
	const ok = result.status === 0;
	console.log(
		`━━ ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
	);
	return ok;
}

/** Like {@link step}, printing the command's output once it ends and returning it too. */
function stepOutput(name, command, args, env = {}) {
	console.log(`\n━━ ${name}`);
	const started = Date.now();
	const result = spawnSync(command, args, {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, TZ: process.env.TZ ?? 'UTC', ...env },
	});
	process.stdout.write(result.stdout ?? '');
	process.stderr.write(result.stderr ?? '');
	const ok = result.status === 0;
	console.log(
		`━━ ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
	);
	return { ok, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}` };
}

/** A TCP port nothing listens on at the moment, on 127.0.0.1. */
function freePort() {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => done(port));
		});
	});
}

function count(name, ok) {
	if (ok) passed++;
	else {
		failed++;
		failures.push(name);
	}
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

count('node version', step('node version', node, [join(root, 'scripts/check-node.mjs')]));
count(
	'astro check',
	step('astro check', node, [
		bin('astro', 'bin/astro.mjs'),
		'check',
		'--minimumSeverity',
		'warning',
	]),
);
count(
	'prettier',
	step('prettier --check', node, [bin('prettier', 'bin/prettier.cjs'), '--check', '.']),
);
count('validate:data', step('validate:data', node, [join(root, 'scripts/validate-data.ts')]));

const vitestReport = join(out, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestOk = step('unit and build tests (vitest)', node, [
	bin('vitest', 'vitest.mjs'),
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
	passed += vitest.numPassedTests ?? 0;
	failed += vitest.numFailedTests ?? 0;
	if (vitest.numFailedTests) failures.push(`vitest: ${vitest.numFailedTests} failed`);
	if (!vitestOk && !vitest.numFailedTests) count('vitest (suite error)', false);
} else count('vitest (no report)', false);

// Two clean builds of the same commit must be byte-identical: fresh content caches, another time
// zone and locale, and the second one run from a copy of the project in another folder (another
// path, depth and name), so anything of the build folder that leaks into the output (an absolute
// path in a feed, a source module URL) makes them differ. The first is the one the browser tests
// serve.
const site = join(out, 'site');
const siteB = join(out, 'site-b');
const caches = [join(out, 'cache-a'), join(out, 'cache-b')];
for (const dir of [...caches, siteB]) rmSync(dir, { recursive: true, force: true });
const first = stepOutput(`build under ${E2E_BASE}`, node, [join(root, 'scripts/build.mjs')], {
	BASE_PATH: E2E_BASE,
	OUT_DIR: site,
	CACHE_DIR: caches[0],
	TZ: 'UTC',
	LANG: 'C.UTF-8',
});
const built = first.ok;
count('build', built);
// A clean build warns about nothing (a journalist takes any warning for their own mistake), and a
// sub-path build says where robots.txt has to go.
const logProblems = buildLogProblems(first.output, E2E_BASE, robotsNote(E2E_BASE, SITE_URL));
for (const p of logProblems) console.log(`  ${p}`);
console.log(`━━ build log: ${logProblems.length ? 'FAILED' : 'clean'}`);
count('clean build log', built && logProblems.length === 0);
const elsewhere = copyProject('lumbung-devisa-second-build-');
const builtB = step(
	`second clean build in another folder (${elsewhere.dir}, TZ=Asia/Jakarta LANG=C)`,
	node,
	[join(elsewhere.dir, 'scripts/build.mjs')],
	{
		BASE_PATH: E2E_BASE,
		OUT_DIR: siteB,
		CACHE_DIR: caches[1],
		TZ: 'Asia/Jakarta',
		LANG: 'C',
		LC_ALL: 'C',
	},
);
elsewhere.cleanup();
count(
	'reproducible build',
	built &&
		builtB &&
		step('the two builds are byte-identical', node, [
			join(root, 'scripts/compare-builds.mjs'),
			site,
			siteB,
		]),
);
for (const dir of [...caches, siteB]) rmSync(dir, { recursive: true, force: true });

if (built) {
	const report = join(out, 'playwright.json');
	rmSync(report, { force: true });
	const e2eOk = step(
		'browser tests (playwright + chromium)',
		node,
		[bin('@playwright/test', 'cli.js'), 'test'],
		{
			E2E_SITE: site,
			E2E_BASE,
			// A free port, so a server left over from an interrupted run cannot block this one.
			E2E_PORT: String(await freePort()),
		},
	);
	const pw = readJson(report);
	if (pw?.stats) {
		passed += pw.stats.expected ?? 0;
		const bad = (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0);
		failed += bad;
		if (bad) failures.push(`playwright: ${bad} failed`);
		if (!e2eOk && !bad) count('playwright (suite error)', false);
	} else count('playwright (no report)', false);
} else {
	count('browser tests (not run: the build failed)', false);
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
if (!existsSync(join(root, 'node_modules'))) console.log('(node_modules missing: run npm install)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
