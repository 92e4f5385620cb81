// The chart-tip contract: what the frame writes is what the script reads, and bad text is
// refused with a message naming the field, never guessed at.
import { describe, expect, it } from 'vitest';
import {
	decodeChartTips,
	encodeChartTips,
	type ChartTips,
} from '../../../src/lib/contracts/chart-tips.ts';

const payload: ChartTips = {
	tips: [
		{ s: 0, heading: 'Desember 2019', value: '1 desa', note: 'desa devisa pertama' },
		{ s: 1, heading: '<b>Maret 2025</b>', value: '1.909 desa' },
	],
	nav: {
		wide: { upDown: 'series', pointer: 'nearest', tip: 'above' },
		narrow: { upDown: 'sequence', pointer: 'within', tip: 'beside' },
	},
};

describe('encodeChartTips / decodeChartTips', () => {
	it('round-trips, writing tips as tuples and a note only when there is one', () => {
		const text = encodeChartTips(payload);
		expect(JSON.parse(text).tips).toEqual([
			[0, 'Desember 2019', '1 desa', 'desa devisa pertama'],
			[1, '<b>Maret 2025</b>', '1.909 desa'],
		]);
		expect(decodeChartTips(text)).toEqual({ ok: true, value: payload });
	});

	it('drops fields the contract does not know', () => {
		const text = JSON.stringify({
			tips: [],
			nav: { wide: { ...payload.nav.wide, extra: 1 }, narrow: payload.nav.narrow },
		});
		expect(decodeChartTips(text)).toEqual({
			ok: true,
			value: { tips: [], nav: payload.nav },
		});
	});

	const nav = JSON.stringify(payload.nav);
	it.each([
		[undefined, 'data-tips is missing'],
		['[[0, "a", "b", ""]]', 'data-tips must be an object { tips, nav }, got [[0,"a","b",""]]'],
		['{"tips": [', 'data-tips is not JSON ('],
		[`{"nav": ${nav}}`, 'data-tips: tips must be a list, got undefined'],
		[
			`{"tips": [[0, "a"]], "nav": ${nav}}`,
			'data-tips: tips[0] must be [series, heading, value] or [series, heading, value, note] with a whole series number ≥ 0 and texts, got [0,"a"]',
		],
		[`{"tips": [[0, "a", "b"], ["0", "a", "b"]], "nav": ${nav}}`, 'data-tips: tips[1] must be'],
		[`{"tips": [[-1, "a", "b"]], "nav": ${nav}}`, 'data-tips: tips[0] must be'],
		[`{"tips": [[0, "a", "b", 3]], "nav": ${nav}}`, 'data-tips: tips[0] must be'],
		['{"tips": []}', 'data-tips: nav must be { wide, narrow }, got undefined'],
		['{"tips": [], "nav": {"narrow": {}}}', 'data-tips: nav.wide must be an object, got undefined'],
		[
			`{"tips": [], "nav": {"wide": ${JSON.stringify(payload.nav.wide)}, "narrow": {"upDown": "series", "pointer": "closest", "tip": "above"}}}`,
			'data-tips: nav.narrow.pointer must be "nearest" or "within", got "closest"',
		],
	])('refuses %j: %s', (text, error) => {
		const decoded = decodeChartTips(text);
		expect(decoded.ok).toBe(false);
		expect(decoded.ok ? '' : decoded.error).toContain(error);
	});
});
