// A newcomer on an old Node (Debian 12's Node 20, /usr/bin/node here) is told first how to get
// Node 24: `npm run setup` (the README's first command) prints the project's message before
// anything is installed, and `npm install` / `npm ci` stop at npm's engine check (engine-strict)
// with the same hint in its "Required:" line. Nothing is downloaded or installed either way.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './project.ts';

const OLD_NODE = '/usr/bin/node';
const version = existsSync(OLD_NODE)
	? spawnSync(OLD_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()
	: '';
const [major = 0, minor = 0] = version.split('.').map(Number);
const old = version !== '' && (major < 22 || (major === 22 && minor < 12));

const dir = mkdtempSync(join(tmpdir(), 'lumbung-old-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'scripts'));
for (const file of [
	'package.json',
	'package-lock.json',
	'.npmrc',
	'.nvmrc',
	'scripts/check-node.mjs',
])
	cpSync(join(ROOT, file), join(dir, file));

function npm(...args: string[]): { status: number | null; lines: string[] } {
	const r = spawnSync('npm', args, {
		cwd: dir,
		encoding: 'utf8',
		timeout: 60_000,
		env: {
			...process.env,
			// The system's Node and its npm, as a newcomer on Debian 12 has them.
			PATH: `/usr/bin:/bin`,
			npm_config_cache: join(dir, '.npm-cache'),
			npm_config_update_notifier: 'false',
			npm_config_audit: 'false',
			npm_config_fund: 'false',
		},
	});
	const lines = `${r.stdout}\n${r.stderr}`
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	return { status: r.status, lines };
}

const HINT = 'npm install -g --prefix';

describe.skipIf(!old)(
	old
		? `on Node ${version} at ${OLD_NODE}`
		: `skipped: no Node older than 22.12 at ${OLD_NODE} to run npm with`,
	() => {
		it('npm run setup says first that Node 22.12+ is needed and how to get Node 24', () => {
			const { status, lines } = npm('run', 'setup');
			expect(status).not.toBe(0);
			// npm echoes the script it runs ("> lumbung-devisa@0.1.0 setup", "> node …"); then ours.
			const said = lines.filter((l) => !l.startsWith('>'));
			expect(said[0]).toBe(`Lumbung Devisa needs Node.js 22.12 or newer (this is v${version}).`);
			expect(said.slice(0, 4).join('\n')).toContain(`${HINT} "$HOME/.node24" node@24`);
			expect(existsSync(join(dir, 'node_modules'))).toBe(false);
		}, 60_000);

		for (const command of [['install'], ['ci']]) {
			it(`npm ${command.join(' ')} stops at the engine check, its message carrying the hint`, () => {
				const { status, lines } = npm(...command);
				expect(status).not.toBe(0);
				expect(lines[0]).toBe('npm error code EBADENGINE');
				const required = lines.find((l) => l.includes('Required:')) ?? '';
				expect(required).toContain(`${HINT} ~/.node24 node@24`);
				expect(existsSync(join(dir, 'node_modules'))).toBe(false);
			}, 60_000);
		}
	},
);
