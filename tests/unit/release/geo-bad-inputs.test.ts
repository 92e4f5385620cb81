// Catalogue §3.4 #49 (self-intersecting polygon), the case tests/unit/geo does not state: a
// bow-tie ring whose two lobes cancel encloses no area, so the area is refused as empty rather
// than drawn as a sliver. (A bow-tie with unequal lobes is not detected; see tests/README.md.)
import { expect, it } from 'vitest';
import { normaliseArea } from '../../../src/lib/geo/convert.ts';

it('refuses an area whose only ring is a symmetric bow-tie', () => {
	const bowTie: [number, number][] = [
		[110, -2],
		[111, -1],
		[111, -2],
		[110, -1],
		[110, -2],
	];
	const { area, problems } = normaliseArea(
		{ code: '99.09', name: 'Kupu-kupu', polygons: [[bowTie]] } as Parameters<
			typeof normaliseArea
		>[0],
		'fixture.sql',
	);
	expect(area).toBeUndefined();
	expect(problems).toContainEqual(
		expect.objectContaining({ severity: 'error', code: 'geo-empty', file: 'fixture.sql' }),
	);
});
