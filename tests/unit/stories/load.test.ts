// Issue 14: the lint and the collection read one list of story files, from one place; anything
// else in the stories folder is refused by name; drafts and future stories are not published.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import {
	STORY_SIZE_LIMIT,
	checkStories,
	jakartaToday,
	listStoryFiles,
} from '../../../src/lib/stories/load.ts';

const ROOT = process.cwd();
const { datasets } = loadCatalog(ROOT);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const REAL = readFileSync(join(ROOT, 'src/content/stories/id/kakao-kutai-timur.mdx'), 'utf8');

/** A project folder holding only `files` (path under src/content/stories → text). */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'lumbung-load-'));
	temps.push(root);
	for (const [path, text] of Object.entries(files)) {
		const abs = join(root, 'src/content/stories', path);
		mkdirSync(join(abs, '..'), { recursive: true });
		writeFileSync(abs, text);
	}
	return root;
}

describe('listStoryFiles()', () => {
	it('lists id/ and en/ stories and refuses every other file or folder by name', () => {
		const root = project({
			'id/kakao.mdx': REAL,
			'id/.f6.mdx': '<meta http-equiv="refresh" content="0;url=https://evil.example" />',
			'id/_catatan.mdx': 'catatan',
			'id/Kakao.mdx': REAL,
			'id/cerita.md': REAL,
			'id/arsip/lama.mdx': REAL,
			'fr/x.mdx': REAL,
			'.hidden.mdx': REAL,
		});
		const { stories, problems } = listStoryFiles(root);
		expect(stories).toEqual([
			{ lang: 'id', slug: 'kakao', file: 'src/content/stories/id/kakao.mdx' },
		]);
		expect(problems.map((p) => `${p.code} ${p.file}`)).toEqual([
			'story-location src/content/stories/.hidden.mdx',
			'story-location src/content/stories/fr',
			'story-filename src/content/stories/id/.f6.mdx',
			'story-filename src/content/stories/id/Kakao.mdx',
			'story-filename src/content/stories/id/_catatan.mdx',
			'story-location src/content/stories/id/arsip',
			'story-filename src/content/stories/id/cerita.md',
		]);
		expect(problems.every((p) => p.severity === 'error')).toBe(true);
	});
});

describe('checkStories()', () => {
	const story = (front: Record<string, string>) =>
		REAL.replace(/^---\n[\s\S]*?\n---\n/, (block) => {
			let out = block;
			for (const [key, line] of Object.entries(front)) {
				out = new RegExp(`^${key}:.*$`, 'm').test(out)
					? out.replace(new RegExp(`^${key}:.*$`, 'm'), line)
					: out.replace(/\n---\n$/, `\n${line}\n---\n`);
			}
			return out;
		});

	it('gives each story its status on the day of the build', () => {
		const root = project({
			'id/terbit.mdx': story({ translationKey: 'translationKey: a' }),
			'id/draf.mdx': story({ translationKey: 'translationKey: b', draft: 'draft: True # embargo' }),
			'id/nanti.mdx': story({
				translationKey: 'translationKey: c',
				published: 'published: 2099-01-01',
			}),
		});
		const { stories } = checkStories(root, datasets, COMPONENT_SPECS, { today: '2026-12-02' });
		expect(stories.map((s) => [s.slug, s.status])).toEqual([
			['draf', 'draft'],
			['nanti', 'scheduled'],
			['terbit', 'published'],
		]);
		const later = checkStories(root, datasets, COMPONENT_SPECS, { today: '2099-01-01' });
		expect(later.stories.find((s) => s.slug === 'nanti')?.status).toBe('published');
	});

	it('reports a translationKey used twice at both stories', () => {
		const root = project({ 'id/lama.mdx': REAL, 'id/baru.mdx': REAL });
		const twice = checkStories(root, datasets, COMPONENT_SPECS).problems.filter(
			(p) => p.code === 'duplicate-translation-key',
		);
		expect(twice.map((p) => p.file).sort()).toEqual([
			'src/content/stories/id/baru.mdx',
			'src/content/stories/id/lama.mdx',
		]);
		expect(twice.every((p) => p.line > 1)).toBe(true);
	});

	it('refuses a story file over the size limit without reading it', () => {
		const root = project({ 'id/besar.mdx': `${REAL}\n${'a'.repeat(STORY_SIZE_LIMIT)}\n` });
		expect(checkStories(root, datasets, COMPONENT_SPECS).problems.map((p) => p.code)).toEqual([
			'story-too-large',
		]);
	});

	/** The same story with its own chart ids (they name embed pages: unique per language). */
	const otherCharts = (text: string) =>
		text.replace(/(<(?!Fact\b)[A-Z]\w*\b[^>]*?\sid=")([^"]+)"/g, '$1$2-lain"');

	it('checks again only what changed: the text of a story, the data, a cover file', () => {
		const cover = "cover: { image: '/img/sampul.jpg', alt: 'Sampul', credit: 'Foto: Uji' }";
		const root = project({
			'id/satu.mdx': story({ translationKey: 'translationKey: a', cover }),
			'id/dua.mdx': otherCharts(story({ translationKey: 'translationKey: b' })),
		});
		const codes = (r: ReturnType<typeof checkStories>) =>
			r.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.file}`);
		const first = checkStories(root, datasets, COMPONENT_SPECS);
		expect(codes(first)).toEqual(['frontmatter-reference src/content/stories/id/satu.mdx']);
		const parsedOf = (r: ReturnType<typeof checkStories>, slug: string) =>
			r.stories.find((s) => s.slug === slug)?.parsed;

		// Nothing changed: the same parse, not a new one.
		const again = checkStories(root, datasets, COMPONENT_SPECS);
		expect(parsedOf(again, 'dua')).toBe(parsedOf(first, 'dua'));
		expect(codes(again)).toEqual(codes(first));

		// The cover is saved: its story is checked again (its error is gone), from the same parse:
		// its text did not change.
		mkdirSync(join(root, 'public/img'), { recursive: true });
		writeFileSync(join(root, 'public/img/sampul.jpg'), 'jpg');
		const covered = checkStories(root, datasets, COMPONENT_SPECS);
		expect(codes(covered)).toEqual([]);
		expect(parsedOf(covered, 'satu')).toBe(parsedOf(first, 'satu'));

		// One story is edited: it alone is parsed again, and the rules across stories still run.
		writeFileSync(
			join(root, 'src/content/stories/id/dua.mdx'),
			otherCharts(story({ translationKey: 'translationKey: a' })),
		);
		const edited = checkStories(root, datasets, COMPONENT_SPECS);
		expect(parsedOf(edited, 'satu')).toBe(parsedOf(covered, 'satu'));
		expect(parsedOf(edited, 'dua')).not.toBe(parsedOf(first, 'dua'));
		expect(codes(edited).map((c) => c.split(' ')[0])).toEqual([
			'duplicate-translation-key',
			'duplicate-translation-key',
		]);

		// The data changed (a new catalogue): every story is checked against it, from its parse.
		const newData = new Map(datasets);
		const reloaded = checkStories(root, newData, COMPONENT_SPECS);
		expect(parsedOf(reloaded, 'satu')).toBe(parsedOf(covered, 'satu'));
		expect(codes(reloaded)).toEqual(codes(edited));
		newData.delete('kaltim-cocoa');
		const lessData = checkStories(root, new Map(newData), COMPONENT_SPECS);
		expect(codes(lessData).length).toBeGreaterThan(2);
		expect(parsedOf(lessData, 'satu')).toBe(parsedOf(covered, 'satu'));
	});

	it('after a data file is saved, checks again only what read that dataset', () => {
		const root = project({ 'id/kakao.mdx': REAL });
		let calls = 0;
		const counted = new Map(
			[...COMPONENT_SPECS].map(([name, spec]) => {
				const check = spec.check;
				if (!check) return [name, spec];
				return [
					name,
					{ ...spec, check: (...args: Parameters<typeof check>) => (calls++, check(...args)) },
				];
			}),
		);
		const errors = (r: ReturnType<typeof checkStories>) =>
			r.problems.filter((p) => p.severity === 'error').map((p) => p.code);
		expect(errors(checkStories(root, datasets, counted))).toEqual([]);
		const before = calls;
		expect(before).toBeGreaterThan(5);

		// Another dataset is saved (a new object): nothing the story reads changed.
		const other = new Map(datasets);
		other.set('lamongan-exporters', { ...datasets.get('lamongan-exporters')! });
		expect(errors(checkStories(root, other, counted))).toEqual([]);
		expect(calls).toBe(before);

		// The dataset its figures come from is saved without rows: the story is checked again.
		const emptied = new Map(other);
		emptied.set('kaltim-cocoa', { ...datasets.get('kaltim-cocoa')!, rows: [] });
		expect(errors(checkStories(root, emptied, counted))).toContain('mdx-where-no-match');

		// And back as it was: no error is left from the emptied one.
		expect(errors(checkStories(root, datasets, counted))).toEqual([]);
	});

	it('jakartaToday() is the Jakarta calendar day, whatever the machine time zone', () => {
		expect(jakartaToday(new Date('2026-12-02T16:59:59Z'))).toBe('2026-12-02');
		expect(jakartaToday(new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-03');
	});
});
