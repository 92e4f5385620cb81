// Specs of the scrollytelling components (src/components/story/Scrolly.astro, Step.astro) for the
// MDX lint: one props declaration each gives the lint spec, the gallery table and the TS type.
import type { CheckedDataset } from '../../data/validate.ts';
import { filterRows, sourceIds } from '../../data/rows.ts';
import { designatedBy, periodEnd, type DatedVillage } from '../../scrolly/state.ts';
import { villagesFromRows } from '../../maps/records.ts';
import type { Literal } from '../literal.ts';
import { prop, required, type PropsOf } from '../props.ts';
import type { ComponentSpec } from '../specs.ts';
import { say } from '../../messages/index.ts';

export const scrollyProps = {
	id: required(prop.id('Anchor id of the scrolly (unique on the page)')),
	map: required(
		prop.oneOf(
			['villages'] as const,
			'The sticky graphic: "villages", the Desa Devisa of data/villages.csv on a map',
		),
	),
	title: required(prop.text('Title of the graphic, repeated on the figure of every step')),
	dataset: prop.dataset('Dataset of the count line under the map, e.g. dd-national'),
	x: prop.xColumn('Its date column (year, month or date)'),
	y: prop.numericColumn('Its count column'),
	where: prop.where('Filter on its rows, e.g. { basis: ["first", "total"] }'),
	label: prop.text('What the line counts, e.g. "Desa devisa di Indonesia"'),
	notes: prop.text('A note under the graphic', { maxLength: 600 }),
};

/** `<Scrolly>` props. */
export type ScrollyProps = PropsOf<typeof scrollyProps>;

export const stepProps = {
	until: required(
		prop.text(
			'Year, month or date (2019, 2022-11, 2022-11-01): the map shows the villages designated by its end, the line its points up to then',
		),
	),
	title: required(prop.text('Title of this step’s figure')),
	region: prop.region('Province or regency to zoom the map to, e.g. "jawa-timur"'),
	commodity: prop.commodities('Show only villages of this commodity (or these)'),
};

/** `<Step>` props. */
export type StepProps = PropsOf<typeof stepProps>;

const LINE_PROPS = ['dataset', 'x', 'y', 'label'] as const;

/** Source ids of the count line's rows. */
function lineSources(
	props: Record<string, Literal>,
	datasets: ReadonlyMap<string, CheckedDataset>,
): string[] {
	const line = typeof props.dataset === 'string' ? datasets.get(props.dataset) : undefined;
	return line ? sourceIds(line, filterRows(line.rows, props.where)) : [];
}

/** Source ids of the villages a step shows (the cited source, then where the point comes from). */
function stepSources(
	props: Record<string, Literal>,
	datasets: ReadonlyMap<string, CheckedDataset>,
): string[] {
	const end = typeof props.until === 'string' ? periodEnd(props.until) : undefined;
	if (end === undefined) return [];
	const regions = datasets.get('regions')?.rows ?? [];
	const key = props.region;
	const region =
		typeof key === 'string'
			? String(regions.find((r) => r.code === key || r.slug === key)?.code ?? key)
			: undefined;
	const commodities = (Array.isArray(props.commodity) ? props.commodity : [props.commodity])
		.filter((c) => typeof c === 'string')
		.map(String);
	const villages = datasets.get('villages');
	if (!villages) return [];
	const records = villagesFromRows(villages.rows);
	const rows = villages.rows.filter((_, i) => {
		const v = records[i] as DatedVillage;
		return (
			designatedBy(v, end) &&
			(region === undefined ||
				(region.includes('.') ? v.regencyCode : v.provinceCode) === region) &&
			(commodities.length === 0 || commodities.includes(v.commodity))
		);
	});
	return sourceIds(villages, rows);
}

const EXAMPLE = `<Scrolly id="contoh-scrolly" map="villages" title="Desa devisa yang kami kenal" dataset="dd-national" x="as_of" y="villages" where={{ basis: ["first", "total"] }} label="Desa devisa di Indonesia">
<Step until="2019" title="2019: desa pertama">
Desa devisa pertama diresmikan di Bali.
</Step>
<Step until="2022-11-01" region="jawa-timur" title="Jawa Timur, 1 November 2022">
Enam desa di Jawa Timur diresmikan pada hari yang sama.
</Step>
</Scrolly>`;

export const scrollySpecs: ComponentSpec[] = [
	{
		name: 'Scrolly',
		description:
			'Scrollytelling: a graphic (the villages on a map, with a count line) that stays on screen while the text steps scroll past; each <Step> sets what it shows. Without JavaScript, in print and with reduced motion, every step is followed by its own static figure.',
		placement: 'block',
		children: true,
		holds: ['Step'],
		props: scrollyProps,
		check: (props) => {
			const given = LINE_PROPS.filter((k) => props[k] !== undefined);
			if (given.length > 0 && given.length < LINE_PROPS.length) {
				return [
					say('check.scrolly-line', {
						needed: LINE_PROPS.join(', '),
						missing: LINE_PROPS.filter((k) => props[k] === undefined).join(', '),
					}),
				];
			}
			if (props.where !== undefined && given.length === 0) return [say('check.scrolly-where')];
			return [];
		},
		sources: lineSources,
		example: EXAMPLE,
	},
	{
		name: 'Step',
		description:
			'One step of a <Scrolly>: its text, and what the graphic shows while it is read (villages designated up to `until`, zoomed to `region`, of `commodity`).',
		placement: 'block',
		children: true,
		inside: 'Scrolly',
		props: stepProps,
		check: (props) =>
			typeof props.until === 'string' && periodEnd(props.until) === undefined
				? [say('check.step-until', { until: props.until })]
				: [],
		sources: stepSources,
		example: EXAMPLE,
	},
];
