// npm run new:story -- "Judul cerita" [--lang en] [--region lamongan] [--commodity kakao]
//                      [--dataset villages] [--author "Nama"] [--slug x] [--date YYYY-MM-DD]
//
// Writes src/content/stories/<lang>/<slug>.mdx: a draft with its frontmatter filled in and a
// commented example of every story component, using real dataset ids and columns (checked by
// the MDX lint, so uncommenting one builds). Refuses to overwrite a file. --region, --commodity,
// --dataset and --author may be repeated.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { jakartaDate, type Lang } from '../src/lib/format/index.ts';
import { routePath } from '../src/lib/i18n/routes.ts';
import { loadCatalog } from '../src/lib/data/load.ts';
import { didYouMean, formatReport, hasErrors } from '../src/lib/data/problems.ts';
import { COMPONENT_SPECS } from '../src/lib/mdx/registry.ts';
import { chartSpecs } from '../src/lib/mdx/specs/charts.ts';
import { mapSpecs } from '../src/lib/mdx/specs/maps.ts';
import { STORIES_DIR, checkStories } from '../src/lib/stories/load.ts';
import { slugify, storyExamples, storySource } from '../src/lib/stories/scaffold.ts';

const USAGE = `Pemakaian / usage:
  npm run new:story -- "Judul cerita" [--lang id|en] [--region <slug>] [--commodity <key>]
                       [--dataset <id>] [--author "Nama"] [--slug <slug>] [--date YYYY-MM-DD]`;

function fail(message: string): never {
	console.error(`✗ ${message}`);
	process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			lang: { type: 'string', default: 'id' },
			region: { type: 'string', multiple: true, default: [] },
			commodity: { type: 'string', multiple: true, default: [] },
			dataset: { type: 'string', multiple: true, default: [] },
			author: { type: 'string', multiple: true, default: [] },
			slug: { type: 'string' },
			date: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
}
try {
	args = parse();
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
const title = positionals.join(' ').trim();
if (!title) fail(`give the story's title in quotes.\n${USAGE}`);
if (values.lang !== 'id' && values.lang !== 'en') {
	fail(`--lang must be id or en, not "${values.lang}"`);
}
const lang: Lang = values.lang;
const root = process.cwd();
const catalog = loadCatalog(root);
const rows = (id: string) => catalog.datasets.get(id)?.rows ?? [];

/** Check each value against the known ones; a typo gets a "did you mean". */
function known(option: string, given: readonly string[], candidates: string[], where: string) {
	for (const value of given) {
		if (candidates.includes(value)) continue;
		const guess = didYouMean(value, candidates);
		fail(
			`--${option} "${value}" is not ${where}.${guess ? ` Did you mean "${guess}"?` : ''}` +
				(guess
					? ''
					: `\n  known: ${candidates.slice(0, 40).join(', ')}${candidates.length > 40 ? ', …' : ''}`),
		);
	}
}
const regionRows = rows('regions');
// A region may be given by slug, by code (35.24) or by name (Lamongan): stored as its slug.
const regions = values.region.map((r) => {
	const row =
		regionRows.find((x) => x.slug === r || x.code === r) ??
		regionRows.find((x) => String(x.name).toLowerCase() === r.toLowerCase());
	return row ? String(row.slug) : r;
});
known(
	'region',
	regions,
	regionRows.map((r) => String(r.slug)),
	'a region slug in data/regions.csv',
);
known(
	'commodity',
	values.commodity,
	rows('commodities').map((r) => String(r.key)),
	'a commodity key in data/commodities.csv',
);
const ids = [...catalog.datasets.keys()];
for (const id of values.dataset) {
	if (!catalog.datasets.has(id) && existsSync(join(root, 'data', `${id}.dataset.json`))) {
		fail(
			`data/${id}.dataset.json cannot be read yet: fix its problems first\n${formatReport(catalog.problems.filter((p) => p.dataset === id))}`,
		);
	}
}
known('dataset', values.dataset, ids, 'a dataset id in data/');

const slug = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
	fail(`cannot make a URL slug from "${slug || title}": give one with --slug kata-kata-pendek`);
}
const published = values.date ?? jakartaDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) fail(`--date must be YYYY-MM-DD, not "${published}"`);
const file = `${STORIES_DIR}/${lang}/${slug}.mdx`;
if (existsSync(join(root, file))) {
	fail(`${file} already exists; nothing was written. Choose another title or --slug.`);
}

const groups = {
	chart: new Set(chartSpecs.map((s) => s.name)),
	map: new Set(mapSpecs.map((s) => s.name)),
};
const examples = storyExamples({
	datasets: catalog.datasets,
	specs: COMPONENT_SPECS,
	groups,
	...(values.dataset[0] ? { dataset: values.dataset[0] } : {}),
	idPrefix: slug,
	lang,
	regions,
	commodities: values.commodity,
});
const source = storySource({
	title,
	slug,
	lang,
	published,
	authors: values.author,
	regions,
	commodities: values.commodity,
	datasets: values.dataset,
	examples,
	devPath: routePath(lang, 'story', { slug }),
});
mkdirSync(dirname(join(root, file)), { recursive: true });
writeFileSync(join(root, file), source, { flag: 'wx' });

// The new file must pass the build's checks as written (it is a draft, so TODOs are allowed).
const mine = checkStories(root, catalog.datasets, COMPONENT_SPECS).problems.filter(
	(p) => p.file === file,
);
console.log(`✓ ${file}`);
console.log(
	`  ${examples.length} commented examples (${examples.filter((e) => e.fromDataset).length} for ${values.dataset[0] ?? '-'}); missing: ${
		[...COMPONENT_SPECS.keys()].filter((n) => !examples.some((e) => e.name === n)).join(', ') ||
		'none'
	}`,
);
if (mine.length) console.error(formatReport(mine));
if (hasErrors(catalog.problems)) {
	console.error(
		`\n! the data has ${catalog.problems.filter((p) => p.severity === 'error').length} error(s); npm run validate:data lists them`,
	);
}
console.log(
	lang === 'id'
		? `
Langkah berikutnya:
  1. npm run dev, lalu buka http://localhost:4321${routePath(lang, 'story', { slug })}
  2. Tulis ceritanya; ganti setiap TODO. Contoh komponen ada di dalam komentar {/* … */}.
  3. Siap terbit: ubah "draft: true" menjadi "draft: false". Panduan: docs/panduan.md`
		: `
Next:
  1. npm run dev, then open http://localhost:4321${routePath(lang, 'story', { slug })}
  2. Write the story; replace every TODO. Component examples are in {/* … */} comments.
  3. Ready to publish: change "draft: true" to "draft: false". Guide: docs/guide.md`,
);
process.exit(hasErrors(mine) ? 1 : 0);
