// One bad cell in a real dataset must stop `astro build` with the located message and a
// non-zero exit (Astro's own file() loader would only log it and ship stale rows).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'lumbung-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('astro build fails on a bad CSV cell with file:line:col and exit code 1', () => {
	for (const item of [
		'src',
		'data',
		'public',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
	]) {
		cpSync(join(ROOT, item), join(work, item), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
	const file = join(work, 'data/villages.csv');
	const lines = readFileSync(file, 'utf8').split('\n');
	const header = lines[0]?.split(',') ?? [];
	const latCol = header.indexOf('lat');
	expect(latCol).toBeGreaterThan(-1);
	// Line 3 of the file is the second village; give it an Indonesian decimal comma.
	const cells = lines[2]?.split(',') ?? [];
	const lat = cells[latCol] ?? '';
	cells[latCol] = lat.replace('.', ',');
	lines[2] = cells.map((c, i) => (i === latCol ? `"${c}"` : c)).join(',');
	writeFileSync(file, lines.join('\n'));

	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: work,
		encoding: 'utf8',
		env: { ...process.env, OUT_DIR: join(work, 'dist') },
	});
	const output = `${result.stdout}\n${result.stderr}`;
	expect(result.status).not.toBe(0);
	expect(output).toContain(
		`data/villages.csv:3:${latCol + 1}: error type-error [villages.lat] "${lat.replace('.', ',')}" is not a number`,
	);
	expect(output).toMatch(/hint: Indonesian decimal comma\?/);
}, 180_000);
