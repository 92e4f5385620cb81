import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/i18n/fill.ts';
import { UI_KEYS, missingKeys, t, tCount } from '../../src/lib/i18n/index.ts';
import { withBase } from '../../src/lib/base-path.ts';
import { ROUTES, langOfPath, routePath } from '../../src/lib/i18n/routes.ts';

describe('UI dictionaries', () => {
	it('Indonesian and English have the same keys', () => {
		expect(missingKeys()).toEqual([]);
		expect(UI_KEYS.length).toBeGreaterThan(100);
	});

	it('t() fills placeholders and refuses a missing one', () => {
		expect(t('id', 'story.reading', { n: 4 })).toBe('4 menit baca');
		expect(t('en', 'story.reading', { n: 4 })).toBe('4 min read');
		expect(() => t('id', 'story.reading')).toThrow(/needs \{n\}/);
	});

	it('fillTemplate() puts values in as they are, and says what a missing one becomes', () => {
		expect(fillTemplate('{n} hasil untuk “{q}”', { n: 3, q: '$& {n}' })).toBe(
			'3 hasil untuk “$& {n}”',
		);
		expect(fillTemplate('{shown}/{total}', { shown: '2' })).toBe('2/');
		expect(fillTemplate('{a}', {}, (name) => `?${name}`)).toBe('?a');
	});

	it('tCount() picks the singular for exactly one and formats the count', () => {
		expect(tCount('en', 'data.source.rows', 1)).toBe('used by 1 row');
		expect(tCount('en', 'data.source.rows', 0)).toBe('used by 0 rows');
		expect(tCount('en', 'data.source.rows', 1161)).toBe('used by 1,161 rows');
		expect(tCount('id', 'data.source.rows', 1161)).toBe('dipakai oleh 1.161 baris');
		expect(tCount('en', 'maps.choro.others', 1, { level: 'province' })).toBe(
			'1 other province area has no export village in our data.',
		);
	});

	it('every plural string has its singular, so tCount() cannot miss a key', () => {
		const plurals = UI_KEYS.filter((k) => k.endsWith('.other'));
		expect(plurals.length).toBeGreaterThan(4);
		for (const key of plurals) expect(UI_KEYS, key).toContain(key.replace(/other$/, 'one'));
	});
});

describe('routes', () => {
	it('routePath() builds each language’s path', () => {
		expect(routePath('id', 'story', { slug: 'kakao-kutai-timur' })).toBe(
			'/cerita/kakao-kutai-timur/',
		);
		expect(routePath('en', 'region', { slug: 'lamongan' })).toBe('/en/regions/lamongan/');
		expect(routePath('en', 'map')).toBe('/en/map/');
	});

	it('routePath() refuses missing or unsafe parameters', () => {
		expect(() => routePath('id', 'story')).toThrow(/needs \{slug\}/);
		expect(() => routePath('id', 'story', { slug: '../x' })).toThrow(/not a lowercase slug/);
	});

	it('every English route is under /en/ (or shared) and every Indonesian one is not', () => {
		for (const [name, paths] of Object.entries(ROUTES)) {
			expect(langOfPath(paths.id.replace(/\{\w+\}/g, 'x')), name).toBe('id');
			if (paths.en !== paths.id)
				expect(langOfPath(paths.en.replace(/\{\w+\}/g, 'x')), name).toBe('en');
		}
	});

	it('withBase() joins a base path and a site path with one slash', () => {
		expect(withBase('/sub/path/', '/data/')).toBe('/sub/path/data/');
		expect(withBase('/sub/path', 'data/x.csv')).toBe('/sub/path/data/x.csv');
		expect(withBase('/', '/')).toBe('/');
	});
});
