// Draft datasets (issue 20): a dataset declared "draft": true, and a new one (not yet in git)
// that only a draft story uses, leave no trace in dist/ — no page, CSV, data-package entry,
// search entry, feed or sitemap line, and no row of the source only they cite.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject, siteBuild } from './project.ts';

const project = copyProject('lumbung-drafts-');
afterAll(project.cleanup);
const dir = project.dir;

const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Uji', '-c', 'user.email=uji@example.org', ...args], {
		cwd: dir,
		stdio: 'pipe',
	});

/** A small dataset citing `source`, as `npm run new:dataset` would leave it once filled in. */
function dataset(id: string, source: string, draft: boolean): void {
	const base = JSON.parse(
		readFileSync(join(dir, 'data/lamongan-exports-bps.dataset.json'), 'utf8'),
	);
	const declaration = {
		...base,
		id,
		title: { id: `Dataset uji ${id}`, en: `Test dataset ${id}` },
		...(draft ? { draft: true } : {}),
	};
	writeFileSync(
		join(dir, `data/${id}.dataset.json`),
		`${JSON.stringify(declaration, null, '\t')}\n`,
	);
	writeFileSync(
		join(dir, `data/${id}.csv`),
		`year,period,value,qualifier,status,note,note_en,source\n2023,full-year,96510000000000,exact,confirmed,,,${source}\n`,
	);
}

/** Every text file of the build, relative path → content. */
function texts(root: string, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const name of readdirSync(root)) {
		const path = join(root, name);
		if (statSync(path).isDirectory()) {
			for (const [k, v] of texts(path, `${prefix}${name}/`)) out.set(k, v);
		} else if (/\.(html|xml|json|csv|txt|js|svg|webmanifest)$/.test(name)) {
			out.set(`${prefix}${name}`, readFileSync(path, 'utf8'));
		}
	}
	return out;
}

let build: { status: number | null; output: string };

beforeAll(() => {
	// Declared: in the repository, "draft": true, used by no story.
	dataset('uji-draf-nyata', 'antara-lamongan-bps', true);
	git('init', '-q');
	git('add', '-A');
	git('commit', '-q', '-m', 'base');
	// Implied: new (not committed), with its own new source, and only a draft story uses it.
	appendFileSync(
		join(dir, 'data/sources.csv'),
		'uji-sumber-draf,Sumber Uji,Ekspor uji,https://example.org/uji,2026-11-20,"pada 2023 Rp96,51 triliun",id,\n',
	);
	dataset('uji-draf-baru', 'uji-sumber-draf', false);
	writeFileSync(
		join(dir, 'src/content/stories/id/cerita-draf-uji.mdx'),
		[
			'---',
			"title: 'Cerita draf uji'",
			"dek: 'Cerita yang belum terbit.'",
			"authors: ['Tim Uji']",
			'published: 2026-11-23',
			'lang: id',
			'translationKey: cerita-draf-uji',
			'draft: true',
			'---',
			'',
			'Nilainya <Value dataset="uji-draf-baru" column="value" where={{ year: 2023 }} />.',
			'',
		].join('\n'),
	);
	build = siteBuild(dir);
}, 300_000);

it('builds, and publishes nothing of a declared or implied draft dataset', () => {
	expect(build.status, build.output).toBe(0);
	const files = texts(join(dir, 'dist'));
	expect(files.size).toBeGreaterThan(100);
	for (const word of ['uji-draf-nyata', 'uji-draf-baru', 'uji-sumber-draf', 'cerita-draf-uji']) {
		const found = [...files].filter(([, text]) => text.includes(word)).map(([path]) => path);
		expect(found, word).toEqual([]);
	}
	// The rest of the catalogue is still there, the shared source too.
	expect(files.get('data/datapackage.json')).toContain('"lamongan-exports-bps"');
	expect(files.get('data/sources.csv')).toContain('antara-lamongan-bps');
}, 60_000);
