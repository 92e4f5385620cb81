// npm run new:dataset -- path/to/file.csv [--id my-id] [--source source-id] [--answer field=choice]
//                        [--lang id|en] [--dry-run] [--force] [--date YYYY-MM-DD]
//
// Reads a CSV (as Excel exports it: any delimiter, decimal commas, BOM, Windows-1252…), explains
// what it found, and writes two files: data/<id>.csv (a UTF-8 copy with snake_case column names,
// without a title line, notes, empty rows or empty trailing columns, with a source column) and
// data/<id>.dataset.json, a draft declaration whose "TODO: …" texts say what to fill in. Until
// every TODO is replaced, npm run validate:data and the build refuse the dataset, naming each one.
//
// What the file cannot settle is asked: how "1.161" reads (thousands or decimal), and whether a
// column whose header or note names a scale ("Rp miliar", "ribu ton") is converted to base units.
// In a terminal the questions are asked one by one; otherwise (a script, a test) each must be
// answered with --answer <column>=<choice>, or nothing is written. Messages are Indonesian;
// --lang en or LUMBUNG_LANG=en for English.
// --dry-run only reports; --force overwrites existing files; --date sets "updated" (YYYY-MM-DD).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { jakartaDate } from '../src/lib/format/index.ts';
import { isLang, type Lang } from '../src/lib/lang.ts';
import { parseDeclaration } from '../src/lib/data/declaration.ts';
import {
	answerProblems,
	draftDataset,
	matchChoice,
	parseAnswers,
	type Answer,
	type Question,
} from '../src/lib/data/inspect.ts';
import { loadCatalog } from '../src/lib/data/load.ts';
import { didYouMean, formatProblem, hasErrors } from '../src/lib/data/problems.ts';
import { isSaid, renderText } from '../src/lib/messages/index.ts';
import { slugify } from '../src/lib/stories/scaffold.ts';

function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			id: { type: 'string' },
			source: { type: 'string' },
			date: { type: 'string' },
			answer: { type: 'string', multiple: true, default: [] },
			lang: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h' },
		},
	});
}

const USAGE = `Pemakaian / usage:
  npm run new:dataset -- path/ke/file.csv [--id nama-dataset] [--source id-sumber]
                         [--answer kolom=pilihan]… [--lang id|en]
                         [--dry-run] [--force] [--date YYYY-MM-DD]`;

function fail(message: string): never {
	console.error(`✗ ${message}`);
	process.exit(1);
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
const langSetting = values.lang ?? (process.env.LUMBUNG_LANG || 'id');
if (!isLang(langSetting)) {
	fail(`--lang / LUMBUNG_LANG: "${langSetting}" — pakai "id" atau "en" / use "id" or "en"`);
}
const lang: Lang = langSetting;
const L = (id: string, en: string) => (lang === 'en' ? en : id);

const input = positionals[0];
if (!input || positionals.length > 1) {
	fail(`${L('sebutkan satu file CSV.', 'give one CSV file.')}\n${USAGE}`);
}
if (!existsSync(input)) fail(L(`${input} tidak ada`, `${input} does not exist`));

const root = process.cwd();
const id = values.id ?? slugify(basename(input).replace(/\.(csv|txt)$/i, ''));
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
	fail(
		L(
			`"${id}" tidak bisa menjadi id dataset: pakai --id dengan huruf kecil, angka dan "-"`,
			`"${id}" cannot be a dataset id: use --id with lowercase letters, digits and "-"`,
		),
	);
}
const today = values.date ?? jakartaDate(new Date());
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
	fail(L(`--date harus YYYY-MM-DD, bukan "${today}"`, `--date must be YYYY-MM-DD, not "${today}"`));
}
const csvPath = `data/${id}.csv`;
const declPath = `data/${id}.dataset.json`;
const sameFile = resolve(input) === resolve(root, csvPath);
if (!values.force && !values['dry-run']) {
	for (const path of [declPath, csvPath]) {
		if (existsSync(join(root, path)) && !(path === csvPath && sameFile)) {
			fail(
				L(
					`${path} sudah ada; tidak ada yang ditulis (--force menimpa, --id memilih id lain)`,
					`${path} already exists; nothing was written (--force overwrites, --id picks another id)`,
				),
			);
		}
	}
}
const given = parseAnswers(values.answer);
if (given.bad.length) {
	fail(
		L(
			`--answer ditulis kolom=pilihan, misalnya --answer volume_ton=thousands; bukan ${given.bad.map((b) => `"${b}"`).join(', ')}`,
			`--answer is written column=choice, e.g. --answer volume_ton=thousands; not ${given.bad.map((b) => `"${b}"`).join(', ')}`,
		),
	);
}

const catalog = loadCatalog(root);
const sourceIds = (catalog.datasets.get('sources')?.rows ?? []).map((r) => String(r.id));
if (values.source && !sourceIds.includes(values.source)) {
	const guess = didYouMean(values.source, sourceIds);
	fail(
		L(
			`--source "${values.source}" bukan id di data/sources.csv.${guess ? ` Maksudnya "${guess}"?` : ' Tambahkan sumbernya dulu (npm run new:source).'}`,
			`--source "${values.source}" is not an id in data/sources.csv.${guess ? ` Did you mean "${guess}"?` : ' Add the source first (npm run new:source).'}`,
		),
	);
}

const bytes = readFileSync(input);
const draftWith = (answers: readonly Answer[]) =>
	draftDataset(bytes, csvPath, {
		id,
		today,
		datasets: catalog.datasets,
		answers,
		lang,
		...(values.source ? { source: values.source } : {}),
	});
const answers: Answer[] = [...given.answers];
let draft = draftWith(answers);
const print = (line = '') => console.log(line);

const wrongAnswers = answerProblems(draft.inspection.questions, answers, lang);
if (wrongAnswers.length) fail(wrongAnswers.join('\n  '));

const { inspection } = draft;
print(
	L(
		`${input}: ${inspection.rows} baris, ${inspection.columns.length} kolom`,
		`${input}: ${inspection.rows} rows, ${inspection.columns.length} columns`,
	),
);
if (inspection.blocking) {
	for (const p of draft.problems) print(formatProblem({ ...p, file: input }, lang));
	fail(
		L(
			`file ini belum bisa dibaca (${draft.problems.filter((p) => p.severity === 'error').length} error di atas, dengan baris file asli); perbaiki dulu, lalu jalankan lagi. Tidak ada yang ditulis.`,
			`this file cannot be read yet (${draft.problems.filter((p) => p.severity === 'error').length} errors above, at lines of the original); fix them, then run again. Nothing was written.`,
		),
	);
}

// Questions: asked in a terminal, else answered with --answer (nothing is guessed).
const showQuestion = (q: Question, k: number, n: number) => {
	print(`\n${L('Pertanyaan', 'Question')} ${k}/${n} — ${q.text}`);
	q.choices.forEach((c, i) => print(`  ${i + 1}. ${c.key}: ${c.label}`));
};
if (draft.open.length) {
	if (!process.stdin.isTTY) {
		const open = draft.open;
		open.forEach((q, k) => showQuestion(q, k + 1, open.length));
		print('');
		fail(
			L(
				`${open.length} pertanyaan belum dijawab dan input bukan terminal, jadi tidak ada yang ditebak dan tidak ada yang ditulis. Jalankan di terminal, atau tambahkan jawabannya:\n  ${open.map((q) => `--answer ${q.field}=${q.choices.map((c) => c.key).join('|')}`).join(' ')}`,
				`${open.length} question(s) unanswered and the input is not a terminal, so nothing is guessed and nothing was written. Run it in a terminal, or add the answers:\n  ${open.map((q) => `--answer ${q.field}=${q.choices.map((c) => c.key).join('|')}`).join(' ')}`,
			),
		);
	}
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	rl.on('SIGINT', () => {
		rl.close();
		fail(L('dihentikan; tidak ada yang ditulis.', 'stopped; nothing was written.'));
	});
	const open = draft.open;
	for (const [k, q] of open.entries()) {
		showQuestion(q, k + 1, open.length);
		for (;;) {
			let reply: string;
			try {
				reply = await rl.question(L('Pilih (nomor atau kata): ', 'Choose (number or word): '));
			} catch {
				fail(L('input berakhir; tidak ada yang ditulis.', 'input ended; nothing was written.'));
			}
			const choice = matchChoice(q, reply);
			if (choice) {
				answers.push({ field: q.field, choice });
				break;
			}
			print(
				L(
					`  "${reply.trim()}" bukan pilihan: ketik 1–${q.choices.length} atau ${q.choices.map((c) => c.key).join(', ')}`,
					`  "${reply.trim()}" is not a choice: type 1–${q.choices.length} or ${q.choices.map((c) => c.key).join(', ')}`,
				),
			);
		}
	}
	rl.close();
	draft = draftWith(answers);
}
const final = draft.inspection;
if (final.questions.length) {
	print(
		`\n${L('Jawaban (untuk mengulang tanpa ditanya)', 'Answers (to run again without being asked)')}: ${final.questions.map((q) => `--answer ${q.field}=${q.answer}`).join(' ')}`,
	);
}

if (final.fixes.length) {
	print(
		`\n${L(`Salinan ${csvPath} berbeda dari file asli:`, `The copy ${csvPath} differs from the original:`)}`,
	);
	for (const f of final.fixes) print(`  • ${f}`);
}
print(`\n${L('Kolom (tipe: alasannya):', 'Columns (type: why):')}`);
const width = Math.max(...final.columns.map((c) => c.name.length));
for (const c of final.columns) {
	const dialect = [
		c.decimalChar ? `decimalChar "${c.decimalChar}"` : '',
		c.groupChar ? `groupChar "${c.groupChar}"` : '',
		c.unit ? `unit ${c.unit}` : '',
		c.required ? L('wajib', 'required') : '',
	]
		.filter(Boolean)
		.join(', ');
	print(`  ${c.name.padEnd(width)}  ${c.type}${dialect ? ` (${dialect})` : ''}: ${c.why}`);
}
if (final.notes.length) {
	print(`\n${L('Pilihan lain dalam draf:', 'Other choices in the draft:')}`);
	for (const n of final.notes) print(`  • ${n}`);
	print(
		`  • ${L('lisensi CC-BY-4.0 (bawaan situs): ganti bila sumber datanya berlisensi lain', 'licence CC-BY-4.0 (the site default): change it if the data has another licence')}`,
	);
}

// Formatted as the repo formats JSON; TODO positions are read from the formatted text.
const options = (await prettier.resolveConfig(join(root, declPath))) ?? {};
const json = await prettier.format(draft.json, { ...options, filepath: join(root, declPath) });
const todos = parseDeclaration(json, declPath, id).problems.filter(
	(p) => p.code === 'declaration-todo',
);
const others = draft.problems.filter((p) => p.code !== 'declaration-todo');
if (others.length) {
	const errors = others.filter((p) => p.severity === 'error').length;
	print(
		`\n${L(`Masalah di data (${errors} error): perbaiki di ${csvPath}:`, `Problems in the data (${errors} errors): fix them in ${csvPath}:`)}`,
	);
	for (const p of others.slice(0, 40)) print(formatProblem(p, lang));
	if (others.length > 40) {
		print(
			L(
				`… dan ${others.length - 40} lagi (npm run validate:data)`,
				`… and ${others.length - 40} more (npm run validate:data)`,
			),
		);
	}
}
if (todos.length) {
	print(
		`\n${L(`Isi ${todos.length} TODO di ${declPath} (baris:kolom — apa yang ditulis):`, `Fill ${todos.length} TODOs in ${declPath} (line:col — what to write):`)}`,
	);
	for (const p of todos) {
		// The key of the TODO (`title.en`), and what to write there.
		const key = isSaid(p.message) ? String(p.message.params?.key) : renderText(p.message, lang);
		print(`  ${p.line}:${p.col}  ${key} — ${p.expected ? renderText(p.expected, lang) : ''}`);
	}
}
const emptySources = others.some((p) => p.field === 'source' && p.code === 'constraint-error');
if (emptySources) {
	print(
		`\n${L(
			`Setiap baris butuh sumber: tambahkan sumbernya (npm run new:source -- --url … --outlet … --date … --quote "…"),\nlalu isi kolom source di ${csvPath} dengan id itu (atau jalankan lagi dengan --source <id> --force).`,
			`Every row needs a source: add it (npm run new:source -- --url … --outlet … --date … --quote "…"),\nthen fill the source column of ${csvPath} with its id (or run again with --source <id> --force).`,
		)}`,
	);
}

if (values['dry-run']) {
	print(`\n--dry-run: ${L('tidak ada yang ditulis.', 'nothing was written.')}`);
	process.exit(hasErrors(others) ? 1 : 0);
}
writeFileSync(join(root, csvPath), final.text);
writeFileSync(join(root, declPath), json);
print(`\n✓ ${csvPath}\n✓ ${declPath} (${L('draf', 'draft')})`);
print(
	`\n${L(
		`Langkah berikutnya: isi setiap TODO, perbaiki masalah di atas, lalu jalankan npm run validate:data\nsampai bersih. Setelah itu buka /data/${id}/ di npm run dev. Panduan: docs/panduan.md`,
		`Next: fill every TODO, fix the problems above, then run npm run validate:data until it is\nclean. Then open /data/${id}/ in npm run dev. Guide: docs/guide.md`,
	)}`,
);
