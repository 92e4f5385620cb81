// node scripts/bench-lighthouse.mjs <url>… [--runs 1]
//
// Lighthouse (npm `lighthouse`, Debian Chromium, default mobile emulation with simulated
// throttling) for a list of URLs: performance, accessibility, best practices and SEO scores,
// and LCP / FCP / TBT / CLS / bytes. A benchmark that prints figures; about 11 s per run here.
// With several runs the median performance run is kept.
// Targets: 100 / 100 / 100 / 100 and LCP ≤ 1.0 s (simulated).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const CLI = join(root, 'node_modules/lighthouse/cli/index.js');
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
].join(' ');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const TARGETS = { score: 100, lcpMs: 1000 };

/** One Lighthouse run of `url`; the figures we report, or an error. */
function run(url) {
	const dir = mkdtempSync(join(tmpdir(), 'lumbung-lh-'));
	const out = join(dir, 'lh.json');
	try {
		const result = spawnSync(
			process.execPath,
			[
				CLI,
				url,
				'--quiet',
				`--only-categories=${CATEGORIES.join(',')}`,
				'--output=json',
				`--output-path=${out}`,
				`--chrome-flags=${CHROME_FLAGS}`,
			],
			{
				encoding: 'utf8',
				env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
			},
		);
		if (result.status !== 0) return { url, error: result.stderr.trim().split('\n').pop() };
		const lhr = JSON.parse(readFileSync(out, 'utf8'));
		const audit = (id) => lhr.audits[id]?.numericValue;
		const failing = [];
		for (const id of CATEGORIES.slice(1)) {
			for (const ref of lhr.categories[id].auditRefs) {
				const a = lhr.audits[ref.id];
				if (ref.weight > 0 && a && a.score !== null && a.score < 1)
					failing.push(`${id}: ${ref.id}`);
			}
		}
		return {
			url,
			scores: Object.fromEntries(
				CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
			),
			lcp: audit('largest-contentful-paint'),
			fcp: audit('first-contentful-paint'),
			tbt: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift'),
			bytes: audit('total-byte-weight'),
			failing,
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Lighthouse every page (label → URL) `runs` times; prints a table and returns the results and
 * the targets missed (as text).
 * @param {[string, string][]} pages
 * @param {{ runs?: number }} [options]
 */
export function benchLighthouse(pages, { runs = 1 } = {}) {
	const results = [];
	for (const [label, url] of pages) {
		process.stdout.write(`  lighthouse ${label} … `);
		const all = Array.from({ length: runs }, () => run(url));
		const ok = all.filter((r) => !r.error);
		if (!ok.length) {
			console.log(`failed: ${all[0]?.error}`);
			results.push({ label, ...all[0] });
			continue;
		}
		ok.sort((a, b) => a.scores.performance - b.scores.performance);
		const median = ok[Math.floor(ok.length / 2)];
		console.log(`${median.scores.performance} (LCP ${Math.round(median.lcp)} ms)`);
		results.push({ label, ...median });
	}
	const pad = (s, n, right = true) => (right ? String(s).padStart(n) : String(s).padEnd(n));
	const w = Math.max(10, ...results.map((r) => r.label.length)) + 2;
	console.log(
		`\n${pad('page type', w, false)}${pad('perf', 6)}${pad('a11y', 6)}${pad('b.p.', 6)}${pad('SEO', 6)}${pad('LCP', 9)}${pad('FCP', 9)}${pad('TBT', 7)}${pad('CLS', 7)}${pad('bytes', 10)}`,
	);
	const missed = [];
	for (const r of results) {
		if (r.error) {
			console.log(`${pad(r.label, w, false)}error: ${r.error}`);
			missed.push(`${r.label}: Lighthouse failed`);
			continue;
		}
		const s = r.scores;
		console.log(
			`${pad(r.label, w, false)}${pad(s.performance, 6)}${pad(s.accessibility, 6)}${pad(s['best-practices'], 6)}${pad(s.seo, 6)}${pad(`${Math.round(r.lcp)} ms`, 9)}${pad(`${Math.round(r.fcp)} ms`, 9)}${pad(`${Math.round(r.tbt)}`, 7)}${pad(r.cls.toFixed(3), 7)}${pad(`${(r.bytes / 1000).toFixed(1)} KB`, 10)}`,
		);
		for (const c of CATEGORIES)
			if (s[c] < TARGETS.score) missed.push(`${r.label}: ${c} ${s[c]} < ${TARGETS.score}`);
		if (r.lcp > TARGETS.lcpMs)
			missed.push(`${r.label}: LCP ${Math.round(r.lcp)} ms > ${TARGETS.lcpMs} ms`);
		for (const f of r.failing) missed.push(`${r.label}: failing audit ${f}`);
	}
	console.log(
		`\nTargets: ${CATEGORIES.map(() => TARGETS.score).join(' / ')} (perf / a11y / best practices / SEO), LCP ≤ ${TARGETS.lcpMs / 1000} s simulated. Mobile emulation, simulated throttling${runs > 1 ? `, median of ${runs} runs` : ', 1 run'}.`,
	);
	console.log(missed.length ? `Missed:\n  ${missed.join('\n  ')}` : 'All Lighthouse targets met.');
	return { results, missed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const i = args.indexOf('--runs');
	const runs = i >= 0 ? Number(args[i + 1]) : 1;
	const urls = args.filter((a, j) => !a.startsWith('--') && args[j - 1] !== '--runs');
	const { missed } = benchLighthouse(
		urls.map((u) => [new URL(u).pathname, u]),
		{ runs },
	);
	process.exit(missed.length ? 1 : 0);
}
