// npm run kirim [-- --yes] [--dry-run]        (English: npm run send)
//
// Sends a journalist's work to the newsroom in one command, without any git knowledge:
//  1. lists what changed: stories, datasets, sources and images are sent; files the tools write
//     (a rewritten package-lock.json, dist/, caches) and the site's code are never sent;
//  2. checks what a reviewer would: the data, every story, a full build, and the links of the
//     changed pages in that build; any error stops here, nothing is sent;
//  3. says in plain words what will be sent (which stories, datasets and sources, which are
//     drafts) and asks (in a terminal; elsewhere --yes answers);
//  4. marks a new dataset that only drafts use as "draft": true (so it stays unpublished once it
//     is in the repository), commits only the files it sends, with a message made from the
//     story titles, and pushes to the newsroom's server when one is configured (else says what
//     to do). --dry-run stops after step 3.
// Messages are Indonesian; --lang en (npm run send) or LUMBUNG_LANG=en for English.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { applyEdits, modify } from 'jsonc-parser';
import { draftDatasets, type StoryUse } from '../src/lib/data/drafts.ts';
import { loadCatalog } from '../src/lib/data/load.ts';
import { formatReport, hasErrors } from '../src/lib/data/problems.ts';
import { sourceRowWarnings } from '../src/lib/data/source-row.ts';
import { isLang, type Lang } from '../src/lib/lang.ts';
import { routePath } from '../src/lib/i18n/routes.ts';
import { COMPONENT_SPECS } from '../src/lib/mdx/registry.ts';
import {
	changedSources,
	commitMessage,
	pageLinks,
	parseStatus,
	sortChange,
	type Sorted,
} from '../src/lib/send/changes.ts';
import { checkStories } from '../src/lib/stories/load.ts';
import { storyDatasets, storySources } from '../src/lib/stories/sources.ts';

const { values } = parseArgs({
	options: {
		yes: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
		lang: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
});
const chosen = values.lang ?? (process.env.LUMBUNG_LANG || 'id');
if (!isLang(chosen)) {
	console.error(`✗ --lang / LUMBUNG_LANG: "${chosen}" — pakai "id" atau "en" / use "id" or "en"`);
	process.exit(1);
}
const lang: Lang = chosen;
const L = (id: string, en: string) => (lang === 'en' ? en : id);
const USAGE = L(
	'Pemakaian: npm run kirim [-- --yes] [--dry-run]',
	'Usage: npm run send [-- --yes] [--dry-run]',
);
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}

function fail(message: string): never {
	console.error(`\n✗ ${message}`);
	process.exit(1);
}

const root = process.cwd();
/** Run git; its output, or undefined when it fails. */
function git(args: string[], quiet = true): string | undefined {
	try {
		return execFileSync('git', args, {
			cwd: root,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'],
		});
	} catch {
		return undefined;
	}
}

if (git(['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') {
	fail(
		L(
			'folder ini belum tersambung ke redaksi (bukan repositori git). Minta editor Anda menyiapkannya, lalu jalankan npm run kirim lagi.',
			'this folder is not connected to the newsroom (not a git repository). Ask your editor to set it up, then run npm run send again.',
		),
	);
}

// 1. What changed.
const sorted: Sorted[] = parseStatus(
	git(['status', '--porcelain=v1', '-z', '--untracked-files=all']) ?? '',
).map(sortChange);
const sent = sorted.filter((c): c is Extract<Sorted, { send: string }> => 'send' in c);
const held = sorted.filter((c): c is Extract<Sorted, { hold: string }> => 'hold' in c);
const remotes = (git(['remote']) ?? '').split('\n').filter(Boolean);
const remote = remotes.includes('origin') ? 'origin' : remotes[0];
const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'])?.trim() ?? 'HEAD';

/** Push to the newsroom's server, or say what to do when there is none or it fails. */
function push(): void {
	if (!remote) {
		console.log(
			L(
				'\nBelum ada server redaksi yang tersambung, jadi perubahan ini baru tersimpan di komputer ini.\nMinta editor Anda menyambungkannya (git remote add origin <alamat>), lalu jalankan npm run kirim lagi: yang sudah tersimpan akan ikut terkirim.',
				'\nNo newsroom server is connected, so this change is saved on this computer only.\nAsk your editor to connect one (git remote add origin <address>), then run npm run send again: what is saved goes with it.',
			),
		);
		return;
	}
	const result = spawnSync('git', ['push', '--set-upstream', remote, branch], {
		cwd: root,
		encoding: 'utf8',
	});
	if (result.status !== 0) {
		console.error(result.stderr);
		fail(
			L(
				`pengiriman ke server redaksi (${remote}) gagal; perubahan Anda sudah tersimpan di komputer ini. Periksa sambungan internet, lalu jalankan npm run kirim lagi.`,
				`sending to the newsroom server (${remote}) failed; your change is saved on this computer. Check the connection, then run npm run send again.`,
			),
		);
	}
	console.log(
		L(`✓ Terkirim ke server redaksi (${remote}).`, `✓ Sent to the newsroom server (${remote}).`),
	);
}

if (held.length) {
	console.log(L('Tidak dikirim:', 'Not sent:'));
	for (const c of held) {
		console.log(
			`  · ${c.path} — ${
				c.hold === 'generated'
					? L(
							'dibuat oleh program (npm, build), bukan oleh Anda',
							'written by the tools (npm, the build), not by you',
						)
					: L(
							'bukan cerita, data, sumber atau gambar (kode situs dikirim pengembang)',
							"not a story, data, source or image (the site's code is sent by the developers)",
						)
			}`,
		);
	}
}
if (sent.length === 0) {
	const ahead = Number(git(['rev-list', '--count', '@{u}..HEAD'])?.trim() ?? NaN);
	const unpushed =
		remote && (Number.isNaN(ahead) ? git(['rev-parse', 'HEAD']) !== undefined : ahead > 0);
	if (unpushed && !values['dry-run']) {
		console.log(
			L(
				'Tidak ada perubahan baru; mengirim yang sudah tersimpan.',
				'No new change; sending what is saved.',
			),
		);
		push();
		process.exit(0);
	}
	console.log(
		L(
			'Tidak ada cerita, data atau sumber yang berubah: tidak ada yang dikirim.',
			'No story, data or source changed: nothing to send.',
		),
	);
	process.exit(0);
}

// 2. The checks a reviewer would run.
const step = (text: string) => process.stdout.write(`${text}… `);
const ok = (extra = '') => console.log(`${L('beres', 'ok')}${extra}`);

step(L('Memeriksa data', 'Checking the data'));
const catalog = loadCatalog(root);
if (hasErrors(catalog.problems)) {
	console.log('');
	console.error(formatReport(catalog.problems, lang));
	fail(
		L(
			'belum bisa dikirim: perbaiki dulu datanya (lihat di atas).',
			'cannot be sent yet: fix the data first (see above).',
		),
	);
}
ok();
step(L('Memeriksa cerita', 'Checking the stories'));
const checked = checkStories(root, catalog.datasets, COMPONENT_SPECS);
if (hasErrors(checked.problems)) {
	console.log('');
	console.error(formatReport(checked.problems, lang));
	fail(
		L(
			'belum bisa dikirim: perbaiki dulu ceritanya (lihat di atas).',
			'cannot be sent yet: fix the stories first (see above).',
		),
	);
}
const warnings = [...catalog.problems, ...checked.problems];
ok(warnings.length ? ` (${warnings.length} ${L('peringatan', 'warning(s)')})` : '');
if (warnings.length) console.log(formatReport(warnings, lang));

step(L('Membangun situs', 'Building the site'));
// The same build as npm run build, into dist/ (or OUT_DIR): what it leaves is the site as sent.
const out = resolve(root, process.env.OUT_DIR || 'dist');
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
	cwd: root,
	encoding: 'utf8',
	env: { ...process.env, OUT_DIR: out, BASE_PATH: '/', LUMBUNG_LANG: lang },
});
if (build.status !== 0) {
	console.log('');
	console.error(`${build.stdout}\n${build.stderr}`.trim());
	fail(
		L(
			'belum bisa dikirim: situsnya tidak bisa dibangun (lihat di atas).',
			'cannot be sent yet: the site does not build (see above).',
		),
	);
}
ok();

const stories = sent.filter((c) => c.send === 'story');
const storyFile = (id: string) => checked.stories.find((s) => s.id === id);
const pages = [
	...stories.flatMap((c) => {
		const s = storyFile(c.id);
		return s && s.status === 'published' ? [routePath(s.lang, 'story', { slug: s.slug })] : [];
	}),
	...[...new Set(sent.filter((c) => c.send === 'dataset').map((c) => c.id))].flatMap((id) =>
		catalog.datasets.has(id)
			? [routePath('id', 'dataset', { id }), routePath('en', 'dataset', { id })]
			: [],
	),
];
step(
	L(`Memeriksa tautan di ${pages.length} halaman`, `Checking the links of ${pages.length} page(s)`),
);
const exists = (path: string) => {
	const file = join(out, path);
	return (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, 'index.html'));
};
const broken: string[] = [];
for (const page of pages) {
	const file = join(out, page, 'index.html');
	if (!existsSync(file)) continue; // a draft dataset's page is not built
	for (const link of pageLinks(readFileSync(file, 'utf8'))) {
		if (!exists(link)) broken.push(`${page} → ${link}`);
	}
}
if (broken.length) {
	console.log('');
	for (const b of broken) console.error(`  ${b}`);
	fail(
		L(
			'belum bisa dikirim: ada tautan yang tidak menuju halaman mana pun (lihat di atas).',
			'cannot be sent yet: some links lead nowhere (see above).',
		),
	);
}
ok();

// 3. What will be sent, in plain words.
const tracked = new Set((git(['ls-files', '-z', '--', 'data']) ?? '').split('\0').filter(Boolean));
const uses: StoryUse[] = checked.stories.map((s) => ({
	status: s.status,
	datasets: storyDatasets(s.parsed, s.frontmatter),
	sources: storySources(s.parsed, catalog.datasets, COMPONENT_SPECS, s.frontmatter?.sources),
}));
const drafts = draftDatasets(
	catalog.datasets,
	uses,
	(id) => !tracked.has(`data/${id}.dataset.json`),
);
const datasetIds = [...new Set(sent.filter((c) => c.send === 'dataset').map((c) => c.id))];
const before = git(['show', 'HEAD:data/sources.csv']) ?? '';
const sourcesNow = existsSync(join(root, 'data/sources.csv'))
	? readFileSync(join(root, 'data/sources.csv'), 'utf8')
	: '';
const sourceIds = sent.some((c) => c.send === 'sources') ? changedSources(before, sourcesNow) : [];
// The sources sent are dated and point at their article (warnings: they do not stop the send).
const sourceLines = sourcesNow.split(/\r?\n/);
const sourceFields =
	catalog.datasets.get('sources')?.declaration.schema.fields.map((f) => f.name) ?? [];
const sourceWarnings = sourceIds.flatMap((id) => {
	const row = catalog.datasets.get('sources')?.rows.find((r) => r.id === id);
	const line = sourceLines.findIndex((l) => l.startsWith(`${id},`)) + 1;
	if (!row || line === 0) return [];
	const values = Object.fromEntries(
		sourceFields.map((f) => [f, row[f] === null || row[f] === undefined ? '' : String(row[f])]),
	);
	return sourceRowWarnings(values, sourceFields, 'data/sources.csv', line);
});
if (sourceWarnings.length) console.log(`\n${formatReport(sourceWarnings, lang)}`);
const storyInfo = stories.map((c) => {
	const s = storyFile(c.id);
	const title = s?.frontmatter?.title ?? c.id;
	const status = s?.status ?? 'draft';
	return { id: c.id, title, draft: status !== 'published', status, deleted: c.kind === 'deleted' };
});

console.log(`\n${L('Yang akan dikirim:', 'What will be sent:')}`);
for (const s of storyInfo) {
	const state = s.deleted
		? L('dihapus', 'deleted')
		: s.status === 'published'
			? L('terbit', 'published')
			: s.status === 'scheduled'
				? L('terjadwal', 'scheduled')
				: L('draf, belum terbit', 'draft, not published');
	console.log(`  ${L('Cerita', 'Story')}: ${s.title} (${s.id}, ${state})`);
}
for (const id of datasetIds) {
	const isNew = !tracked.has(`data/${id}.dataset.json`);
	const draft = drafts.get(id);
	const state = [
		isNew ? L('baru', 'new') : L('diubah', 'changed'),
		...(draft ? [L('draf, tidak diterbitkan', 'draft, not published')] : []),
		...(catalog.datasets.has(id) ? [] : [L('dihapus', 'deleted')]),
	].join(', ');
	console.log(`  Dataset: ${id} (${state})`);
}
if (sourceIds.length) console.log(`  ${L('Sumber', 'Sources')}: ${sourceIds.join(', ')}`);
for (const c of sent.filter((x) => x.send === 'image'))
	console.log(`  ${L('Gambar', 'Image')}: ${c.id}`);
const implied = datasetIds.filter((id) => drafts.get(id) === 'implied');
if (implied.length) {
	console.log(
		L(
			`\nDataset baru yang hanya dipakai draf ditandai "draft": true agar tetap tidak terbit: ${implied.join(', ')}.\nHapus baris itu dari data/<id>.dataset.json saat ceritanya terbit.`,
			`\nNew datasets only drafts use are marked "draft": true so they stay unpublished: ${implied.join(', ')}.\nDelete that line from data/<id>.dataset.json when the story is published.`,
		),
	);
}
const message = commitMessage(
	storyInfo.map((s) => ({ title: s.title, draft: s.draft })),
	datasetIds,
	sourceIds,
	lang,
);
console.log(`\n${L('Catatan pengiriman', 'Message')}: ${message}`);

if (values['dry-run']) {
	console.log(`\n--dry-run: ${L('tidak ada yang dikirim.', 'nothing was sent.')}`);
	process.exit(0);
}
if (!values.yes) {
	if (!process.stdin.isTTY) {
		fail(
			L(
				'input bukan terminal, jadi tidak ditanyakan: jalankan npm run kirim -- --yes untuk mengirim.',
				'the input is not a terminal, so nothing is asked: run npm run send -- --yes to send.',
			),
		);
	}
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const reply = (await rl.question(L('\nKirim sekarang? (ya/tidak) ', '\nSend now? (yes/no) ')))
		.trim()
		.toLowerCase();
	rl.close();
	if (!/^(y|ya|yes)$/.test(reply)) {
		console.log(L('Tidak dikirim.', 'Not sent.'));
		process.exit(0);
	}
}

// 4. Mark implied drafts, commit only what is sent, push.
for (const id of implied) {
	const file = join(root, 'data', `${id}.dataset.json`);
	const text = readFileSync(file, 'utf8');
	writeFileSync(
		file,
		applyEdits(
			text,
			modify(text, ['draft'], true, {
				formattingOptions: { insertSpaces: false, tabSize: 1, eol: '\n' },
			}),
		),
	);
}
const paths = [...new Set(sent.map((c) => c.path))];
if (git(['add', '-A', '--', ...paths]) === undefined) {
	fail(L('file-file ini tidak bisa disiapkan untuk dikirim.', 'the files could not be prepared.'));
}
const identity = [
	...(git(['config', 'user.name'])?.trim() ? [] : ['-c', `user.name=${L('Redaksi', 'Newsroom')}`]),
	...(git(['config', 'user.email'])?.trim() ? [] : ['-c', 'user.email=redaksi@localhost']),
];
const commit = spawnSync(
	'git',
	[...identity, 'commit', '-q', '-m', message, '--only', '--', ...paths],
	{
		cwd: root,
		encoding: 'utf8',
	},
);
if (commit.status !== 0) {
	console.error(commit.stderr);
	fail(L('perubahan ini tidak bisa disimpan.', 'the change could not be saved.'));
}
const hash = git(['rev-parse', '--short', 'HEAD'])?.trim() ?? '';
console.log(L(`\n✓ Tersimpan: ${message} (${hash})`, `\n✓ Saved: ${message} (${hash})`));
push();
