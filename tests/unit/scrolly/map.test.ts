// The map of each step, drawn from the real villages and boundaries.
import { describe, expect, it } from 'vitest';
import { stepMap, untilText } from '../../../src/lib/scrolly/map.ts';
import { scrollyStates } from '../../../src/lib/scrolly/state.ts';
import { data, geo, hub } from '../maps/real-data.ts';

type State = ReturnType<typeof scrollyStates>[number];
const [first, , jatim, national] = scrollyStates(data.villages, [
	{ until: '2019' },
	{ until: '2021', region: '35' },
	{ until: '2022-11-01', region: '35' },
	{ until: '2025-03' },
]) as [State, State, State, State];

describe('stepMap', () => {
	it('shows the first village alone on the national frame, marked as new, and says so', () => {
		const map = stepMap(data, geo, first, 'id', hub);
		expect(map.svg.dots.map((d) => d.id)).toEqual(['nusasari']);
		expect([...map.added]).toEqual(['nusasari']);
		expect(map.svg.width).toBe(640);
		expect(map.description).toBe(
			'Peta Indonesia: 1 desa devisa yang diresmikan hingga 2019. Baru: Nusasari (Kabupaten Jembrana).',
		);
	});

	it('zooms to the step’s province and names what is new there', () => {
		const map = stepMap(data, geo, jatim, 'en', hub);
		expect(map.svg.width).toBe(560);
		expect(map.svg.focus).not.toBe('');
		expect(map.svg.dots.map((d) => d.id)).toContain('parengan');
		expect(map.svg.dots.every((d) => jatim.shown.includes(d.id))).toBe(true);
		expect(map.description).toMatch(
			/^Map of East Java: \d+ export villages designated by 1 November 2022\. New: .*Parengan \(Lamongan Regency\)/,
		);
		// Only what is new since the step before is named: not Wedani (2021).
		expect(map.description).not.toContain('Wedani');
		expect(jatim.added.length).toBeLessThan(jatim.shown.length);
	});

	it('summarises a long list of new villages by their number', () => {
		const map = stepMap(data, geo, national, 'id', hub);
		expect(map.svg.dots).toHaveLength(national.shown.length);
		expect(map.description).toMatch(/Baru: \d+\.$/);
	});
});

describe('untilText', () => {
	it('writes a year, a month or a date in the page language', () => {
		expect(untilText('2019', 'id')).toBe('2019');
		expect(untilText('2025-03', 'id')).toBe('Maret 2025');
		expect(untilText('2025-03', 'en')).toBe('March 2025');
		expect(untilText('2022-11-01', 'en')).toBe('1 November 2022');
	});
});
