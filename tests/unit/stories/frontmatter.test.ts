// Story frontmatter errors are located at their real line and column (Astro says file:0:0).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { formatProblem, renderProblem } from '../../../src/lib/data/problems.ts';
import { checkFrontmatter } from '../../../src/lib/stories/frontmatter.ts';

const { datasets } = loadCatalog(process.cwd());
const FILE = 'src/content/stories/id/x.mdx';
const GOOD = [
	'---',
	"title: 'Judul'",
	"dek: 'Dek cerita.'",
	"authors: ['Redaksi']",
	'published: 2022-11-01',
	'lang: id',
	"regions: ['lamongan']",
	"commodities: ['tenun-ikat']",
	'translationKey: x',
	'---',
	'',
	'Teks.',
];
const check = (lines: string[], folderLang: 'id' | 'en' = 'id') =>
	checkFrontmatter(lines.join('\n'), FILE, { datasets, folderLang });
const edit = (i: number, line: string | undefined) => {
	const copy = [...GOOD];
	if (line === undefined) copy.splice(i, 1);
	else copy[i] = line;
	return copy;
};

describe('checkFrontmatter()', () => {
	it('accepts a good frontmatter and keeps dates as written', () => {
		const { data, problems } = check(GOOD);
		expect(problems).toEqual([]);
		expect(data?.published).toBe('2022-11-01');
		expect(data?.draft).toBe(false);
	});

	it.each([
		['missing title', edit(1, undefined), 'frontmatter-missing', 2, 1, /"title" is required/],
		['title as a number', edit(1, 'title: 42'), 'frontmatter-type', 2, 8, /title/],
		[
			'impossible date',
			edit(4, 'published: 2024-02-30'),
			'frontmatter-type',
			5,
			12,
			/does not exist/,
		],
		['day-first date', edit(4, 'published: 01/11/2022'), 'frontmatter-type', 5, 12, /YYYY-MM-DD/],
		[
			'unknown region',
			edit(6, "regions: ['lamongann']"),
			'frontmatter-reference',
			7,
			11,
			/did you mean "lamongan"/,
		],
		[
			'unknown commodity',
			edit(7, "commodities: ['kakoa']"),
			'frontmatter-reference',
			8,
			15,
			/did you mean "kakao"/,
		],
		[
			'misspelt key',
			edit(8, 'translationkey: x'),
			'frontmatter-unknown-key',
			9,
			1,
			/did you mean "translationKey"/,
		],
		[
			'draft as text',
			[...GOOD.slice(0, 9), 'draft: "no"', ...GOOD.slice(9)],
			'frontmatter-type',
			10,
			8,
			/draft/,
		],
		['bad YAML', edit(2, 'dek: a: b'), 'frontmatter-yaml', 3, 6, /./],
	] as const)('%s → %s', (_name, lines, code, line, col, message) => {
		const { problems } = check([...lines]);
		const p = problems.find((x) => x.code === code);
		expect(p, JSON.stringify(problems)).toBeDefined();
		expect([p?.line, p?.col]).toEqual([line, col]);
		expect(formatProblem(p!, 'en')).toMatch(message);
		expect(formatProblem(p!)).toMatch(new RegExp(`^${FILE}:${line}:${col}: error ${code}`));
	});

	it('refuses a story whose lang does not match its folder', () => {
		const { problems } = check(GOOD, 'en');
		expect(problems.map((p) => [p.code, p.line])).toEqual([['frontmatter-type', 6]]);
	});

	it('refuses a file without frontmatter', () => {
		expect(
			checkFrontmatter('Teks saja.', FILE, { datasets, folderLang: 'id' }).problems[0]?.code,
		).toBe('frontmatter-missing');
	});

	it('says what each key expects, with an example line to copy', () => {
		const missing = check(edit(1, undefined)).problems[0]!;
		expect(renderProblem(missing, 'en')).toMatchObject({
			expected: expect.stringMatching(/headline/),
			hint: expect.stringMatching(/^add the line title: '/),
		});
		expect(renderProblem(missing)).toMatchObject({
			message: '"title" wajib ada',
			expected: expect.stringMatching(/^judul/),
			hint: expect.stringMatching(/^tambahkan baris title: '/),
		});
		const date = check(edit(4, 'published: 2024-02-30')).problems[0]!;
		expect(renderProblem(date, 'en')).toMatchObject({
			value: '2024-02-30',
			message: 'published: this date does not exist in the calendar',
			expected: 'a date written YYYY-MM-DD (a later day than today schedules the story)',
			hint: 'for example published: 2025-03-01',
		});
		expect(renderProblem(date).message).toBe('published: tanggal ini tidak ada di kalender');
		const lang = check(GOOD, 'en').problems[0]!;
		expect(renderProblem(lang).hint).toMatch(/src\/content\/stories\/id\//);
	});

	it('reports YAML errors at the file line, without YAML-internal positions', () => {
		const p = check(edit(5, 'lang: [id')).problems[0];
		expect(p?.code).toBe('frontmatter-yaml');
		expect(renderProblem(p!).message).not.toMatch(/at line \d+/);
	});

	it('refuses TODO placeholders only when the story is not a draft', () => {
		const todo = edit(2, "dek: 'TODO: satu kalimat'");
		const published = check(todo);
		expect(published.problems.map((p) => [p.code, p.line, p.col])).toEqual([
			['frontmatter-todo', 3, 6],
		]);
		expect(published.data?.dek).toBe('TODO: satu kalimat');
		const asDraft = check([...todo.slice(0, 9), 'draft: true', ...todo.slice(9)]);
		expect(asDraft.problems).toEqual([]);
	});
});

// Issue 19: an updated date is shown when a story changed after publication; it must be real.
describe('checkFrontmatter() updated date', () => {
	const withUpdated = (day: string) => [...GOOD.slice(0, 5), `updated: ${day}`, ...GOOD.slice(5)];
	const on = (lines: string[], today: string) =>
		checkFrontmatter(lines.join('\n'), FILE, { datasets, folderLang: 'id', today });

	it('accepts a day from published to the build day', () => {
		expect(on(withUpdated('2022-11-01'), '2023-02-08').problems).toEqual([]);
		const { data, problems } = on(withUpdated('2023-02-08'), '2023-02-08');
		expect(problems).toEqual([]);
		expect(data?.updated).toBe('2023-02-08');
	});

	it('refuses, located, a day before published or after the build day', () => {
		const before = on(withUpdated('2022-10-31'), '2023-02-08').problems;
		expect(before.map((p) => [p.code, p.line, p.col, p.subject])).toEqual([
			['frontmatter-type', 6, 10, 'frontmatter.updated'],
		]);
		expect(formatProblem(before[0]!, 'en')).toMatch(/before published \(2022-11-01\)/);
		const future = on(withUpdated('2023-02-09'), '2023-02-08').problems;
		expect(
			future.map((p) => [p.code, p.line, p.col, p.value, renderProblem(p, 'en').expected]),
		).toEqual([['frontmatter-type', 6, 10, '2023-02-09', 'a date on or before 2023-02-08']]);
		expect(formatProblem(future[0]!, 'en')).toMatch(/in the future/);
		expect(formatProblem(future[0]!, 'id')).toMatch(/di masa depan/);
	});
});

// Issue 14: sane limits, located; a cover must name a file the site serves.
describe('checkFrontmatter() limits and cover', () => {
	it('refuses a 50,000-character author and more than 10 authors, at the name, clipped', () => {
		const long = check(edit(3, `authors: ['${'A'.repeat(50_000)}']`)).problems[0];
		expect(long).toMatchObject({
			code: 'frontmatter-type',
			line: 4,
			subject: 'frontmatter.authors.0',
		});
		expect(long?.value?.length).toBeLessThanOrEqual(80);
		const many = check(
			edit(3, `authors: [${Array.from({ length: 11 }, (_, i) => `'N${i}'`).join(', ')}]`),
		);
		expect(many.problems.map((p) => p.subject)).toEqual(['frontmatter.authors']);
	});

	it('checks that the cover image exists under public/', () => {
		const cover = "cover: { image: '/img/kakao.jpg', alt: 'Biji kakao', credit: 'Foto: Redaksi' }";
		const lines = [...GOOD.slice(0, 9), cover, ...GOOD.slice(9)];
		const ctx = (exists: boolean) => ({
			datasets,
			folderLang: 'id' as const,
			assetExists: (path: string) => exists && path === '/img/kakao.jpg',
		});
		expect(checkFrontmatter(lines.join('\n'), FILE, ctx(true)).problems).toEqual([]);
		const missing = checkFrontmatter(lines.join('\n'), FILE, ctx(false)).problems;
		expect(missing).toEqual([
			expect.objectContaining({
				code: 'frontmatter-reference',
				subject: 'frontmatter.cover.image',
				line: 10,
			}),
		]);
	});
});
