// npm run new:story -- "Judul cerita" [--lang en] [--region lamongan] [--commodity kakao]
//                      [--dataset villages] [--author "Nama"] [--slug x] [--date YYYY-MM-DD]
//
// Writes src/content/stories/<lang>/<slug>.mdx: a draft with its frontmatter filled in and a
// commented example of every story component, using real dataset ids and columns (checked by
// the MDX lint, so uncommenting one builds). Refuses to overwrite a file. --region, --commodity,
// --dataset and --author may be repeated. Messages are in the story's language (Indonesian by
// default); LUMBUNG_LANG=id or en chooses.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { jakartaDate } from '../src/lib/format/index.ts';
import { type Lang } from '../src/lib/lang.ts';
import { routePath } from '../src/lib/i18n/routes.ts';
import { loadCatalog } from '../src/lib/data/load.ts';
import { didYouMean, formatReport, hasErrors } from '../src/lib/data/problems.ts';
import { langSetting } from '../src/lib/messages/index.ts';
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
if (values.lang !== 'id' && values.lang !== 'en') {
	fail(`--lang: pakai id atau en, bukan "${values.lang}" / use id or en, not "${values.lang}"`);
}
const lang: Lang = values.lang;
let said: Lang = lang;
try {
	said = langSetting(process.env) ?? lang;
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
/** A message in the reader's language: Indonesian, English. */
const L = (id: string, en: string) => (said === 'en' ? en : id);
const title = positionals.join(' ').trim();
if (!title)
	fail(
		`${L('tulis judul ceritanya dalam tanda kutip.', "give the story's title in quotes.")}\n${USAGE}`,
	);
const root = process.cwd();
const catalog = loadCatalog(root);
const rows = (id: string) => catalog.datasets.get(id)?.rows ?? [];

/** Check each value against the known ones; a typo gets a "did you mean". */
function known(option: string, given: readonly string[], candidates: string[], where: string) {
	for (const value of given) {
		if (candidates.includes(value)) continue;
		const guess = didYouMean(value, candidates);
		fail(
			`--${option} "${value}" ${L('bukan', 'is not')} ${where}.${guess ? ` ${L('Maksud Anda', 'Did you mean')} "${guess}"?` : ''}` +
				(guess
					? ''
					: `\n  ${L('yang ada', 'known')}: ${candidates.slice(0, 40).join(', ')}${candidates.length > 40 ? ', …' : ''}`),
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
	L('slug wilayah di data/regions.csv', 'a region slug in data/regions.csv'),
);
known(
	'commodity',
	values.commodity,
	rows('commodities').map((r) => String(r.key)),
	L('kunci komoditas di data/commodities.csv', 'a commodity key in data/commodities.csv'),
);
const ids = [...catalog.datasets.keys()];
for (const id of values.dataset) {
	if (!catalog.datasets.has(id) && existsSync(join(root, 'data', `${id}.dataset.json`))) {
		fail(
			`${L(`data/${id}.dataset.json belum bisa dibaca: perbaiki dulu masalahnya`, `data/${id}.dataset.json cannot be read yet: fix its problems first`)}\n${formatReport(
				catalog.problems.filter((p) => p.dataset === id),
				said,
			)}`,
		);
	}
}
known('dataset', values.dataset, ids, L('id dataset di data/', 'a dataset id in data/'));

const slug = values.slug ?? slugify(title);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
	fail(
		L(
			`alamat cerita tidak bisa dibuat dari "${slug || title}": berikan dengan --slug kata-kata-pendek`,
			`cannot make a URL slug from "${slug || title}": give one with --slug kata-kata-pendek`,
		),
	);
}
const published = values.date ?? jakartaDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) {
	fail(
		L(
			`--date harus YYYY-MM-DD, bukan "${published}"`,
			`--date must be YYYY-MM-DD, not "${published}"`,
		),
	);
}
const file = `${STORIES_DIR}/${lang}/${slug}.mdx`;
if (existsSync(join(root, file))) {
	fail(
		L(
			`${file} sudah ada; tidak ada yang ditulis. Pilih judul lain atau --slug.`,
			`${file} already exists; nothing was written. Choose another title or --slug.`,
		),
	);
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
const missingNames =
	[...COMPONENT_SPECS.keys()].filter((n) => !examples.some((e) => e.name === n)).join(', ') ||
	L('tidak ada', 'none');
const fromDataset = examples.filter((e) => e.fromDataset).length;
console.log(
	L(
		`  ${examples.length} contoh dalam komentar (${fromDataset} untuk ${values.dataset[0] ?? '-'}); tidak ada contoh: ${missingNames}`,
		`  ${examples.length} commented examples (${fromDataset} for ${values.dataset[0] ?? '-'}); missing: ${missingNames}`,
	),
);
if (mine.length) console.error(formatReport(mine, said));
if (hasErrors(catalog.problems)) {
	const n = catalog.problems.filter((p) => p.severity === 'error').length;
	console.error(
		`\n! ${L(`data berisi ${n} error; npm run validate:data mendaftarnya`, `the data has ${n} error(s); npm run validate:data lists them`)}`,
	);
}
console.log(
	said === 'id'
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
