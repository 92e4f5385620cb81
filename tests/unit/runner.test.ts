// The test runner itself: the unit project stays a fast inner loop (no build, no browser, no child
// process), and the two Vitest projects split tests/ between them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
