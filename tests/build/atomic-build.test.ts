// A failing build must leave the previous output exactly as it was (scripts/build.mjs builds into
// a temporary folder beside the target and swaps only on success), and leave no temporary folder.
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
// @ts-ignore: a plain .mjs script (typed by JSDoc where JavaScript is checked)
import { hashTree } from '../../scripts/compare-builds.mjs';
import { copyProject, ROOT } from './project.ts';

const project = copyProject('lumbung-atomic-');
afterAll(project.cleanup);

const out = join(project.dir, 'release', 'dist');
mkdirSync(join(out, 'cerita'), { recursive: true });
writeFileSync(join(out, 'index.html'), '<!doctype html><title>yesterday</title>');
writeFileSync(join(out, 'cerita', 'index.html'), '<p>the previous release</p>');
const before = hashTree(out);

function build(): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
		cwd: project.dir,
		encoding: 'utf8',
		env: { ...process.env, OUT_DIR: out, CACHE_DIR: join(project.dir, '.cache') },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function expectUntouched(): void {
	expect(hashTree(out)).toEqual(before);
	// Only the target remains beside it: no half-written temporary build.
	expect(readdirSync(join(project.dir, 'release'))).toEqual(['dist']);
}

it('a build failing on bad data exits 1 and leaves the previous dist/ untouched', () => {
	// A ragged row: the data layer rejects it while Astro loads content.
	appendFileSync(join(project.dir, 'data/villages.csv'), 'broken,row\n');
	const { status, output } = build();
	copyFileSync(join(ROOT, 'data/villages.csv'), join(project.dir, 'data/villages.csv'));
	expect(status).toBe(1);
	expect(output).toContain('data/villages.csv:');
	expect(output).toContain('dibiarkan seperti sebelumnya');
	expectUntouched();
}, 180_000);

it('a build failing while pages are being written leaves the previous dist/ untouched', () => {
	// A route that throws when rendered: Astro has already written other pages by then.
	writeFileSync(
		join(project.dir, 'src/pages/zz-gagal.astro'),
		"---\nthrow new Error('render failure planted by the atomic-build test');\n---\n",
	);
	const { status, output } = build();
	expect(status).toBe(1);
	expect(output).toContain('render failure planted by the atomic-build test');
	expectUntouched();
}, 180_000);
