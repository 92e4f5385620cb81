// npm run new:dataset -- path/to/file.csv [--id my-id] [--source source-id] [--dry-run] [--force]
//
// Reads a CSV (as Excel exports it: any delimiter, decimal commas, BOM, Windows-1252…), explains
// what it found, and writes two files: data/<id>.csv (a UTF-8 copy with snake_case column names,
// without a title line or empty trailing columns, with a source column) and
// data/<id>.dataset.json, a draft declaration whose "TODO: …" texts say what to fill in. Until
// every TODO is replaced, npm run validate:data and the build refuse the dataset, naming each one.
// --dry-run only reports; --force overwrites existing files; --date sets "updated" (YYYY-MM-DD).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { jakartaDate } from '../src/lib/format/index.ts';
import { parseDeclaration } from '../src/lib/data/declaration.ts';
import { draftDataset } from '../src/lib/data/inspect.ts';
import { loadCatalog } from '../src/lib/data/load.ts';
import { didYouMean, formatProblem, hasErrors } from '../src/lib/data/problems.ts';
import { slugify } from '../src/lib/stories/scaffold.ts';

const USAGE = `Pemakaian / usage:
  npm run new:dataset -- path/ke/file.csv [--id nama-dataset] [--source id-sumber]
                         [--dry-run] [--force] [--date YYYY-MM-DD]`;

function fail(message: string): never {
	console.error(`✗ ${message}`);
	process.exit(1);
}

function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			id: { type: 'string' },
			source: { type: 'string' },
			date: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h' },
		},
	});
}
let args: ReturnType<typeof parse>;
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
const input = positionals[0];
if (!input || positionals.length > 1) fail(`give one CSV file.\n${USAGE}`);
if (!existsSync(input)) fail(`${input} does not exist`);

const root = process.cwd();
const id = values.id ?? slugify(basename(input).replace(/\.(csv|txt)$/i, ''));
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
	fail(`"${id}" cannot be a dataset id: use --id with lowercase letters, digits and "-"`);
}
const today = values.date ?? jakartaDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--date must be YYYY-MM-DD, not "${today}"`);
const csvPath = `data/${id}.csv`;
const declPath = `data/${id}.dataset.json`;
const sameFile = resolve(input) === resolve(root, csvPath);
if (!values.force && !values['dry-run']) {
	if (existsSync(join(root, declPath))) {
		fail(
			`${declPath} already exists; nothing was written (--force overwrites, --id picks another id)`,
		);
	}
	if (existsSync(join(root, csvPath)) && !sameFile) {
		fail(
			`${csvPath} already exists; nothing was written (--force overwrites, --id picks another id)`,
		);
	}
}

const catalog = loadCatalog(root);
const sourceIds = (catalog.datasets.get('sources')?.rows ?? []).map((r) => String(r.id));
if (values.source && !sourceIds.includes(values.source)) {
	const guess = didYouMean(values.source, sourceIds);
	fail(
		`--source "${values.source}" is not an id in data/sources.csv.${guess ? ` Did you mean "${guess}"?` : ' Add the source there first.'}`,
	);
}

const draft = draftDataset(readFileSync(input), csvPath, {
	id,
	today,
	datasets: catalog.datasets,
	...(values.source ? { source: values.source } : {}),
});
const { inspection } = draft;
const print = (line = '') => console.log(line);

print(`${input}: ${inspection.rows} baris, ${inspection.columns.length} kolom`);
if (inspection.blocking) {
	for (const p of draft.problems) print(formatProblem({ ...p, file: input }));
	fail('file ini belum bisa dibaca; perbaiki dulu, lalu jalankan lagi. Tidak ada yang ditulis.');
}
if (inspection.fixes.length) {
	print(`\nSalinan ${csvPath} berbeda dari file asli:`);
	for (const f of inspection.fixes) print(`  • ${f}`);
}
print('\nKolom (tipe: alasannya):');
const width = Math.max(...inspection.columns.map((c) => c.name.length));
for (const c of inspection.columns) {
	const dialect = [
		c.decimalChar ? `decimalChar "${c.decimalChar}"` : '',
		c.groupChar ? `groupChar "${c.groupChar}"` : '',
		c.unit ? `unit ${c.unit}` : '',
		c.required ? 'wajib' : '',
	]
		.filter(Boolean)
		.join(', ');
	print(`  ${c.name.padEnd(width)}  ${c.type}${dialect ? ` (${dialect})` : ''}: ${c.why}`);
	if (c.check) print(`  ${' '.repeat(width)}  ! periksa: ${c.check}`);
}
if (inspection.notes.length) {
	print('\nPilihan lain dalam draf:');
	for (const n of inspection.notes) print(`  • ${n}`);
	print('  • lisensi CC-BY-4.0 (bawaan situs): ganti bila sumber datanya berlisensi lain');
}

// Formatted as the repo formats JSON; TODO positions are read from the formatted text.
const options = (await prettier.resolveConfig(join(root, declPath))) ?? {};
const json = await prettier.format(draft.json, { ...options, filepath: join(root, declPath) });
const todos = parseDeclaration(json, declPath, id).problems.filter(
	(p) => p.code === 'declaration-todo',
);
const others = draft.problems.filter((p) => p.code !== 'declaration-todo');
if (others.length) {
	print(
		`\nMasalah di data (${others.filter((p) => p.severity === 'error').length} error): perbaiki di ${csvPath}:`,
	);
	for (const p of others.slice(0, 40)) print(formatProblem(p));
	if (others.length > 40) print(`… dan ${others.length - 40} lagi (npm run validate:data)`);
}
if (todos.length) {
	print(`\nIsi ${todos.length} TODO di ${declPath} (baris:kolom — apa yang ditulis):`);
	for (const p of todos)
		print(`  ${p.line}:${p.col}  ${p.message.replace(/ is still a TODO$/, '')} — ${p.expected}`);
}
const emptySources = others.some((p) => p.field === 'source' && p.code === 'constraint-error');
if (emptySources) {
	print(
		`\nSetiap baris butuh sumber: tambahkan sumbernya ke data/sources.csv (id, outlet, title, url, published, quote…),\nlalu isi kolom source di ${csvPath} dengan id itu (atau jalankan lagi dengan --source <id> --force).`,
	);
}

if (values['dry-run']) {
	print('\n--dry-run: tidak ada yang ditulis.');
	process.exit(hasErrors(others) ? 1 : 0);
}
writeFileSync(join(root, csvPath), inspection.text);
writeFileSync(join(root, declPath), json);
print(`\n✓ ${csvPath}\n✓ ${declPath} (draf)`);
print(
	`\nLangkah berikutnya: isi setiap TODO, perbaiki masalah di atas, lalu jalankan npm run validate:data\nsampai bersih. Setelah itu buka /data/${id}/ di npm run dev. Panduan: docs/panduan.md`,
);
