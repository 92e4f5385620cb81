// The checks `npm run dev` runs before each page: the build's data and story problems, raised as
// one error located the way Vite and Astro's overlay read it (loc, frame, hint), re-run only when
// a file changed.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	LocatedError,
	checkProject,
	codeFrame,
	projectError,
	storyError,
} from '../../../src/lib/stories/dev-checks.ts';
import { storyPathOf } from '../../../src/integrations/dev-checks.ts';

const root = mkdtempSync(join(tmpdir(), 'lumbung-dev-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(import.meta.dirname, '../../fixtures/catalog'), join(root, 'data'), {
	recursive: true,
});
mkdirSync(join(root, 'src/content/stories/id'), { recursive: true });
const STORY = 'src/content/stories/id/uji.mdx';
const story = (published: string, body = 'Teks.') =>
	writeFileSync(
		join(root, STORY),
		[
			'---',
			"title: 'Uji'",
			"dek: 'Cerita uji.'",
			"authors: ['Redaksi']",
			`published: ${published}`,
			'lang: id',
			'translationKey: uji',
			'---',
			'',
			body,
			'',
		].join('\n'),
	);

describe('codeFrame()', () => {
	it('shows the lines around the problem with a caret under the column', () => {
		const source = ['a', 'b', 'published: 2024-02-30', 'd', 'e', 'f'].join('\n');
		expect(codeFrame(source, 3, 12)).toBe(
			[
				'  1 | a',
				'  2 | b',
				'> 3 | published: 2024-02-30',
				'    |            ^',
				'  4 | d',
				'  5 | e',
			].join('\n'),
		);
		expect(codeFrame(source, 9, 1)).toBe('');
	});
});

describe('checkProject() and the located errors', () => {
	it('finds nothing in a good project', () => {
		story('2024-02-28');
		const checked = checkProject(root);
		expect(checked).toMatchObject({ data: [], stories: [] });
		expect(checked.checked.map((s) => s.id)).toEqual(['id/uji']);
		expect(projectError(root)).toBeUndefined();
	});

	it('locates a story error at its file, line and column, with the code around it', () => {
		story('2024-02-30');
		const error = projectError(root);
		expect(error).toBeInstanceOf(LocatedError);
		expect(error?.message).toMatch(
			/^Invalid stories:\nsrc\/content\/stories\/id\/uji\.mdx:5:12: error frontmatter-type \[frontmatter\.published\]/,
		);
		expect(error?.loc).toEqual({ file: join(root, STORY), line: 5, column: 12 });
		expect(error?.frame).toContain('> 5 | published: 2024-02-30');
		expect(error?.hint).toBe('for example published: 2025-03-01');
		expect(error?.title).toMatch(/reloads by itself/);
		expect(storyError(root, STORY)?.loc?.line).toBe(5);
		expect(storyError(root, 'src/content/stories/id/other.mdx')).toBeUndefined();
	});

	it('sees the fix at once (the files are re-read when they change)', () => {
		story('2024-02-29', 'Teks yang lebih panjang.');
		expect(projectError(root)).toBeUndefined();
	});

	it('reports data before stories; a CSV error has a line but no character column', () => {
		const csv = join(root, 'data/desa.csv');
		const good = [
			'id,code,name,regency_code,lat,lon,population,export_value,designated,status,note,source',
			'desa-satu,35.24.10.2009,Desa Satu,35.24,-6.98763,112.28776,1.200,1800000000000,2022-11-01,confirmed,,src-probe',
		].join('\n');
		writeFileSync(csv, `${good}\n`);
		story('2024-02-30');
		const error = projectError(root);
		expect(error?.message).toMatch(/^Invalid data:\ndata\/desa\.csv:2:7: error type-error/);
		expect(error?.loc).toEqual({ file: csv, line: 2 });
		expect(error?.frame).toMatch(/^ {2}1 \| id,code/);
		expect(error?.frame).not.toContain('^');
		// The story is not checked while the data is broken: only the data error is shown.
		expect(storyError(root, STORY)?.message).toMatch(/^Invalid data/);
	});
});

describe('storyPathOf()', () => {
	it.each([
		[`${root}/src/content/stories/id/uji.mdx`, 'src/content/stories/id/uji.mdx'],
		[
			`${root}/src/content/stories/en/x.mdx?astroContentCollectionEntry=true`,
			'src/content/stories/en/x.mdx',
		],
		[`${root}/src/content/stories/id/_catatan.mdx`, undefined],
		[`${root}/src/pages/index.mdx`, undefined],
		[`${root}/src/content/stories/fr/x.mdx`, undefined],
	])('%s → %s', (id, expected) => {
		expect(storyPathOf(id, root)).toBe(expected);
	});
});
