// npm run build — build the site atomically, then index it for search.
//
// Astro writes into a fresh temporary folder beside the target; Pagefind indexes it; only when
// both succeed is the previous output replaced (rename, then delete). A failed build leaves the
// previous dist/ exactly as it was, and exits non-zero.
//
// Target: dist/ (or OUT_DIR). BASE_PATH=/sub/path/ builds for a sub-path.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.OUT_DIR || 'dist');
const parent = dirname(target);
const stamp = `${process.pid}-${Date.now()}`;
const temp = join(parent, `.dist-${basename(target)}-${stamp}`);
const old = join(parent, `.dist-${basename(target)}-old-${stamp}`);

function run(command, args, env = {}) {
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env },
	});
	return result.status === 0;
}

mkdirSync(parent, { recursive: true });
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const ok =
	run(process.execPath, [astro, 'build'], { OUT_DIR: temp }) &&
	run(process.execPath, [pagefind, '--site', temp, '--output-subdir', 'pagefind', '--silent']);
if (!ok) {
	rmSync(temp, { recursive: true, force: true });
	console.error(
		`\nBuild failed: ${existsSync(target) ? `${target} was left as it was` : 'nothing was written'}.`,
	);
	process.exit(1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(temp, target);
rmSync(old, { recursive: true, force: true });
console.log(`\nBuilt ${target}${process.env.BASE_PATH ? ` for ${process.env.BASE_PATH}` : ''}.`);
