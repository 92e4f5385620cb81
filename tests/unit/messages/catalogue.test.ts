// The message catalogue: every text in both languages with the same parameters, rendered in the
// reader's language at the edge (Indonesian unless asked, an English story's problems in
// English), and a ProblemCode union the guides' tables are checked against (docs.test.ts).
import { describe, expect, it } from 'vitest';
import {
	formatProblem,
	formatReport,
	problemLang,
	renderProblem,
	type Problem,
} from '../../../src/lib/data/problems.ts';
import {
	CATALOGUE,
	PROBLEM_CODES,
	langSetting,
	problemText,
	renderText,
	say,
} from '../../../src/lib/messages/index.ts';
import { holesOf } from '../../../src/lib/messages/text.ts';

describe('the catalogue', () => {
	it('has every text in Indonesian and English, with the same parameters', () => {
		expect(CATALOGUE.size).toBeGreaterThan(300);
		for (const [key, [id, en]] of CATALOGUE) {
			expect(id.trim(), key).not.toBe('');
			expect(en.trim(), key).not.toBe('');
			expect(holesOf(id).sort(), key).toEqual(holesOf(en).sort());
		}
	});

	it('says a problem in Indonesian words, not the English ones', () => {
		const same = [...CATALOGUE]
			.filter(([key]) => key.endsWith('.message'))
			.filter(([, [id, en]]) => id === en && /[a-z]{4}/.test(id.replace(/%\{\w+\}/g, '')));
		expect(same.map(([key]) => key)).toEqual([]);
	});

	it('lists each problem code once, in the form the guides use', () => {
		expect(PROBLEM_CODES.length).toBeGreaterThan(60);
		expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
		for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z]+(-[a-z]+)+$/);
	});
});

describe('renderText()', () => {
	it('fills parameters, catalogued ones in the same language', () => {
		const text = say('report.summary', {
			errors: say('count.errors', { n: 2 }),
			warnings: say('count.warning', { n: 1 }),
			files: say('count.file', { n: 1 }),
		});
		expect(renderText(text, 'id')).toBe('2 error, 1 peringatan di 1 file');
		expect(renderText(text, 'en')).toBe('2 errors, 1 warning in 1 file');
		expect(renderText('kata apa adanya', 'en')).toBe('kata apa adanya');
	});

	it('leaves MDX braces in a template as they are', () => {
		expect(renderText(say('mdx-forbidden-expression.hint' as never), 'id')).toContain('{/* … */}');
	});

	it('throws on an unknown key or a missing parameter (a programming error)', () => {
		expect(() => renderText({ key: 'no-such-text' }, 'id')).toThrow(/no message "no-such-text"/);
		expect(() => renderText({ key: 'did-you-mean' }, 'id')).toThrow(/parameter guess/);
	});
});

describe('problems in the reader’s language', () => {
	const problem = (file: string): Problem => ({
		file,
		line: 3,
		col: 7,
		severity: 'error',
		...problemText('type-error/not-integer', { raw: '1x' }),
		value: '1x',
	});

	it('are Indonesian by default, English in an English story, and as chosen when chosen', () => {
		expect(problemLang(problem('data/x.csv'))).toBe('id');
		expect(problemLang(problem('src/content/stories/id/a.mdx'))).toBe('id');
		expect(problemLang(problem('src/content/stories/en/a.mdx'))).toBe('en');
		expect(problemLang(problem('src/content/stories/en/a.mdx'), 'id')).toBe('id');
		expect(formatProblem(problem('data/x.csv'))).toBe(
			'data/x.csv:3:7: error type-error "1x" bukan bilangan bulat\n    nilai: "1x"',
		);
		expect(formatProblem(problem('data/x.csv'), 'en')).toBe(
			'data/x.csv:3:7: error type-error "1x" is not an integer\n    value: "1x"',
		);
		expect(renderProblem(problem('src/content/stories/en/a.mdx')).message).toBe(
			'"1x" is not an integer',
		);
	});

	it('keep the code, location and value the same in both languages', () => {
		const [id, en] = (['id', 'en'] as const).map((l) => renderProblem(problem('data/x.csv'), l));
		expect({ ...id, message: '' }).toEqual({ ...en, message: '' });
	});

	it('end a report with a summary in the chosen language', () => {
		const two = [problem('data/x.csv'), { ...problem('data/y.csv'), severity: 'warning' as const }];
		expect(formatReport(two).split('\n').at(-1)).toBe('1 error, 1 peringatan di 2 file');
		expect(formatReport(two, 'en').split('\n').at(-1)).toBe('1 error, 1 warning in 2 files');
	});
});

describe('langSetting()', () => {
	it('reads LUMBUNG_LANG, and refuses anything but id and en', () => {
		expect(langSetting({})).toBeUndefined();
		expect(langSetting({ LUMBUNG_LANG: '' })).toBeUndefined();
		expect(langSetting({ LUMBUNG_LANG: 'en' })).toBe('en');
		expect(langSetting({ LUMBUNG_LANG: ' id ' })).toBe('id');
		expect(() => langSetting({ LUMBUNG_LANG: 'jv' })).toThrow(/pakai "id" atau "en"/);
	});
});
