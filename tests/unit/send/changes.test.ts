import { describe, expect, it } from 'vitest';
import {
	changedSources,
	commitMessage,
	pageLinks,
	parseStatus,
	sortChange,
} from '../../../src/lib/send/changes.ts';

describe('sortChange', () => {
	const sort = (path: string) => sortChange({ path, kind: 'modified' });

	it('sends stories, datasets, the sources and images, named by what they are', () => {
		expect(sort('src/content/stories/id/kopi-lamongan.mdx')).toMatchObject({
			send: 'story',
			id: 'id/kopi-lamongan',
		});
		expect(sort('data/kopi-uji.csv')).toMatchObject({ send: 'dataset', id: 'kopi-uji' });
		expect(sort('data/kopi-uji.dataset.json')).toMatchObject({ send: 'dataset', id: 'kopi-uji' });
		expect(sort('data/sources.csv')).toMatchObject({ send: 'sources', id: 'sources' });
		expect(sort('public/img/kopi.JPG')).toMatchObject({ send: 'image', id: 'img/kopi.JPG' });
	});

	it('holds back what the tools write, and the site code', () => {
		for (const path of ['package-lock.json', 'dist/index.html', '.astro/types.d.ts', 'npm.log']) {
			expect(sort(path), path).toMatchObject({ hold: 'generated' });
		}
		for (const path of [
			'package.json',
			'src/lib/data/load.ts',
			'Ekspor Kopi.csv',
			'data/sub/x.csv',
			'src/content/stories/de/x.mdx',
		]) {
			expect(sort(path), path).toMatchObject({ hold: 'unrelated' });
		}
	});
});

describe('parseStatus', () => {
	it('reads added, untracked, modified, deleted and renamed paths, spaces included', () => {
		const out = [
			' M data/sources.csv',
			'?? Ekspor Kopi.csv',
			'A  data/kopi.csv',
			' D public/img/old.png',
			'R  src/content/stories/id/new.mdx',
			'src/content/stories/id/old.mdx',
			'',
		].join('\0');
		expect(parseStatus(out)).toEqual([
			{ path: 'data/sources.csv', kind: 'modified' },
			{ path: 'Ekspor Kopi.csv', kind: 'added' },
			{ path: 'data/kopi.csv', kind: 'added' },
			{ path: 'public/img/old.png', kind: 'deleted' },
			{ path: 'src/content/stories/id/new.mdx', kind: 'added' },
			{ path: 'src/content/stories/id/old.mdx', kind: 'deleted' },
		]);
		expect(parseStatus('')).toEqual([]);
	});
});

describe('changedSources', () => {
	it('names the rows added or changed, not the untouched ones', () => {
		const before = 'id,outlet\na,Kompas\nb,Tempo\n';
		const after = 'id,outlet\na,Kompas\nb,Tempo.co\nc,Antara\n';
		expect(changedSources(before, after)).toEqual(['b', 'c']);
		expect(changedSources(before, before)).toEqual([]);
		expect(changedSources('', after)).toEqual(['a', 'b', 'c']);
	});
});

describe('commitMessage', () => {
	it('is made from the story titles, published first, drafts marked, in the chosen language', () => {
		const stories = [
			{ title: 'Garam Madura', draft: true },
			{ title: 'Kopi Lamongan menembus pasar ekspor', draft: false },
		];
		expect(commitMessage(stories, ['kopi'], [])).toBe(
			'Cerita: Kopi Lamongan menembus pasar ekspor; Garam Madura (draf)',
		);
		expect(commitMessage(stories, [], [], 'en')).toBe(
			'Story: Kopi Lamongan menembus pasar ekspor; Garam Madura (draft)',
		);
	});

	it('names the datasets, else the sources, when no story changed', () => {
		expect(commitMessage([], ['kopi', 'garam'], ['a'])).toBe('Data: kopi, garam');
		expect(commitMessage([], [], ['a', 'b'])).toBe('Sumber: a, b');
		expect(commitMessage([], [], ['a'], 'en')).toBe('Sources: a');
	});
});

describe('pageLinks', () => {
	it('lists the site paths a page refers to, without other hosts, queries or fragments', () => {
		const html = [
			'<a href="/data/kopi/">x</a>',
			'<a href="/data/kopi/#unduh">x</a>',
			'<a href="https://example.org/">x</a>',
			'<a href="//cdn.example.org/a.js">x</a>',
			'<a href="#top">x</a>',
			'<a href="mailto:a@b.c">x</a>',
			'<img src="/img/kopi.jpg?v=2" srcset="/img/kopi-400.jpg 400w, /img/kopi-800.jpg 800w">',
			'<link rel="stylesheet" href="/_astro/a%20b.css">',
		].join('\n');
		expect(pageLinks(html)).toEqual([
			'/_astro/a b.css',
			'/data/kopi/',
			'/img/kopi-400.jpg',
			'/img/kopi-800.jpg',
			'/img/kopi.jpg',
		]);
	});
});
