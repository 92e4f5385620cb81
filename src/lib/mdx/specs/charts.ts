// Specs of the chart components (src/components/charts) for the MDX lint. The component-specific
// checks run the same resolvers the components render with, so whatever passes the lint renders,
// and whatever would fail to render is reported at its line in the MDX file.
import { bigNumbers } from '../../charts/bignumbers.ts';
import { ChartError, type Catalog } from '../../charts/data.ts';
import { lineChart } from '../../charts/line.ts';
import { WIDE } from '../../charts/layout.ts';
import { multiplesChart } from '../../charts/multiples.ts';
import {
	resolveBar,
	resolveLine,
	resolveMultiples,
	resolveProgress,
	resolveSlope,
	type Resolved,
} from '../../charts/resolve.ts';
import type { Literal } from '../literal.ts';
import type { ComponentSpec, PropSpec } from '../specs.ts';

type Props = Record<string, Literal>;

/**
 * Run a resolver (and optionally the model) on literal props; a ChartError or RangeError becomes
 * one lint message (without the `Name "id": ` prefix the lint already locates).
 */
function attempt(run: () => unknown): string[] {
	try {
		run();
		return [];
	} catch (error) {
		if (error instanceof ChartError || error instanceof RangeError) {
			return [
				error.message
					.replace(/^\w+ "[^"]*"/, '')
					.replace(/^: /, '')
					.trim(),
			];
		}
		throw error;
	}
}

/** Source ids behind a chart, from its resolver (empty when the props do not resolve). */
function sourcesWith(resolve: (props: never, catalog: Catalog) => Resolved<unknown>) {
	return (props: Props, datasets: Catalog): string[] => {
		try {
			return resolve(props as never, datasets).sources;
		} catch {
			return [];
		}
	};
}

const common: Record<string, PropSpec> = {
	id: {
		kind: 'id',
		required: true,
		description: 'Chart id, unique in the language: names the embed page /embed/<id>/ and the CSV',
	},
	title: {
		kind: 'text',
		required: true,
		description: 'Title over the chart (a sentence or a noun phrase)',
	},
	subtitle: {
		kind: 'text',
		description:
			'Line under the title; default: the measure and its unit ("Nilai ekspor, triliun rupiah")',
	},
	notes: {
		kind: 'text',
		list: true,
		maxLength: 600,
		description: 'Notes under the chart, in the page language',
	},
};

const marks = (what: string): PropSpec => ({
	kind: 'literal',
	description: `${what}: a list of { x: "2019-12", label: "…" } (x in the type of the x column)`,
});

export const chartSpecs: ComponentSpec[] = [
	{
		name: 'LineChart',
		description:
			'Lines over time from one dataset, one per number column; annotations for events, definitional breaks drawn as gaps with a note, long gaps drawn dashed.',
		placement: 'block',
		props: {
			...common,
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			x: { kind: 'x-column', required: true, description: 'Time or number column (as_of, year)' },
			y: {
				kind: 'numeric-columns',
				required: true,
				description: 'Number column, or a list: one line each',
			},
			where: { kind: 'where', description: 'Filter on rows, e.g. { period: "full-year" }' },
			labels: {
				kind: 'text',
				list: true,
				description: 'Series labels, one per y column (default: column titles)',
			},
			annotations: marks('Events marked with a rule and a label'),
			breaks: marks(
				'Definitional breaks: the line is not joined across x (the break sits before it)',
			),
		},
		check: (props, ctx) =>
			attempt(() => {
				const r = resolveLine(props as never, ctx.datasets, 'id');
				lineChart(r.input, { lang: 'id', size: WIDE });
			}),
		sources: sourcesWith((p, c) => resolveLine(p, c, 'id')),
		example:
			'<LineChart id="desa-devisa-nasional" dataset="dd-national" x="as_of" y="villages" title="Jumlah desa devisa" annotations={[{ x: "2019-12", label: "Program diluncurkan" }]} />',
	},
	{
		name: 'BarChart',
		description:
			'Bars from one dataset: vertical (time, few categories) or horizontal, grouped when value lists several columns. Years without data keep their place.',
		placement: 'block',
		props: {
			...common,
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			category: {
				kind: 'x-column',
				required: true,
				description: 'Column whose values are the bars (year, region_code, cluster)',
			},
			value: {
				kind: 'numeric-columns',
				required: true,
				description: 'Number column, or a list for grouped bars',
			},
			where: { kind: 'where', description: 'Filter on rows; each bar must be one row' },
			labels: {
				kind: 'text',
				list: true,
				description: 'Labels for the value columns (grouped bars)',
			},
			categoryLabel: {
				kind: 'column',
				description:
					'Text column naming the categories (default: names through a foreign key, e.g. region names)',
			},
			horizontal: {
				kind: 'boolean',
				description: 'Horizontal bars (long category names, rankings)',
			},
			sort: {
				kind: 'enum',
				values: ['desc', 'asc', 'data'],
				description: 'Order: desc (default for categories), asc, or data order (default for years)',
			},
		},
		check: (props, ctx) => attempt(() => resolveBar(props as never, ctx.datasets, 'id')),
		sources: sourcesWith((p, c) => resolveBar(p, c, 'id')),
		example:
			'<BarChart id="kakao-kaltim" dataset="kaltim-cocoa" category="region_code" value="farm_units" where={{ survey: "st2023" }} horizontal title="Unit usaha kakao menurut kabupaten" />',
	},
	{
		name: 'SlopeChart',
		description: 'Before and after: each number column as a line from one x value to another.',
		placement: 'block',
		props: {
			...common,
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			x: {
				kind: 'x-column',
				required: true,
				description: 'Column telling before from after (year)',
			},
			y: {
				kind: 'numeric-columns',
				required: true,
				description: 'Number column, or a list: one line each',
			},
			where: { kind: 'where', description: 'Filter on rows' },
			labels: { kind: 'text', list: true, description: 'Series labels, one per y column' },
			from: { kind: 'literal', description: 'The x value before (default: the first)' },
			to: { kind: 'literal', description: 'The x value after (default: the last)' },
		},
		check: (props, ctx) => attempt(() => resolveSlope(props as never, ctx.datasets, 'id')),
		sources: sourcesWith((p, c) => resolveSlope(p, c, 'id')),
		example:
			'<SlopeChart id="eksportir-lamongan" dataset="lamongan-exporters" x="year" y={["destination_countries", "business_units"]} title="Negara tujuan ekspor Lamongan" />',
	},
	{
		name: 'TargetProgress',
		description:
			'An outcome against its target, both rows of one dataset: a bar filled to the outcome, the target marked.',
		placement: 'block',
		props: {
			...common,
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			value: {
				kind: 'numeric-column',
				required: true,
				description: 'Number column holding both values',
			},
			actual: { kind: 'where', required: true, description: 'Filter picking the outcome row' },
			target: { kind: 'where', required: true, description: 'Filter picking the target row' },
			where: { kind: 'where', description: 'Filter applied before actual and target' },
			actualLabel: { kind: 'text', description: 'What the outcome is ("Januari–Oktober 2022")' },
			targetLabel: { kind: 'text', description: 'What the target is ("target 2022")' },
		},
		check: (props, ctx) => attempt(() => resolveProgress(props as never, ctx.datasets, 'id')),
		sources: sourcesWith((p, c) => resolveProgress(p, c, 'id')),
		example:
			'<TargetProgress id="target-lamongan" dataset="lamongan-exports" value="value" actual={{ year: 2022, period: "jan-oct" }} target={{ year: 2022, period: "target" }} title="Ekspor Lamongan 2022 menuju target" />',
	},
	{
		name: 'SmallMultiples',
		description:
			'One small line chart per panel, panels from any datasets, on one x axis and (by default) one y scale so heights compare.',
		placement: 'block',
		props: {
			...common,
			x: {
				kind: 'text',
				required: true,
				description: 'The x column every panel’s dataset has (a panel may set its own x)',
			},
			panels: {
				kind: 'literal',
				required: true,
				description: 'List of { dataset, y, title } (optional x, where, breaks), at least two',
			},
			scale: {
				kind: 'enum',
				values: ['shared', 'free'],
				description: 'shared (default): one y scale for all panels; free: one per panel',
			},
		},
		check: (props, ctx) =>
			attempt(() => {
				const r = resolveMultiples(props as never, ctx.datasets, 'id');
				multiplesChart(r.input, { lang: 'id', size: WIDE });
			}),
		sources: sourcesWith((p, c) => resolveMultiples(p, c, 'id')),
		example:
			'<SmallMultiples id="kakao-dan-rumput-laut" x="year" title="Volume ekspor" panels={[{ dataset: "cocoa-exports", y: "volume", title: "Kakao" }, { dataset: "seaweed-exports", y: "volume", title: "Rumput laut" }]} />',
	},
	{
		name: 'BigNumbers',
		description:
			'Key figures from data/figures.csv as cards: value with its qualifier, what it counts, when, source.',
		placement: 'block',
		props: {
			ids: {
				kind: 'figure',
				list: true,
				required: true,
				description: 'Figure ids in data/figures.csv',
			},
			title: { kind: 'text', description: 'Optional heading over the cards' },
			id: { kind: 'id', description: 'Optional anchor id' },
		},
		check: (props, ctx) =>
			attempt(() =>
				bigNumbers(
					Array.isArray(props.ids) ? (props.ids as string[]) : [String(props.ids)],
					ctx.datasets,
					'id',
				),
			),
		sources: (props, datasets) => {
			const ids = Array.isArray(props.ids) ? props.ids.map(String) : [String(props.ids)];
			return (datasets.get('figures')?.rows ?? [])
				.filter((r) => ids.includes(String(r.id)))
				.map((r) => String(r.source));
		},
		example:
			'<BigNumbers ids={["dd-penerima-2025", "dd-nilai-ekspor-2025", "dd-provinsi-2025"]} />',
	},
];
