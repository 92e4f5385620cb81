// npm run test:e2e [-- <playwright options, e.g. tests/e2e/maps.spec.ts or -g "keyboard">]
//
// The browser tests alone, in a fresh clone too: builds the site under the sub-path the tests
// serve (BASE_PATH=/lumbung-devisa/, into .ci-out/site, a fresh content cache) when there is no
// build, when it was built for another base path, or when a file the build reads changed since
// (scripts/site-stamp.mjs); otherwise reuses it, saying so. Then runs Playwright on a free port.
// E2E_SITE and E2E_BASE choose another build and base path.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { staleReason, writeStamp } from './site-stamp.mjs';
// After the Node check: a TypeScript module does not load on an old Node.
const { freePort } = await import('../tests/build/project.ts');

const root = resolve(import.meta.dirname, '..');
const site = resolve(root, process.env.E2E_SITE ?? '.ci-out/site');
const base = process.env.E2E_BASE ?? '/lumbung-devisa/';
const shown = relative(root, site) || site;

/** Run `command`, passing Ctrl+C and SIGTERM on to it; resolves with its exit code. */
function run(command, args, env) {
	return new Promise((done) => {
		const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
		const forward = (signal) => child.kill(signal);
		process.on('SIGINT', forward).on('SIGTERM', forward);
		child.on('exit', (code, signal) => {
			process.off('SIGINT', forward).off('SIGTERM', forward);
			done(code ?? (signal ? 1 : 0));
		});
	});
}

const why = staleReason(root, site, base);
if (why) {
	console.log(`Building the site for the browser tests into ${shown} under ${base} (${why}) …`);
	const cache = join(root, '.ci-out', 'cache-e2e');
	rmSync(cache, { recursive: true, force: true });
	const startedAt = Date.now();
	const code = await run(process.execPath, [join(root, 'scripts/build.mjs')], {
		...process.env,
		BASE_PATH: base,
		OUT_DIR: site,
		CACHE_DIR: cache,
		TZ: process.env.TZ ?? 'UTC',
	});
	if (code !== 0) {
		console.error(
			`\nThe site did not build (the errors are above), so no browser test ran.\n` +
				`Fix them (npm run validate:data and npm run build say the same), then run npm run test:e2e again.`,
		);
		process.exit(code);
	}
	writeStamp(site, { base, startedAt });
} else {
	console.log(`Using the build in ${shown} (made for ${base}, newer than every source file).`);
}

process.exit(
	await run(
		process.execPath,
		[join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
		{ ...process.env, E2E_SITE: site, E2E_BASE: base, E2E_PORT: String(await freePort()) },
	),
);
