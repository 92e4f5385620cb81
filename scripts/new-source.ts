// npm run new:source -- --outlet "Berau Terkini" --url https://… --date 2025-06-25
//                       --quote "kalimat sumber yang memuat angkanya" [--title "…"] [--id …]
//                       [--quote-lang id|en] [--note "…"] [--undated "why"] [--lang id|en]
//                       [--dry-run]
//
// Adds one source to data/sources.csv: the row is quoted as CSV needs (a quote with commas or
// "…" inside is wrapped and its quotes doubled) and checked by the build's validator before it
// is written; a bad value is reported at the line and column the row would have, with the flag
// to fix. The id is made from the outlet and the date unless --id gives one. Without --date,
// --undated says why the source has no date (written into note as "undated: …"). In a terminal,
// missing values are asked; otherwise they must be given as flags. Every column of
// data/sources.dataset.json can be given as --<column> (underscores as "-").
// Messages are Indonesian; --lang en or LUMBUNG_LANG=en for English.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { jakartaDate } from '../src/lib/format/index.ts';
import { isLang, type Lang } from '../src/lib/lang.ts';
import { parseDeclaration } from '../src/lib/data/declaration.ts';
import { formatProblem, hasErrors } from '../src/lib/data/problems.ts';
import { renderText } from '../src/lib/messages/index.ts';
import { appendSource, suggestSourceId } from '../src/lib/data/source-row.ts';
import { checkDataset } from '../src/lib/data/validate.ts';

const root = process.cwd();
const CSV = 'data/sources.csv';
const DECLARATION = 'data/sources.dataset.json';

function fail(message: string): never {
	console.error(`✗ ${message}`);
	process.exit(1);
}

const parsed = parseDeclaration(
	readFileSync(join(root, DECLARATION), 'utf8'),
	DECLARATION,
	'sources',
);
if (!parsed.declaration) {
	for (const p of parsed.problems) console.error(formatProblem(p));
	fail(`${DECLARATION} cannot be read`);
}
const declaration = parsed.declaration;
const columns = declaration.schema.fields.map((f) => f.name);

// Flags: the usual ones by name, and every other column of the declaration as --<column>.
const FLAG_OF: Record<string, string> = { published: 'date', quote_lang: 'quote-lang' };
const flagOf = (column: string) => FLAG_OF[column] ?? column.replace(/_/g, '-');
const options: ParseArgsOptionsConfig = {
	id: { type: 'string' },
	outlet: { type: 'string' },
	title: { type: 'string' },
	url: { type: 'string' },
	date: { type: 'string' },
	quote: { type: 'string' },
	'quote-lang': { type: 'string' },
	note: { type: 'string' },
	undated: { type: 'string' },
	lang: { type: 'string' },
	'dry-run': { type: 'boolean', default: false },
	help: { type: 'boolean', short: 'h' },
};
for (const c of columns) options[flagOf(c)] ??= { type: 'string' };

const USAGE = `Pemakaian / usage:
  npm run new:source -- --outlet "Media" --url https://… --date YYYY-MM-DD --quote "…"
                        [--title "…"] [--id id-sumber] [--quote-lang id|en] [--note "…"]
                        [--undated "alasan"] [--lang id|en] [--dry-run]`;

let flags: Record<string, string | boolean | (string | boolean)[] | undefined>;
try {
	flags = parseArgs({ options, allowPositionals: false }).values;
} catch (error) {
	fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (flags.help) {
	console.log(USAGE);
	process.exit(0);
}
const langSetting = (flags.lang as string | undefined) ?? (process.env.LUMBUNG_LANG || 'id');
if (!isLang(langSetting)) {
	fail(`--lang / LUMBUNG_LANG: "${langSetting}" — pakai "id" atau "en" / use "id" or "en"`);
}
const lang: Lang = langSetting;
const L = (id: string, en: string) => (lang === 'en' ? en : id);
const text = (name: string) => {
	const v = flags[name];
	return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

const values: Record<string, string | undefined> = {};
for (const c of columns) values[c] = text(flagOf(c));
values.quote_lang ??= 'id';

// Missing values: asked in a terminal, else a located list of what to add.
const wanted: { column: string; flag: string; ask: string; optional?: boolean }[] = [
	{ column: 'outlet', flag: 'outlet', ask: L('Media atau lembaga', 'Outlet or institution') },
	{
		column: 'title',
		flag: 'title',
		ask: L('Judul berita (boleh kosong)', 'Headline (may be empty)'),
		optional: true,
	},
	{
		column: 'url',
		flag: 'url',
		ask: L(
			'Alamat https://… (kosong bila hanya arsip)',
			'Address https://… (empty for archive only)',
		),
		optional: true,
	},
	{
		column: 'published',
		flag: 'date',
		ask: L(
			'Tanggal terbit YYYY-MM-DD (kosong bila tidak ada)',
			'Publication date YYYY-MM-DD (empty if none)',
		),
		optional: true,
	},
	{
		column: 'quote',
		flag: 'quote',
		ask: L('Kutipan yang memuat angkanya', 'Quote that holds the figures'),
	},
];
const missing = () =>
	wanted.filter((w) => columns.includes(w.column) && !values[w.column] && !w.optional);
const undatedMissing = () => !values.published && !text('undated');
if (process.stdin.isTTY && (missing().length || undatedMissing())) {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	rl.on('SIGINT', () => {
		rl.close();
		fail(L('dihentikan; tidak ada yang ditulis.', 'stopped; nothing was written.'));
	});
	const ask = async (prompt: string) => {
		try {
			return (await rl.question(`${prompt}: `)).trim();
		} catch {
			fail(L('input berakhir; tidak ada yang ditulis.', 'input ended; nothing was written.'));
		}
	};
	for (const w of wanted) {
		if (!columns.includes(w.column) || values[w.column]) continue;
		let answer = await ask(w.ask);
		while (!answer && !w.optional) answer = await ask(w.ask);
		if (answer) values[w.column] = answer;
	}
	if (undatedMissing()) {
		const why = await ask(L('Tanpa tanggal: mengapa?', 'No date: why?'));
		if (why) flags.undated = why;
	}
	rl.close();
}
const lacking = missing().map((w) => `--${w.flag}`);
if (undatedMissing())
	lacking.push(L('--date (atau --undated "alasan")', '--date (or --undated "why")'));
const undated = text('undated');
if (undated && !values.published) {
	values.note = values.note ? `undated: ${undated}; ${values.note}` : `undated: ${undated}`;
}

const current = readFileSync(join(root, CSV), 'utf8');
const rows = checkDataset(current, declaration, CSV).dataset.rows;
const taken = new Set(rows.map((r) => String(r.id)));
values.id ??= suggestSourceId(values.outlet ?? '', values.published, taken);
const today = jakartaDate(new Date());
const appended = appendSource(current, declaration, values, CSV, today);
const flagFor = (p: { field?: string }) =>
	p.field && columns.includes(p.field) ? ` (--${flagOf(p.field)})` : '';
for (const p of appended.problems) {
	console.error(
		formatProblem({ ...p, message: `${renderText(p.message, lang)}${flagFor(p)}` }, lang),
	);
}
if (lacking.length) {
	console.error(
		L(
			`✗ belum lengkap: ${lacking.join(', ')}${process.stdin.isTTY ? '' : ' (input bukan terminal, jadi tidak ditanyakan)'}.`,
			`✗ incomplete: ${lacking.join(', ')}${process.stdin.isTTY ? '' : ' (the input is not a terminal, so nothing is asked)'}.`,
		),
	);
}
if (lacking.length || hasErrors(appended.problems)) {
	fail(
		L(
			`sumber ini belum bisa ditambahkan: perbaiki nilai di atas (bendera di akhir pesan). Tidak ada yang ditulis.\n${USAGE}`,
			`this source cannot be added yet: fix the values above (the flag is at the end of each message). Nothing was written.\n${USAGE}`,
		),
	);
}
const sameUrl = values.url ? rows.filter((r) => r.url === values.url).map((r) => r.id) : [];
if (sameUrl.length) {
	console.log(
		L(
			`Catatan: alamat ini sudah dikutip sebagai ${sameUrl.join(', ')}; sumber baru dengan kutipan lain dari halaman yang sama tidak apa-apa.`,
			`Note: this address is already cited as ${sameUrl.join(', ')}; a new source with another quote from the same page is fine.`,
		),
	);
}
if (flags['dry-run']) {
	console.log(`${CSV}:${appended.line}: ${appended.row}`);
	console.log(`--dry-run: ${L('tidak ada yang ditulis.', 'nothing was written.')}`);
	process.exit(0);
}
writeFileSync(join(root, CSV), appended.text);
console.log(`✓ ${CSV}:${appended.line}: ${values.id}`);
console.log(
	L(
		`Pakai id ini di kolom source datanya, misalnya: npm run new:dataset -- file.csv --source ${values.id}`,
		`Use this id in the data's source column, e.g.: npm run new:dataset -- file.csv --source ${values.id}`,
	),
);
