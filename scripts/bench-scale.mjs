// node scripts/bench-scale.mjs [--sizes 100,500,1000] [--datasets 100] [--json out.json]
//
// Build time at scale (a benchmark that prints figures, not a test): the real site, then
// temporary copies of the project with N synthetic stories (clones of a real story under new
// slugs) and 100 synthetic datasets (clones of a real dataset under new ids), each built clean
// with scripts/build.mjs (Astro + Pagefind). Reports wall seconds, peak memory (the largest
// process's maximum RSS, from /usr/bin/time or getrusage) and the time per added story.
// Targets: the real site ≤ 30 s; 1,000 stories ≤ 3 min on 2 cores; growth no faster than linear.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject } from '../tests/build/project.ts';

const root = resolve(import.meta.dirname, '..');
/** The story cloned for synthetic stories, and the dataset cloned for synthetic datasets. */
const STORY = 'src/content/stories/id/desa-devisa-indonesia.mdx';
const DATASET = 'seaweed-exports';

export const TARGETS = { realSeconds: 30, thousandSeconds: 180 };

/** 1 → "a", 26 → "z", 27 → "aa": a story’s number in letters, all different. */
function letters(n) {
	let text = '';
	for (let k = n - 1; ; k = Math.floor(k / 26) - 1) {
		text = String.fromCharCode(97 + (k % 26)) + text;
		if (k < 26) return text;
	}
}

/** A copy of the project with `stories` extra stories and `datasets` extra datasets. */
export function synthetic(stories, datasets) {
	const { dir } = copyProject('lumbung-scale-');
	const story = readFileSync(join(root, STORY), 'utf8');
	for (let i = 1; i <= stories; i++) {
		const n = String(i).padStart(4, '0');
		const text = story
			// Chart and map ids name embed pages and anchors: unique per story. (Fact ids name
			// rows of the figures dataset and stay.)
			.replace(/(<(?!Fact\b)[A-Z]\w*\b[^>]*?\sid=")([^"]+)"/g, `$1$2-s${n}"`)
			// A title without a number of its own (an undeclared figure fails the figure check) that
			// keeps the declared one.
			.replace(
				/^title: .*$/m,
				`title: 'Cerita sintetis ${letters(i)}: dari satu desa menjadi 1.909'`,
			)
			.replace(/^translationKey: .*$/m, `translationKey: sintetis-${n}`)
			.replace(/^featured: .*\n/m, '');
		writeFileSync(join(dir, 'src/content/stories/id', `sintetis-${n}.mdx`), text);
	}
	const csv = readFileSync(join(root, 'data', `${DATASET}.csv`), 'utf8');
	const decl = readFileSync(join(root, 'data', `${DATASET}.dataset.json`), 'utf8');
	for (let i = 1; i <= datasets; i++) {
		const id = `sintetis-${String(i).padStart(3, '0')}`;
		writeFileSync(join(dir, 'data', `${id}.csv`), csv);
		writeFileSync(
			join(dir, 'data', `${id}.dataset.json`),
			decl.replace(`"id": "${DATASET}"`, `"id": "${id}"`),
		);
	}
	return dir;
}

/** Clean build of `dir`: wall seconds, peak RSS in MB, pages written; throws on failure. */
function build(dir) {
	const out = join(dir, '.scale-dist');
	const env = {
		...process.env,
		OUT_DIR: out,
		CACHE_DIR: join(dir, '.scale-cache'),
		BASE_PATH: '/',
	};
	const useTime = existsSync('/usr/bin/time');
	const command = useTime ? '/usr/bin/time' : process.execPath;
	const args = useTime
		? ['-f', '__rss_kb=%M', process.execPath, 'scripts/build.mjs']
		: ['scripts/build.mjs'];
	const started = process.hrtime.bigint();
	const result = spawnSync(command, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (result.status !== 0)
		throw new Error(`build failed in ${dir}:\n${result.stderr.slice(-3000)}`);
	const rssKb = useTime ? Number(/__rss_kb=(\d+)/.exec(result.stderr)?.[1] ?? 0) : 0;
	const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html'));
	return { seconds, rssMb: rssKb / 1024, pages: pages.length };
}

/**
 * Run the scale bench; prints a table and returns the rows plus the targets missed (as text).
 * @param {{ sizes?: number[], datasets?: number }} [options]
 */
export function benchScale({ sizes = [100, 500, 1000], datasets = 100 } = {}) {
	const rows = [];
	const runs = [{ label: 'real site', stories: 0, datasets: 0 }].concat(
		sizes.map((n) => ({ label: `+${n} stories, +${datasets} datasets`, stories: n, datasets })),
	);
	for (const run of runs) {
		const dir =
			run.stories || run.datasets ? synthetic(run.stories, run.datasets) : synthetic(0, 0);
		try {
			process.stdout.write(`  building ${run.label} … `);
			const r = build(dir);
			console.log(`${r.seconds.toFixed(1)} s`);
			rows.push({ ...run, ...r });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const real = rows[0];
	const perStory = rows.slice(1).map((r, i, all) => {
		const prev = i === 0 ? real : all[i - 1];
		return (r.seconds - prev.seconds) / (r.stories - prev.stories);
	});
	const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));
	console.log(
		`\n${pad('build', 34)}${pad('pages', 8, true)}${pad('seconds', 10, true)}${pad('peak RSS', 12, true)}${pad('s per added story', 20, true)}`,
	);
	rows.forEach((r, i) =>
		console.log(
			`${pad(r.label, 34)}${pad(r.pages, 8, true)}${pad(r.seconds.toFixed(1), 10, true)}${pad(`${Math.round(r.rssMb)} MB`, 12, true)}${pad(i === 0 ? '' : perStory[i - 1].toFixed(3), 20, true)}`,
		),
	);
	const missed = [];
	if (real.seconds > TARGETS.realSeconds)
		missed.push(`real site ${real.seconds.toFixed(1)} s > ${TARGETS.realSeconds} s`);
	const thousand = rows.find((r) => r.stories === 1000);
	if (thousand && thousand.seconds > TARGETS.thousandSeconds)
		missed.push(`1,000 stories ${thousand.seconds.toFixed(1)} s > ${TARGETS.thousandSeconds} s`);
	// Linear growth: the cost of each added story must not rise from one step to the next (25%
	// allowance for noise on a shared machine).
	for (let i = 1; i < perStory.length; i++)
		if (perStory[i] > perStory[i - 1] * 1.25)
			missed.push(
				`super-linear: ${perStory[i].toFixed(3)} s per story after ${rows[i].stories}, ${perStory[i - 1].toFixed(3)} before`,
			);
	console.log(
		`\nTargets: real site ≤ ${TARGETS.realSeconds} s; 1,000 stories ≤ ${TARGETS.thousandSeconds / 60} min on 2 cores; time per added story not rising.`,
	);
	console.log(missed.length ? `Missed: ${missed.join('; ')}` : 'All build-scale targets met.');
	console.log(
		`Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
	);
	return { rows, perStory, missed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (name) => {
		const i = args.indexOf(name);
		return i >= 0 ? args[i + 1] : undefined;
	};
	const sizes = (option('--sizes') ?? '100,500,1000').split(',').map(Number);
	const result = benchScale({ sizes, datasets: Number(option('--datasets') ?? 100) });
	const json = option('--json');
	if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
	process.exit(result.missed.length ? 1 : 0);
}
