// npm run build — build the site atomically, then index it for search.
//
// Astro writes into a fresh temporary folder; Pagefind indexes it; only when both succeed is the
// previous output replaced (rename, then delete). A failed or interrupted build (Ctrl+C, SIGTERM)
// stops every process it started and leaves the previous dist/ exactly as it was, and exits
// non-zero. Temporary folders live in node_modules/.lumbung-build/ (which `npm run dev` does not
// watch) when that is on the same disk as the target, else beside the target; leftovers of an
// earlier interrupted build are removed on the next one.
//
// Target: dist/ (or OUT_DIR). BASE_PATH=/sub/path/ builds for a sub-path.
//
// What a journalist reads: the located report of the data and story checks, and this script's
// own lines, in Indonesian (LUMBUNG_LANG=en for English). Astro's guessed "Location:", stack
// traces through the build's code and unrelated hints are left out (src/lib/release/
// build-output.ts); `npm run build -- --debug` shows Astro's output as it is.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
// First, in plain words, when Node is too old (it exits); then what needs a recent Node. One
// command, not `check && build`: npm's shell then runs node itself, so a signal sent to
// `npm run build` reaches this script.
import './check-node.mjs';
const { normaliseBasePath } = await import('../src/lib/base-path.ts');
const { langSetting, renderText, say } = await import('../src/lib/messages/index.ts');
const { OutputFilter } = await import('../src/lib/release/build-output.ts');

const debug = process.argv.includes('--debug');
let lang = 'id';
try {
	lang = langSetting(process.env) ?? 'id';
} catch (error) {
	console.error(error.message);
	process.exit(1);
}
/** A catalogued line in the reader's language. */
const t = (key, params) => renderText(say(key, params), lang);

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.OUT_DIR || 'dist');
const parent = dirname(target);
mkdirSync(parent, { recursive: true });

const base = normaliseBasePath(process.env.BASE_PATH);
if (!base.ok) {
	console.error(`\n${base.message}.\n${t('build.nothing-built')}`);
	process.exit(1);
}
if (base.note) console.log(`${base.note}.`);

const scratch = join(root, 'node_modules', '.lumbung-build');
mkdirSync(scratch, { recursive: true });
const sameDisk = statSync(scratch).dev === statSync(parent).dev;
const tempRoot = sameDisk ? scratch : parent;
const prefix = `.dist-${basename(target)}-`;
const stamp = `${process.pid}-${Date.now()}`;
const temp = join(tempRoot, `${prefix}${stamp}`);
const old = join(tempRoot, `${prefix}old-${stamp}`);

/** True while process `pid` exists. */
function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

// Leftovers of builds that were killed before they could clean up (their process is gone).
for (const dir of new Set([scratch, parent])) {
	for (const name of existsSync(dir) ? readdirSync(dir) : []) {
		const m = /^\.dist-.+?-(?:old-)?(\d+)-\d+$/.exec(name);
		if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) {
			rmSync(join(dir, name), { recursive: true, force: true });
		}
	}
}

let child;
let stopping = false;

function stop(signal) {
	if (stopping) return;
	stopping = true;
	console.error(`\n${t('build.interrupted', { signal })}`);
	// The child leads its own process group: this stops Astro and every worker it started.
	if (child?.pid && child.exitCode === null) {
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {}
	}
	const finish = () => {
		rmSync(temp, { recursive: true, force: true });
		console.error(existsSync(target) ? t('build.kept', { target }) : t('build.nothing'));
		process.exit(signal === 'SIGINT' ? 130 : 143);
	};
	if (child && child.exitCode === null) {
		child.once('exit', finish);
		// A process that ignores SIGTERM is killed after 5 s.
		setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {}
		}, 5000).unref();
	} else finish();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// `npm run build` runs this script under a shell; a SIGTERM sent to npm ends npm and the shell
// but not this process, which would finish and replace dist/. When the parent goes, stop too.
const parentPid = process.ppid;
setInterval(() => {
	if (process.ppid !== parentPid) stop('parent process exited');
}, 500).unref();

let hidden = 0;

/** Copy a child's output stream to ours through an {@link OutputFilter}. */
function relay(stream, out) {
	const filter = new OutputFilter();
	const write = (lines) => {
		for (const l of lines) out.write(`${l}\n`);
	};
	const lines = createInterface({ input: stream, crlfDelay: Infinity });
	lines.on('line', (l) => write(filter.line(l)));
	return new Promise((done) =>
		lines.on('close', () => {
			write(filter.end());
			hidden += filter.hidden;
			done();
		}),
	);
}

function run(command, args, env = {}, filtered = false) {
	return new Promise((done) => {
		if (stopping) return done(false);
		const piped = filtered && !debug;
		child = spawn(command, args, {
			cwd: root,
			stdio: piped ? ['inherit', 'pipe', 'pipe'] : 'inherit',
			detached: true,
			// Colours as on a terminal, though the output now passes through this script.
			env: {
				...process.env,
				...(piped && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
				...env,
			},
		});
		const relayed = piped
			? Promise.all([relay(child.stdout, process.stdout), relay(child.stderr, process.stderr)])
			: Promise.resolve();
		child.on('exit', (code) => relayed.then(() => done(code === 0 && !stopping)));
		child.on('error', () => done(false));
	});
}

// Astro writes the content collection's module map into .astro/ (not configurable), without
// drafts in a build: a running `npm run dev` would then fail to render a draft story it is
// previewing. The files are put back as they were once the build is done.
const dotAstro = ['content-modules.mjs', 'content-assets.mjs'].map((name) => {
	const path = join(root, '.astro', name);
	return { path, text: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
});
const restoreDotAstro = () => {
	for (const { path, text } of dotAstro) if (text !== undefined) writeFileSync(path, text);
};
process.on('exit', restoreDotAstro);

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const pagefind = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
const ok =
	(await run(process.execPath, [astro, 'build'], { OUT_DIR: temp, BASE_PATH: base.base }, true)) &&
	(await run(process.execPath, [
		pagefind,
		'--site',
		temp,
		'--output-subdir',
		'pagefind',
		'--silent',
	]));
if (stopping) await new Promise(() => {}); // stop() exits once the child is gone
if (!ok) {
	rmSync(temp, { recursive: true, force: true });
	const what = existsSync(target) ? t('build.kept', { target }) : t('build.nothing');
	console.error(`\n${t('build.failed', { what })}`);
	if (hidden) console.error(t('build.debug'));
	process.exit(1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(temp, target);
rmSync(old, { recursive: true, force: true });
console.log(
	`\n${t('build.built', { target, base: base.base !== '/' ? say('build.for-base', { base: base.base }) : '' })}`,
);
