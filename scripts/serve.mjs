// node scripts/serve.mjs [dir] [--base /sub/path/] [--port 4329]
//
// A small static server for tests and benchmarks that behaves like a CDN host: serves `dir`
// (default dist) under a base path, applies the rules of the site's own `_headers` file
// (Netlify/Cloudflare syntax, read by src/lib/release/headers.ts as those hosts read it: by the
// request's path, every matching rule), answers gzip when asked, redirects directories to their trailing
// slash and serves 404.html with status 404. Only 127.0.0.1 is bound.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { parseHeaders, resolveHeaders } from '../src/lib/release/headers.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(
	args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist',
);
const base = `/${option('--base', '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(option('--port', '4329'));

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.topojson': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/** The rules of the build's `_headers`, read as Netlify and Cloudflare Pages read them. */
function readHeaders() {
	const file = join(dir, '_headers');
	return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}
const rules = readHeaders();

function send(req, res, status, file, urlPath) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const headers = { 'Content-Type': type };
	// By the request's path (with the base), every matching rule, as the hosts do.
	for (const [k, v] of resolveHeaders(rules, urlPath)) headers[k] = v;
	const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	if (gzip) {
		headers['Content-Encoding'] = 'gzip';
		headers.Vary = 'Accept-Encoding';
	} else headers['Content-Length'] = statSync(file).size;
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	const stream = createReadStream(file);
	(gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://127.0.0.1');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		res.writeHead(400).end();
		return;
	}
	const notFound = () => {
		const page = join(dir, '404.html');
		if (existsSync(page)) send(req, res, 404, page, pathname);
		else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404');
	};
	if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
	const sitePath = `/${pathname.slice(base.length)}`;
	const file = normalize(join(dir, sitePath));
	if (!file.startsWith(dir)) return notFound();
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!pathname.endsWith('/')) {
			res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
			return;
		}
		const index = join(file, 'index.html');
		return existsSync(index) ? send(req, res, 200, index, pathname) : notFound();
	}
	return existsSync(file) ? send(req, res, 200, file, pathname) : notFound();
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
});
