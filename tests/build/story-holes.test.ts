// Issue 14: a story is untrusted input. The four critical/high holes fail the build at the
// story's file:line:col, run nothing and publish nothing; a draft (however `draft` is written)
// or a scheduled story with charts leaves no trace in dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project.ts';

const STORIES = 'src/content/stories';
const REAL = `${STORIES}/id/kakao-kutai-timur.mdx`;

/** Every file under `dir`, relative. */
function files(dir: string, prefix = ''): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, `${prefix}${name}/`) : [`${prefix}${name}`];
	});
}

describe('a hostile story', () => {
	const project = copyProject('lumbung-holes-');
	afterAll(project.cleanup);

	it('fails the build, located, runs nothing and publishes nothing', () => {
		const file = join(project.dir, REAL);
		const lines = readFileSync(file, 'utf8').split('\n');
		const at = lines.length + 1; // 1-based number of the first added line (the file ends in a newline)
		lines.push(
			"Teks <b title={process.getBuiltinModule('node:fs').writeFileSync('pwned.txt','x') ?? 'x'}>x</b> dan [klik][jj] ![p][px].",
			'',
			'[jj]: javascript:alert(document.domain)',
			'[px]: https://tracker.example/p.gif',
			'',
		);
		writeFileSync(file, lines.join('\n'));
		writeFileSync(
			join(project.dir, STORIES, 'id/.f6.mdx'),
			[
				'---',
				"title: 'x'",
				'---',
				"import os from 'node:os'",
				'',
				'<meta http-equiv="refresh" content="0;url=https://evil.example" />',
				'',
			].join('\n'),
		);
		const { status, output } = astroBuild(project.dir);
		expect(status).not.toBe(0);
		expect(output).toContain(`${STORIES}/id/.f6.mdx:1:1: error story-filename`);
		expect(output).toContain(`${REAL}:${at}:15: error mdx-prop-not-literal [b.title]`);
		expect(output).toMatch(
			new RegExp(`${REAL}:${at}:\\d+: error mdx-unsafe-url .*(rujukan|reference) \\[jj\\]`),
		);
		expect(output).toMatch(new RegExp(`${REAL}:${at}:\\d+: error mdx-external-image`));
		expect(existsSync(join(project.dir, 'pwned.txt'))).toBe(false);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	}, 180_000);
});

describe('drafts and scheduled stories', () => {
	const project = copyProject('lumbung-embargo-');
	afterAll(project.cleanup);
	const source = readFileSync(join(project.dir, REAL), 'utf8');
	/** A copy of a real story with its own key, title and chart ids, marked by `canary`. */
	const variant = (canary: string, frontmatter: string) =>
		source
			.replace(/^title: .*$/m, `title: '${canary} judul'`)
			.replace(/^translationKey: .*$/m, `translationKey: ${canary}\n${frontmatter}`)
			.replace(/^ {2}id="/gm, `  id="${canary}-`);
	const stories = {
		'embargo-satu': 'draft: True',
		'embargo-dua': 'draft: true # embargo sampai Senin',
		'embargo-tiga': 'published: 2099-01-01',
	};
	for (const [canary, line] of Object.entries(stories)) {
		let text = variant(canary, line.startsWith('published') ? '' : line);
		if (line.startsWith('published')) text = text.replace(/^published: .*$/m, line);
		writeFileSync(join(project.dir, STORIES, `id/${canary}.mdx`), text);
	}
	// The published original gets a cover photo: it must show under the headline with its credit.
	const real = join(project.dir, REAL);
	writeFileSync(
		real,
		source.replace(
			/^translationKey: .*$/m,
			"$&\ncover: { image: '/img/uji-sampul.png', alt: 'Biji kakao dijemur', credit: 'Foto: Uji Kredit' }",
		),
	);
	const build = (env: Record<string, string> = {}) =>
		spawnSync(process.execPath, ['scripts/build.mjs'], {
			cwd: project.dir,
			encoding: 'utf8',
			env: {
				...process.env,
				OUT_DIR: join(project.dir, 'dist'),
				CACHE_DIR: join(project.dir, '.cache'),
				...env,
			},
		});

	it('leave no page, embed, CSV, feed item, search entry, sitemap URL or share image', async () => {
		mkdirSync(join(project.dir, 'public/img'), { recursive: true });
		await sharp({ create: { width: 64, height: 36, channels: 3, background: '#8a5a2b' } })
			.png()
			.toFile(join(project.dir, 'public/img/uji-sampul.png'));
		const result = build();
		expect(result.status, result.stderr).toBe(0);
		const dist = join(project.dir, 'dist');
		const all = files(dist);
		expect(all.length).toBeGreaterThan(100);
		expect(all.some((f) => f.startsWith('pagefind/'))).toBe(true);
		const leaks: string[] = [];
		for (const f of all) {
			if (Object.keys(stories).some((c) => f.includes(c))) leaks.push(`${f} (path)`);
			if (!/\.(html|xml|json|csv|txt|js)$/.test(f) && !f.startsWith('pagefind/')) continue;
			const text = readFileSync(join(dist, f), 'latin1');
			for (const canary of Object.keys(stories))
				if (text.includes(canary)) leaks.push(`${f}: ${canary}`);
		}
		expect(leaks).toEqual([]);
		// The published original is there, so the scan did see the stories.
		expect(all).toContain('embed/unit-usaha-kakao-kaltim/index.html');
		expect(all).toContain('embed/unit-usaha-kakao-kaltim.png');
		expect(all).toContain('og/id/kakao-kutai-timur.png');
		// The cover, sized so nothing shifts when it loads, with its credit.
		const page = readFileSync(join(dist, 'cerita/kakao-kutai-timur/index.html'), 'utf8');
		expect(page).toMatch(
			/<figure class="cover"[^>]*><img src="\/img\/uji-sampul\.png" alt="Biji kakao dijemur" width="64" height="36"/,
		);
		expect(page).toMatch(/<figcaption[^>]*>Foto: Uji Kredit<\/figcaption>/);
	}, 240_000);

	it('publishes a scheduled story from its day on (LUMBUNG_TODAY)', () => {
		const result = build({ LUMBUNG_TODAY: '2099-01-01' });
		expect(result.status, result.stderr).toBe(0);
		const dist = join(project.dir, 'dist');
		for (const f of [
			'cerita/embargo-tiga/index.html',
			'embed/embargo-tiga-unit-usaha-kakao-kaltim/index.html',
			'embed/embargo-tiga-unit-usaha-kakao-kaltim.csv',
			'embed/embargo-tiga-unit-usaha-kakao-kaltim.png',
			'og/id/embargo-tiga.png',
		]) {
			expect(existsSync(join(dist, f)), f).toBe(true);
		}
		expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('embargo-tiga');
		expect(existsSync(join(dist, 'cerita/embargo-satu'))).toBe(false);
	}, 240_000);
});

describe('an interrupted build', () => {
	const project = copyProject('lumbung-signal-');
	afterAll(project.cleanup);

	it('refuses a BASE_PATH it cannot serve, before building anything', () => {
		const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
			cwd: project.dir,
			encoding: 'utf8',
			env: { ...process.env, OUT_DIR: join(project.dir, 'dist'), BASE_PATH: '/../' },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/BASE_PATH "\/\.\.\/" may not contain "\." or "\.\." segments/);
		expect(existsSync(join(project.dir, 'dist'))).toBe(false);
	});

	// SIGTERM to `npm run build` ends npm and its shell; the build must notice and stop too.
	it('stops every process when npm run build gets SIGTERM, and leaves dist/ and no leftovers', async () => {
		const dist = join(project.dir, 'dist');
		const env = { ...process.env, OUT_DIR: dist, CACHE_DIR: join(project.dir, '.cache') };
		// The previous release (a whole build is not needed to tell whether it is kept).
		mkdirSync(join(dist, 'cerita'), { recursive: true });
		writeFileSync(join(dist, 'index.html'), '<!doctype html><title>yesterday</title>');
		const before = readFileSync(join(dist, 'index.html'));
		// A leftover of an earlier build that was killed (its process is long gone): removed by
		// the next build.
		const scratch = join(project.dir, 'node_modules/.lumbung-build');
		const stale = join(scratch, '.dist-dist-999999999-1');
		mkdirSync(join(stale, 'cerita'), { recursive: true });
		const child = spawn('npm', ['run', 'build'], {
			cwd: project.dir,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		// Interrupt while Astro is writing pages.
		for (let i = 0; i < 600 && !/index\.html/.test(output); i++) {
			await new Promise((r) => setTimeout(r, 100));
		}
		child.kill('SIGTERM');
		await new Promise((r) => child.on('exit', r));
		// The build script outlives npm by a moment; it stops on its own.
		for (let i = 0; i < 100 && !/dibiarkan seperti sebelumnya/.test(output); i++) {
			await new Promise((r) => setTimeout(r, 100));
		}
		expect(output).toMatch(/Build dihentikan \((SIGTERM|parent process exited)\)/);
		expect(output).toMatch(/dist dibiarkan seperti sebelumnya/);
		// Nothing goes on writing after the script has exited.
		await new Promise((r) => setTimeout(r, 3000));
		expect(readFileSync(join(dist, 'index.html'))).toEqual(before);
		expect(existsSync(stale)).toBe(false);
		// No folder of a build whose process is gone (other tests may be building right now).
		const alive = (pid: number) => {
			try {
				process.kill(pid, 0);
				return true;
			} catch {
				return false;
			}
		};
		const left = readdirSync(scratch).filter((n) => {
			const pid = Number(/^\.dist-.+?-(?:old-)?(\d+)-\d+$/.exec(n)?.[1]);
			return !pid || !alive(pid);
		});
		expect(left).toEqual([]);
		expect(readdirSync(project.dir).filter((n) => n.startsWith('.dist-'))).toEqual([]);
	}, 240_000);
});
