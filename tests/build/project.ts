// A throw-away copy of the project for build tests, browser tests and benchmarks: sources, data and
// config copied, node_modules linked, its own output and cache folders. Lets a test break one file
// and run a real build, or run `astro dev` on it (startDev).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
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

/**
 * Copy the project into a new temporary folder; returns its path and a cleanup function. With
 * `privateModules`, node_modules is a folder of links to each package instead of one link, so
 * the caches Vite and Astro keep there (`.vite`, `.astro`) are the copy's own: what `astro dev`
 * on a copy needs.
 */
export function copyProject(
	prefix = 'lumbung-build-',
	{ privateModules = false } = {},
): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const item of ITEMS) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
	if (privateModules) linkModules(dir);
	else symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Make `dir/node_modules` a folder of links to each of the checkout's packages (replacing a link
 * to the whole folder), so the caches Vite and Astro keep there are `dir`'s own.
 */
export function linkModules(dir: string): void {
	rmSync(join(dir, 'node_modules'), { force: true });
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (name === '.vite' || name === '.astro' || name === '.lumbung-build') continue;
		symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
	}
}

/** A TCP port nothing listens on at the moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const address = s.address();
			s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** `astro dev` running on a copy of the project ({@link startDev}). */
export interface DevServer {
	/** `http://127.0.0.1:<port>/` */
	base: string;
	/** Everything it printed so far. */
	log: () => string;
	/** Stop it and every process it started; resolves once it has exited. */
	stop: () => Promise<void>;
}

/**
 * Start `astro dev` in `dir` (a {@link copyProject} with `privateModules`) on a free port, at the
 * root path, with its own content cache; resolves once it listens, rejects with what it printed
 * when it exits first or is not listening after `timeoutMs`. Vitest's own variables are left out
 * of its environment (with VITEST set, Astro's dev server serves no page).
 */
export async function startDev(
	dir: string,
	{ env = {}, timeoutMs = 90_000 }: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<DevServer> {
	const port = await freePort();
	const childEnv: NodeJS.ProcessEnv = {
		...process.env,
		BASE_PATH: '/',
		CACHE_DIR: join(dir, '.cache'),
		...env,
	};
	for (const name of Object.keys(childEnv)) if (/^VITEST/.test(name)) delete childEnv[name];
	const child = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{ cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
	);
	let log = '';
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = () => {
		if (child.pid && child.exitCode === null && child.signalCode === null) {
			try {
				// It leads its own process group: this stops Astro and whatever it started.
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
		return exited;
	};
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			void stop();
			reject(new Error(`astro dev did not start in ${timeoutMs / 1000} s:\n${log}`));
		}, timeoutMs);
		const read = (chunk: Buffer) => {
			log += chunk.toString();
			if (log.includes(`127.0.0.1:${port}`)) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`astro dev exited (${code}):\n${log}`));
		});
	});
	return { base: `http://127.0.0.1:${port}/`, log: () => log, stop };
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
