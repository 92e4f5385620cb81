// Specs of the map components (src/components/maps) for the MDX lint.
import type { CheckedDataset, Row } from '../../data/validate.ts';
import { say } from '../../messages/index.ts';
import type { Literal } from '../literal.ts';
import type { ComponentSpec } from '../specs.ts';

const asList = (v: Literal | undefined): string[] =>
	v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string');

/** Region codes for codes or slugs (unknown keys are left for the lint to report). */
function regionCodes(keys: string[], datasets: ReadonlyMap<string, CheckedDataset>): string[] {
	const rows = datasets.get('regions')?.rows ?? [];
	return keys.flatMap((k) => {
		const r = rows.find((row) => row.code === k || row.slug === k);
		return r ? [String(r.code)] : [];
	});
}

/** Village rows a map with these props shows. */
function shownVillages(
	props: Record<string, Literal>,
	datasets: ReadonlyMap<string, CheckedDataset>,
	withRegion: boolean,
): Row[] {
	const regions = withRegion ? regionCodes(asList(props.region), datasets) : [];
	const commodities = asList(props.commodity);
	const year = typeof props.year === 'number' ? props.year : undefined;
	return (datasets.get('villages')?.rows ?? []).filter(
		(v) =>
			(!commodities.length || commodities.includes(String(v.commodity))) &&
			(!regions.length ||
				regions.some((c) => (c.includes('.') ? v.regency_code === c : v.province_code === c))) &&
			(year === undefined || v.designated_year === year),
	);
}

/** Source ids of village rows (the cited source, then where the point comes from). */
function villageSources(rows: readonly Row[]): string[] {
	const out: string[] = [];
	for (const r of rows) {
		for (const id of [r.source, r.location_source]) {
			if (typeof id === 'string' && !out.includes(id)) out.push(id);
		}
	}
	return out;
}

/** Source of the national total quoted in every map's note (data/dd-national.csv). */
function nationalSource(datasets: ReadonlyMap<string, CheckedDataset>): string[] {
	const rows = (datasets.get('dd-national')?.rows ?? []).filter((r) => r.basis === 'total');
	const last = rows.sort((a, b) => String(a.as_of).localeCompare(String(b.as_of))).at(-1);
	return typeof last?.source === 'string' ? [last.source] : [];
}

const common = {
	title: {
		kind: 'text',
		description: 'Title over the map; by default made from the filters',
	},
	note: { kind: 'text', maxLength: 600, description: 'A note under the map' },
	id: { kind: 'id', description: 'Anchor id of the figure' },
} as const;

export const mapSpecs: ComponentSpec[] = [
	{
		name: 'VillageMap',
		description:
			'Desa Devisa on a map: a static SVG with a legend and a list of the villages, upgraded to a pannable map when it scrolls into view. Filter by region (the map focuses on it), commodity and year; an area with no village says so and names the nearest one.',
		placement: 'block',
		props: {
			region: {
				kind: 'region',
				list: true,
				description:
					'Region code or slug to focus on, or a list: region={["berau", "kutai-timur", "mahakam-ulu"]}',
			},
			commodity: {
				kind: 'commodity',
				list: true,
				description: 'Commodity key, or a list: commodity="tenun-ikat"',
			},
			year: { kind: 'number', description: 'Designation year: year={2022}' },
			...common,
		},
		check: (props) =>
			typeof props.year === 'number' && (!Number.isInteger(props.year) || props.year < 2019)
				? [say('check.map-year', { year: props.year })]
				: [],
		sources: (props, datasets) => [
			...villageSources(shownVillages(props, datasets, true)),
			...nationalSource(datasets),
		],
		example: '<VillageMap region="lamongan" commodity="tenun-ikat" />',
	},
	{
		name: 'ChoroplethMap',
		description:
			'Desa Devisa in our data counted per province (all Indonesia) or per regency of one province, shaded, with a ranked table as its accessible twin. Says that it counts our data, not LPEI’s national total.',
		placement: 'block',
		props: {
			level: {
				kind: 'enum',
				values: ['province', 'regency'],
				description: 'province (default) or regency (then region names the province)',
			},
			region: {
				kind: 'region',
				description: 'For level="regency": the province, by code or slug',
			},
			commodity: {
				kind: 'commodity',
				list: true,
				description: 'Count only villages of this commodity (or these)',
			},
			...common,
		},
		check: (props, ctx) => {
			const level = props.level ?? 'province';
			if (level === 'province') {
				return props.region === undefined ? [] : [say('check.map-region-level')];
			}
			const codes = regionCodes(asList(props.region), ctx.datasets);
			const code = codes[0];
			return code && !code.includes('.') ? [] : [say('check.map-regency')];
		},
		sources: (props, datasets) => [
			...villageSources(shownVillages(props, datasets, false)),
			...nationalSource(datasets),
		],
		example: '<ChoroplethMap level="regency" region="jawa-timur" />',
	},
];
