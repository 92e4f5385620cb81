// npm test — every check: types and format, data, unit tests, build tests (Vitest), a sub-path
// build of the site and a second clean build, from a copy of the project in another folder, that
// must be byte-identical, then browser and built-file tests (Playwright with Debian's Chromium).
//
// The steps run in two lanes at once, so both cores work all along: the site lane builds the site
// and, as soon as it is built, runs the browser tests (the longest step); the other lane runs
// everything else meanwhile. Every step runs even when another failed (except the browser tests
// and the comparison, which need the build). The site lane's output is printed as it comes; each
// other step's output is printed in one piece when it ends. The last lines are a table of when
// each step ran and the count CI reads, `N passed, N failed`: each runner's tests count one each
// (from their JSON reports), every other step counts one.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { buildLogProblems } from '../src/lib/release/build-log.ts';
import { robotsNote } from '../src/lib/release/robots.ts';
import { copyProject, freePort } from '../tests/build/project.ts';
import { writeStamp } from './site-stamp.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.ci-out');
mkdirSync(out, { recursive: true });
const node = process.execPath;
const bin = (pkg, path) => join(root, 'node_modules', pkg, path);
const E2E_BASE = '/lumbung-devisa/';
const SITE_URL = process.env.SITE_URL || 'https://lumbungdevisa.id';
const started = Date.now();
const since = (t) => ((t - started) / 1000).toFixed(0);

let passed = 0;
let failed = 0;
const failures = [];
/** When each step ran, for the table at the end. */
const timings = [];
const children = new Set();

for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		for (const child of children) child.kill(signal);
		console.log(`\nStopped (${signal}).\n${passed} passed, ${failed + 1} failed`);
		process.exit(1);
	});

/**
 * Run one step. `live`: print its output line by line as it comes; otherwise print it in one
 * piece when the step ends (steps of the other lane run meanwhile). Resolves with whether it
 * exited 0 and its output.
 * @returns {Promise<{ ok: boolean, output: string }>}
 */
function step(name, command, args, { env = {}, live = false, cwd = root } = {}) {
	const begin = Date.now();
	console.log(`\n━━ ${name} (started at ${since(begin)} s)`);
	return new Promise((done) => {
		const child = spawn(command, args, {
			cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, TZ: process.env.TZ ?? 'UTC', ...env },
		});
		children.add(child);
		let output = '';
		let pending = '';
		const take = (chunk) => {
			const text = chunk.toString();
			output += text;
			if (!live) return;
			pending += text;
			const end = pending.lastIndexOf('\n');
			if (end >= 0) {
				process.stdout.write(pending.slice(0, end + 1));
				pending = pending.slice(end + 1);
			}
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		const finish = (ok) => {
			children.delete(child);
			const end = Date.now();
			timings.push({ name, begin, end });
			const seconds = ((end - begin) / 1000).toFixed(1);
			const verdict = `━━ ${name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`;
			if (live) process.stdout.write(`${pending}${pending.endsWith('\n') || !pending ? '' : '\n'}`);
			else process.stdout.write(`\n━━ ${name}\n${output}${output.endsWith('\n') ? '' : '\n'}`);
			console.log(verdict);
			done({ ok, output });
		};
		child.on('error', (error) => {
			output += `${error.message}\n`;
			finish(false);
		});
		child.on('close', (code) => finish(code === 0));
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

/** One Vitest project, counted test by test from its JSON report. */
async function vitest(project, label) {
	const report = join(out, `vitest-${project}.json`);
	rmSync(report, { force: true });
	const { ok } = await step(label, node, [
		bin('vitest', 'vitest.mjs'),
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
	]);
	const result = readJson(report);
	if (result) {
		passed += result.numPassedTests ?? 0;
		failed += result.numFailedTests ?? 0;
		if (result.numFailedTests) failures.push(`vitest ${project}: ${result.numFailedTests} failed`);
		if (!ok && !result.numFailedTests) count(`vitest ${project} (suite error)`, false);
	} else count(`vitest ${project} (no report)`, false);
}

count(
	'node version',
	(await step('node version', node, [join(root, 'scripts/check-node.mjs')])).ok,
);

// Two clean builds of the same commit must be byte-identical: fresh content caches, another time
// zone and locale, and the second one run from a copy of the project in another folder (another
// path, depth and name), so anything of the build folder that leaks into the output (an absolute
// path in a feed, a source module URL) makes them differ. The first is the one the browser tests
// serve.
const site = join(out, 'site');
const siteB = join(out, 'site-b');
const caches = [join(out, 'cache-a'), join(out, 'cache-b')];
for (const dir of [...caches, siteB]) rmSync(dir, { recursive: true, force: true });

let markBuilt = (_ok) => {};
/** Resolves once the site lane's build has ended: whether it succeeded. */
const siteBuilt = new Promise((done) => (markBuilt = done));

/** The site lane: the build the browser tests serve, its log, then the browser tests. */
async function siteLane() {
	const startedAt = Date.now();
	const first = await step(`build under ${E2E_BASE}`, node, [join(root, 'scripts/build.mjs')], {
		env: {
			BASE_PATH: E2E_BASE,
			OUT_DIR: site,
			CACHE_DIR: caches[0],
			TZ: 'UTC',
			LANG: 'C.UTF-8',
		},
		live: true,
	});
	markBuilt(first.ok);
	count('build', first.ok);
	// A clean build warns about nothing (a journalist takes any warning for their own mistake), and
	// a sub-path build says where robots.txt has to go.
	const logProblems = buildLogProblems(first.output, E2E_BASE, robotsNote(E2E_BASE, SITE_URL));
	for (const p of logProblems) console.log(`  ${p}`);
	console.log(`━━ build log: ${logProblems.length ? 'FAILED' : 'clean'}`);
	count('clean build log', first.ok && logProblems.length === 0);
	if (!first.ok) {
		count('browser tests (not run: the build failed)', false);
		return;
	}
	// `npm run test:e2e` reuses this build until a source changes (scripts/site-stamp.mjs).
	writeStamp(site, { base: E2E_BASE, startedAt });
	const report = join(out, 'playwright.json');
	rmSync(report, { force: true });
	const { ok } = await step(
		'browser tests (playwright + chromium)',
		node,
		[bin('@playwright/test', 'cli.js'), 'test'],
		{
			env: {
				E2E_SITE: site,
				E2E_BASE,
				// A free port, so a server left over from an interrupted run cannot block this one.
				E2E_PORT: String(await freePort()),
			},
			live: true,
		},
	);
	const pw = readJson(report);
	if (pw?.stats) {
		passed += pw.stats.expected ?? 0;
		const bad = (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0);
		failed += bad;
		if (bad) failures.push(`playwright: ${bad} failed`);
		if (!ok && !bad) count('playwright (suite error)', false);
	} else count('playwright (no report)', false);
}

/** The other lane: everything that needs no build of the checkout, one step after the other. */
async function otherLane() {
	count(
		'astro check',
		(
			await step('astro check', node, [
				bin('astro', 'bin/astro.mjs'),
				'check',
				'--minimumSeverity',
				'warning',
			])
		).ok,
	);
	count(
		'prettier',
		(await step('prettier --check', node, [bin('prettier', 'bin/prettier.cjs'), '--check', '.']))
			.ok,
	);
	count(
		'validate:data',
		(await step('validate:data', node, [join(root, 'scripts/validate-data.ts')])).ok,
	);
	await vitest('unit', 'unit tests (vitest --project unit)');
	const elsewhere = copyProject('lumbung-devisa-second-build-');
	const second = await step(
		`second clean build in another folder (${elsewhere.dir}, TZ=Asia/Jakarta LANG=C)`,
		node,
		[join(elsewhere.dir, 'scripts/build.mjs')],
		{
			env: {
				BASE_PATH: E2E_BASE,
				OUT_DIR: siteB,
				CACHE_DIR: caches[1],
				TZ: 'Asia/Jakarta',
				LANG: 'C',
				LC_ALL: 'C',
			},
		},
	);
	elsewhere.cleanup();
	const built = await siteBuilt;
	count(
		'reproducible build',
		built &&
			second.ok &&
			(
				await step('the two builds are byte-identical', node, [
					join(root, 'scripts/compare-builds.mjs'),
					site,
					siteB,
				])
			).ok,
	);
	for (const dir of [...caches, siteB]) rmSync(dir, { recursive: true, force: true });
	await vitest('build', 'build tests (vitest --project build)');
}

await Promise.all([siteLane(), otherLane()]);

console.log(`\nWhere the time went (${availableParallelism()} cores; seconds from the start):`);
for (const t of timings.sort((a, b) => a.begin - b.begin))
	console.log(
		`  ${since(t.begin).padStart(4)} → ${since(t.end).padStart(4)}  ${((t.end - t.begin) / 1000).toFixed(1).padStart(6)} s  ${t.name}`,
	);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
if (!existsSync(join(root, 'node_modules'))) console.log('(node_modules missing: run npm install)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
