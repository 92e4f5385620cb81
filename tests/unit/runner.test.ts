// The test runner itself: the unit project stays a fast inner loop (no build, no browser, no child
// process), the two Vitest projects split tests/ between them, and `npm run test:e2e` knows when
// the build it would test is stale (scripts/site-stamp.mjs).
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-ignore: a plain .mjs script (typed by JSDoc where JavaScript is checked)
import { BUILD_INPUTS, newestInput, staleReason, writeStamp } from '../../scripts/site-stamp.mjs';
import config from '../../vitest.config.ts';

const ROOT = join(import.meta.dirname, '../..');

function testFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.test.ts'))
		.map((f) => `${dir}/${f.split('\\').join('/')}`);
}

describe('the unit project', () => {
	// What a build, a browser or a script run needs; tests/build/ is where such tests go.
	const FORBIDDEN: [RegExp, string][] = [
		[/from ['"]node:child_process['"]/, 'starts a process'],
		[/from ['"](@playwright\/test|playwright(-core)?)['"]/, 'drives a browser'],
		[/\b(astroBuild|copyProject)\(/, 'copies the project to build it'],
		[/astro\/bin\/astro\.mjs|scripts\/build\.mjs/, 'runs astro or the build script'],
	];

	it('holds no test that builds the site, starts a browser or runs a process', () => {
		const found: string[] = [];
		for (const file of testFiles('tests/unit')) {
			const text = readFileSync(join(ROOT, file), 'utf8');
			for (const [pattern, what] of FORBIDDEN)
				if (pattern.test(text) && file !== 'tests/unit/runner.test.ts')
					found.push(`${file} ${what}: move it to tests/build/`);
		}
		expect(found).toEqual([]);
	});

	it('and the build project split tests/ between them: every test file in exactly one', () => {
		const projects = (config.test?.projects ?? []) as {
			test: { name: string; include: string[] };
		}[];
		expect(projects.map((p) => p.test.name)).toEqual(['unit', 'build']);
		const matches = (glob: string, file: string) =>
			new RegExp(`^${glob.replace(/\*\*\//g, '(.*/)?').replace(/\*/g, '[^/]*')}$`).test(file);
		const files = [...testFiles('tests/unit'), ...testFiles('tests/build')];
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			const owners = projects.filter((p) => p.test.include.some((g) => matches(g, file)));
			expect(
				owners.map((p) => p.test.name),
				file,
			).toEqual([file.startsWith('tests/unit/') ? 'unit' : 'build']);
		}
	});
});

describe('staleReason(root, site, base)', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	});

	/** A project with a source file and a data file, and a built site beside it. */
	function project(): { root: string; site: string } {
		const root = mkdtempSync(join(tmpdir(), 'lumbung-stamp-'));
		dirs.push(root);
		mkdirSync(join(root, 'src/pages'), { recursive: true });
		mkdirSync(join(root, 'data'));
		writeFileSync(join(root, 'src/pages/index.astro'), '<p>a</p>');
		writeFileSync(join(root, 'data/villages.csv'), 'id\n1\n');
		const site = join(root, '.ci-out/site');
		mkdirSync(site, { recursive: true });
		writeFileSync(join(site, 'index.html'), '<p>a</p>');
		const past = new Date(Date.now() - 60_000);
		for (const f of ['src/pages/index.astro', 'data/villages.csv'])
			utimesSync(join(root, f), past, past);
		return { root, site };
	}

	it('accepts a build stamped after every input changed, for the same base path', () => {
		const { root, site } = project();
		writeStamp(site, { base: '/lumbung-devisa/', startedAt: Date.now() });
		expect(staleReason(root, site, '/lumbung-devisa/')).toBeUndefined();
	});

	it('names the file that changed since the build started', () => {
		const { root, site } = project();
		writeStamp(site, { base: '/lumbung-devisa/', startedAt: Date.now() - 1000 });
		writeFileSync(join(root, 'data/villages.csv'), 'id\n2\n');
		expect(staleReason(root, site, '/lumbung-devisa/')).toBe(
			'data/villages.csv changed after it was built',
		);
		expect(newestInput(root)?.file).toBe('data/villages.csv');
	});

	it('refuses a build for another base path, one without a stamp, and no build', () => {
		const { root, site } = project();
		expect(staleReason(root, site, '/')).toMatch(/no record/);
		writeStamp(site, { base: '/', startedAt: Date.now() });
		expect(staleReason(root, site, '/lumbung-devisa/')).toBe(
			'it was built for /, the tests serve /lumbung-devisa/',
		);
		rmSync(join(site, 'index.html'));
		expect(staleReason(root, site, '/')).toBe('there is no build yet');
	});

	it('watches what scripts/build.mjs reads, and only paths that exist', () => {
		for (const item of ['src', 'data', 'public', 'astro.config.mjs', 'package-lock.json'])
			expect(BUILD_INPUTS).toContain(item);
		for (const item of BUILD_INPUTS) expect(existsSync(join(ROOT, item)), item).toBe(true);
	});
});
