import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseHeaders, resolveHeaders } from '../../src/lib/release/headers.ts';
import { freePort } from '../build/project.ts';
import { SITE_DIR } from './pages.ts';

// The nginx configuration of docs/hosting.md, served for real: the built site through Debian's
// nginx with the guide's server block (only its listen address and root folder changed), checked
// for the headers the build's _headers gives each path, for framing (an embed can be framed by
// another origin, a story cannot) and for the 404 page's status. The same framing check runs
// against scripts/serve.mjs, which applies _headers as Netlify and Cloudflare Pages do.

const BASE = process.env.E2E_BASE ?? '/lumbung-devisa/';
const GUIDE = 'docs/hosting.md';

function nginxBinary(): string {
	for (const path of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'])
		if (existsSync(path)) return path;
	const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
	if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
	throw new Error(
		'nginx is not installed: the hosting test serves the site through it. Install it with ' +
			'`apt-get install -y nginx` (.ci/run does this when it is missing).',
	);
}

/** The guide's nginx block, to listen on `port` and serve `root` (the parent of the site folder). */
function guideConfig(port: number, root: string): string {
	const block = /^```nginx\n([\s\S]*?)^```$/m.exec(readFileSync(GUIDE, 'utf8'))?.[1];
	if (!block) throw new Error(`${GUIDE} has no nginx block`);
	const config = block
		.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
		.replace(/^(\s*)root \/srv\/www;$/m, `$1root ${root};`)
		.replaceAll('/lumbung-devisa/', BASE);
	if (!config.includes(`listen 127.0.0.1:${port};`) || !config.includes(`root ${root};`))
		throw new Error(`${GUIDE}: the nginx block no longer has "listen 80;" and "root /srv/www;"`);
	return config;
}

let nginx: ChildProcess | undefined;
let origin = '';
let work = '';

test.beforeAll(async () => {
	const binary = nginxBinary();
	const port = await freePort();
	work = mkdtempSync(join(tmpdir(), 'lumbung-nginx-'));
	const www = join(work, 'www');
	mkdirSync(www);
	symlinkSync(SITE_DIR, join(www, BASE.replace(/^\/|\/$/g, '')), 'dir');
	writeFileSync(join(work, 'site.conf'), guideConfig(port, www));
	// A minimal main configuration around the guide's file, as /etc/nginx/nginx.conf would be:
	// one process in the foreground, every file it writes in the temporary folder.
	writeFileSync(
		join(work, 'nginx.conf'),
		[
			'daemon off;',
			'master_process off;',
			`pid ${work}/nginx.pid;`,
			`error_log ${work}/error.log;`,
			'events { worker_connections 64; }',
			'http {',
			'  include /etc/nginx/mime.types;',
			'  default_type application/octet-stream;',
			'  access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(t) => `  ${t}_temp_path ${work}/${t};`,
			),
			`  include ${work}/site.conf;`,
			'}',
		].join('\n'),
	);
	const args = ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')];
	const check = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
	expect(check.status, `nginx -t: ${check.stderr}`).toBe(0);
	nginx = spawn(binary, args, { stdio: 'ignore' });
	origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`${origin}${BASE}`).then(
			() => true,
			() => false,
		);
		if (up) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(
		`nginx did not answer on ${origin}: ${readFileSync(join(work, 'error.log'), 'utf8')}`,
	);
});

test.afterAll(async () => {
	// Wait for nginx to exit before removing its folder (it writes there until it stops).
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((done) => nginx?.once('exit', done));
		nginx.kill();
		await exited;
	}
	if (work) rmSync(work, { recursive: true, force: true });
});

const rules = () => parseHeaders(readFileSync(join(SITE_DIR, '_headers'), 'utf8'));
const firstFile = (dir: string, re: RegExp) => {
	const found = spawnSync('find', [join(SITE_DIR, dir), '-type', 'f'], { encoding: 'utf8' })
		.stdout.split('\n')
		.map((f) => f.slice(SITE_DIR.length + 1))
		.filter((f) => re.test(f))
		.sort()[0];
	if (!found) throw new Error(`no file like ${re} under ${dir}`);
	return found;
};

async function headersOf(request: APIRequestContext, path: string) {
	const res = await request.get(`${origin}${path}`, { maxRedirects: 0 });
	return { status: res.status(), headers: res.headers(), body: await res.text() };
}

test('nginx sends each path the headers the build gives it in _headers', async ({ request }) => {
	const paths = [
		BASE,
		`${BASE}cerita/`,
		`${BASE}en/stories/`,
		`${BASE}${firstFile('embed', /\/index\.html$/).replace(/index\.html$/, '')}`,
		`${BASE}${firstFile('en/embed', /\/index\.html$/).replace(/index\.html$/, '')}`,
		`${BASE}${firstFile('_astro', /\.js$/)}`,
		`${BASE}pagefind/pagefind.js`,
		`${BASE}data/villages.csv`,
		`${BASE}rss.xml`,
	];
	const expected = rules();
	for (const path of paths) {
		const { status, headers } = await headersOf(request, path);
		expect(status, path).toBe(200);
		const want = resolveHeaders(expected, path);
		expect(want.size, path).toBeGreaterThan(4);
		for (const [name, value] of want) expect(headers[name], `${path} ${name}`).toBe(value);
		// No caching the build does not ask for; no frame header on an embed. (nginx also sends
		// the page headers with assets, which _headers leaves out: harmless, and stricter.)
		if (!want.has('cache-control')) expect(headers['cache-control'], path).toBeUndefined();
		if (/\/embed\//.test(path)) {
			expect(headers['x-frame-options'], path).toBeUndefined();
			expect(headers['content-security-policy'], path).not.toContain('frame-ancestors');
		}
	}
	const csv = await headersOf(request, `${BASE}data/villages.csv`);
	expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
});

test('nginx answers an unknown address with the 404 page and status 404, frame headers included', async ({
	request,
}) => {
	for (const path of [`${BASE}tidak-ada-halaman-ini/`, '/tidak-ada/']) {
		const res = await headersOf(request, path);
		expect(res.status, path).toBe(404);
		expect(res.body).toBe(readFileSync(join(SITE_DIR, '404.html'), 'utf8'));
		expect(res.headers['x-frame-options'], path).toBe('SAMEORIGIN');
		expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
	}
	const folder = await headersOf(request, `${BASE}cerita`);
	expect(folder.status).toBe(301);
	expect(folder.headers.location).toBe(`${BASE}cerita/`);
});

/** A partner newsroom's page on an origin of its own (`localhost`, the site being `127.0.0.1`). */
async function partnerPage(
	frames: Record<string, string>,
): Promise<{ url: string; close: () => void }> {
	const html = `<!doctype html><title>Partner</title>${Object.entries(frames)
		.map(([id, src]) => `<iframe id="${id}" src="${src}"></iframe>`)
		.join('')}`;
	const server: Server = createHttpServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
	});
	const port = await freePort();
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return { url: `http://localhost:${port}/artikel/`, close: () => server.close() };
}

for (const server of ['nginx (docs/hosting.md)', 'scripts/serve.mjs (_headers)'] as const) {
	test(`${server}: another origin can frame a chart embed but not a story`, async ({
		page,
		baseURL,
	}) => {
		const site = server.startsWith('nginx') ? `${origin}${BASE}` : (baseURL ?? '');
		const embed = `${site}${firstFile('embed', /\/index\.html$/).replace(/index\.html$/, '')}`;
		const story = `${site}${firstFile('cerita', /^cerita\/[^/]+\/index\.html$/).replace(/index\.html$/, '')}`;
		const blocked: string[] = [];
		page.on('console', (m) => {
			if (/frame-ancestors|X-Frame-Options/i.test(m.text())) blocked.push(m.text());
		});
		const partner = await partnerPage({ embed, story });
		try {
			await page.goto(partner.url);
			const frame = async (id: string) =>
				(await page.locator(`#${id}`).elementHandle())?.contentFrame();
			await expect
				.poll(async () => (await frame('embed'))?.locator('figure').count() ?? 0)
				.toBeGreaterThan(0);
			expect((await frame('embed'))?.url()).toBe(embed);
			await expect.poll(() => blocked.length).toBeGreaterThan(0);
			expect(blocked.join('\n')).toContain(`Framing '${new URL(story).origin}/' violates`);
			// The story's frame shows the browser's error page, not the story.
			expect((await frame('story'))?.url()).not.toBe(story);
		} finally {
			partner.close();
		}
	});
}
