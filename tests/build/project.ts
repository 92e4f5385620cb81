// A throw-away copy of the project for build tests: sources, data and config copied, node_modules
// linked, its own output and cache folders. Lets a test break one file and run a real build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const ITEMS = [
	'src',
	'data',
	'public',
	'scripts',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

/** Copy the project into a new temporary folder; returns its path and a cleanup function. */
export function copyProject(prefix = 'lumbung-build-'): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const item of ITEMS) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Run `astro build` in `dir`; returns exit status and the combined output. */
export function astroBuild(
	dir: string,
	env: Record<string, string> = {},
): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, '.cache'), ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Run `npm run build` (scripts/build.mjs: the atomic build, the filtered output a journalist
 * reads) in `dir`; returns exit status and the combined output.
 */
export function siteBuild(
	dir: string,
	env: Record<string, string> = {},
	args: string[] = [],
): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, '.cache'), ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
