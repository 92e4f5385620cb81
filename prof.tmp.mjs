import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthetic } from './scripts/bench-scale.mjs';
const root = process.cwd();
const dir = synthetic(1000, 0);
rmSync(join(dir, 'node_modules'));
mkdirSync(join(dir, 'node_modules'));
for (const name of readdirSync(join(root, 'node_modules'))) {
  if (['.vite', '.astro', '.lumbung-build'].includes(name)) continue;
  symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
}
console.log(dir);
const port = 4477;
const t0 = Date.now();
const server = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof', 'node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, env: { ...process.env, BASE_PATH: '/', CACHE_DIR: join(dir, '.cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
server.stdout.on('data', (d) => (log += d)); server.stderr.on('data', (d) => (log += d));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(path, word) {
  const s = Date.now();
  for (;;) { try { const h = await (await fetch(`http://127.0.0.1:${port}/${path}`)).text(); if (h.includes(word)) return Date.now() - s; } catch {} await sleep(50); }
}
console.log('first page', await until('cerita/desa-devisa-indonesia/', '<h1'), 'ms since', Date.now() - t0);
const story = join(dir, 'src/content/stories/id/desa-devisa-indonesia.mdx');
const orig = readFileSync(story, 'utf8');
for (const w of ['Penandaabc', 'Penandadef']) {
  const mark = Date.now();
  writeFileSync(story, `${orig.trimEnd()}\n\nKalimat ${w} ditambahkan.\n`);
  console.log('mdx edit', await until('cerita/desa-devisa-indonesia/', w), 'at', mark - t0);
}
// one page load timing without edit
let s = Date.now(); await fetch(`http://127.0.0.1:${port}/cerita/desa-devisa-indonesia/`).then(r => r.text()); console.log('plain reload', Date.now() - s);
s = Date.now(); await fetch(`http://127.0.0.1:${port}/`).then(r => r.text()); console.log('front reload', Date.now() - s);
server.kill('SIGINT');
await new Promise((r) => server.on('exit', r));
writeFileSync('/tmp/prof-dev.log', log);
