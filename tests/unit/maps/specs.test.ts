// The map components' MDX specs: every gallery example passes the story lint with real data,
// the mistakes an author can make are caught with a message, and the story's source list gets
// the sources behind the villages a map shows.
import { describe, expect, it } from 'vitest';
import { MAP_EXAMPLES } from '../../../src/lib/maps/examples.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { mapSpecs } from '../../../src/lib/mdx/specs/maps.ts';
import { lintBody } from '../../../src/lib/stories/lint.ts';
import { storySources } from '../../../src/lib/stories/sources.ts';
import { ROOT } from './real-data.ts';

const { datasets } = loadCatalog(ROOT);
const FILE = 'src/content/stories/id/x.mdx';
const parse = (body: string) => parseMdx(`---\ntitle: x\n---\n\n${body}\n`);
const lint = (body: string) => lintBody(parse(body), FILE, { datasets, specs: COMPONENT_SPECS });

describe('map specs', () => {
	it('registers VillageMap and ChoroplethMap', () => {
		expect(mapSpecs.map((s) => s.name)).toEqual(['VillageMap', 'ChoroplethMap']);
		for (const s of mapSpecs) expect(COMPONENT_SPECS.get(s.name)).toBe(s);
	});

	it.each(MAP_EXAMPLES.map((e) => [e.heading, e.mdx]))('%s passes the lint', (_h, mdx) => {
		expect(lint(mdx)).toEqual([]);
	});

	it.each([
		['<VillageMap region="atlantis" />', /"atlantis" is not a region/],
		['<VillageMap commodity={["kakao", "emas"]} />', /"emas" is not a commodity/],
		['<VillageMap year={2015} />', /year must be a whole year from 2019/],
		['<ChoroplethMap level="regency" />', /needs region = a province/],
		['<ChoroplethMap level="regency" region="lamongan" />', /needs region = a province/],
		['<ChoroplethMap region="jawa-timur" />', /only used with level="regency"/],
		['<ChoroplethMap level="kecamatan" />', /level must be one of province, regency/],
	])('%s is refused', (mdx, message) => {
		const problems = lint(mdx);
		expect(problems.map((p) => p.message).join('\n')).toMatch(message);
		expect(problems[0]?.line).toBe(5);
	});

	it('cites the sources of the villages a map shows, and of the national total', () => {
		const ids = storySources(
			parse('<VillageMap region="lamongan" commodity="tenun-ikat" />'),
			datasets,
			COMPONENT_SPECS,
		);
		const parengan = datasets.get('villages')?.rows.find((r) => r.id === 'parengan');
		expect(ids).toContain(parengan?.source);
		expect(ids).toContain(parengan?.location_source);
		const total = datasets
			.get('dd-national')
			?.rows.filter((r) => r.basis === 'total')
			.sort((a, b) => String(a.as_of).localeCompare(String(b.as_of)))
			.at(-1);
		expect(ids).toContain(total?.source);
		// A map with no village cites only the national total.
		const empty = storySources(
			parse('<VillageMap region={["berau", "kutai-timur", "mahakam-ulu"]} commodity="kakao" />'),
			datasets,
			COMPONENT_SPECS,
		);
		expect(empty).toEqual([total?.source]);
	});
});
