import { expect, it } from 'vitest';
import { ROWS_SHOWN, ROWS_UNFOLDED_MAX, foldRows } from '../../../src/lib/data/display.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i);

it('shows short tables whole', () => {
	expect(foldRows(rows(0))).toEqual({ shown: [], rest: [] });
	expect(foldRows(rows(ROWS_UNFOLDED_MAX))).toEqual({ shown: rows(ROWS_UNFOLDED_MAX), rest: [] });
});

it('folds a long table after the first rows, keeping order and every row', () => {
	const all = rows(ROWS_UNFOLDED_MAX + 1);
	const { shown, rest } = foldRows(all);
	expect(shown).toEqual(rows(ROWS_SHOWN));
	expect(rest[0]).toBe(ROWS_SHOWN);
	expect([...shown, ...rest]).toEqual(all);
	expect(rest.length).toBeGreaterThan(ROWS_UNFOLDED_MAX - ROWS_SHOWN);
});
