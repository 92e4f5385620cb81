// node scripts/bench-dev.mjs [--stories 0,1000] [--edits 3] [--json out.json]
//
// `npm run dev` at scale (a benchmark that prints figures, not a test): in a temporary copy of
// the project (the real site, then with N synthetic stories from scripts/bench-scale.mjs), how
// long `astro dev` takes to start — until it listens, and until it has served a story page —
// and how long an edit takes to show in the page: a sentence added to a story's MDX (its story
// page), and a village renamed in data/villages.csv (the dataset page /data/villages/). Each
// edit is saved, then the page is requested again and again until the new text is in it; the
// figure is the time from the save to that answer. Targets at 1,000 stories: start ≤ 20 s, each
// edit ≤ 2 s.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { linkModules, startDev } from '../tests/build/project.ts';
import { synthetic } from './bench-scale.mjs';

/** The story edited (and cloned by the synthetic stories), and its page. */
const STORY = 'src/content/stories/id/desa-devisa-indonesia.mdx';
const STORY_PAGE = 'cerita/desa-devisa-indonesia/';
/** The village renamed, and the page that lists it. */
const VILLAGES = 'data/villages.csv';
const VILLAGE = 'Parengan';
const DATA_PAGE = 'data/villages/';

export const DEV_TARGETS = { startSeconds: 20, editSeconds: 2 };

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;

/** GET `url` until `test(html)` holds (at most `timeout` s); resolves with the seconds since `from`. */
async function until(url, test, from, what, timeout = 600) {
	let last = '';
	for (;;) {
		try {
			// A request astro dev never answers must not stall the bench past its timeout.
			const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(30_000) });
			const html = await res.text();
			if (res.ok && test(html)) return seconds(from);
			last = `HTTP ${res.status}: ${html
				.replace(/<[^>]*>/g, ' ')
				.replace(/\s+/g, ' ')
				.slice(0, 600)}`;
		} catch (error) {
			last = String(error);
		}
		if (seconds(from) > timeout) throw new Error(`${what}: not seen after ${timeout} s (${last})`);
		await sleep(50);
	}
}

/** Letters only: a marker the prose-number check leaves alone, new on every call. */
let markers = 0;
const marker = () => `Penanda${'abcdefghij'[markers++ % 10]}${'klmnopqrst'[Date.now() % 10]}`;

/** Start `astro dev` in `dir`, time the start and `edits` edits of each kind. */
async function measure(dir, edits) {
	const from = process.hrtime.bigint();
	const dev = await startDev(dir, { timeoutMs: 600_000 });
	const base = dev.base;
	try {
		const ready = seconds(from);
		const firstPage = await until(
			`${base}${STORY_PAGE}`,
			(html) => html.includes('<h1'),
			from,
			'the first story page',
		);
		// The data page once before editing, so its first compilation is not counted as the edit.
		await until(`${base}${DATA_PAGE}`, (html) => html.includes(VILLAGE), from, 'the data page');

		const mdx = [];
		const story = join(dir, STORY);
		const original = readFileSync(story, 'utf8');
		for (let i = 0; i < edits; i++) {
			const word = marker();
			writeFileSync(story, `${original.trimEnd()}\n\nKalimat ${word} ditambahkan.\n`);
			const saved = process.hrtime.bigint();
			mdx.push(await until(`${base}${STORY_PAGE}`, (h) => h.includes(word), saved, 'MDX edit'));
		}

		const csv = [];
		const villages = join(dir, VILLAGES);
		const table = readFileSync(villages, 'utf8');
		for (let i = 0; i < edits; i++) {
			const word = marker();
			writeFileSync(villages, table.replace(`,${VILLAGE},`, `,${VILLAGE} ${word},`));
			const saved = process.hrtime.bigint();
			csv.push(await until(`${base}${DATA_PAGE}`, (h) => h.includes(word), saved, 'CSV edit'));
		}
		return { ready, firstPage, mdx, csv };
	} catch (error) {
		throw new Error(
			`${error instanceof Error ? error.message : error}\nastro dev said:\n${dev.log().slice(-3000)}`,
		);
	} finally {
		await dev.stop();
	}
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Run the dev bench; prints a table and returns the rows plus the targets missed (as text).
 * @param {{ stories?: number[], edits?: number }} [options]
 */
export async function benchDev({ stories = [0, 1000], edits = 3 } = {}) {
	const rows = [];
	for (const n of stories) {
		const dir = synthetic(n, 0);
		try {
			linkModules(dir);
			const label = n ? `+${n.toLocaleString('en')} stories` : 'real site';
			process.stdout.write(`  astro dev, ${label} … `);
			const r = await measure(dir, edits);
			console.log(`started in ${r.firstPage.toFixed(1)} s`);
			rows.push({ label, stories: n, ...r });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const s = (x) => `${x.toFixed(1)} s`;
	const list = (xs) => `${s(median(xs))} (${xs.map((x) => x.toFixed(1)).join(', ')})`;
	const head = [
		'site',
		'listening',
		'first page',
		'MDX edit, median (each)',
		'CSV edit, median (each)',
	];
	const table = rows.map((r) => [r.label, s(r.ready), s(r.firstPage), list(r.mdx), list(r.csv)]);
	const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
	const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
	console.log(`\n${line(head)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
	for (const t of table) console.log(line(t));
	const missed = [];
	const big = rows.find((r) => r.stories === 1000);
	if (big) {
		if (big.firstPage > DEV_TARGETS.startSeconds)
			missed.push(`start ${s(big.firstPage)} > ${DEV_TARGETS.startSeconds} s`);
		for (const [kind, xs] of [
			['MDX', big.mdx],
			['CSV', big.csv],
		])
			if (median(xs) > DEV_TARGETS.editSeconds)
				missed.push(`${kind} edit ${s(median(xs))} > ${DEV_TARGETS.editSeconds} s`);
	}
	console.log(
		`\n"first page": from starting astro dev to a story page served; an edit: from the save to the page served with it.`,
	);
	console.log(
		`Targets at 1,000 stories: start ≤ ${DEV_TARGETS.startSeconds} s, an edit ≤ ${DEV_TARGETS.editSeconds} s.`,
	);
	console.log(
		missed.length
			? `Missed: ${missed.join('; ')}`
			: big
				? 'All dev targets met.'
				: 'Targets not checked: no run with 1,000 stories.',
	);
	console.log(
		`Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
	);
	return { rows, missed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (name) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const result = await benchDev({
		stories: (option('--stories') ?? '0,1000').split(',').map(Number),
		edits: Number(option('--edits') ?? 3),
	});
	const json = option('--json');
	if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
	process.exit(result.missed.length ? 1 : 0);
}
