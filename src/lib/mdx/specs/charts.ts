// Specs of the chart components for the MDX lint: one per kind of the chart registry
// (src/lib/charts/kinds), made from the kind's props declaration, plus BigNumbers. The
// component-specific checks run the same resolver and model the components render with, so
// whatever passes the lint renders, and whatever would fail to render is reported at its line in
// the MDX file.
import { bigNumbers, bigNumbersProps } from '../../charts/bignumbers.ts';
import { ChartError } from '../../charts/data.ts';
import { CHART_KINDS } from '../../charts/kinds/index.ts';
import type { AnyChartKind } from '../../charts/kinds/kind.ts';
import { WIDE } from '../../charts/layout.ts';
import type { ComponentSpec } from '../specs.ts';

/**
 * Run a resolver (and the model) on literal props; a ChartError or RangeError becomes one lint
 * message (without the `Name "id": ` prefix the lint already locates).
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

/** The lint's spec of a chart kind. */
function kindSpec(kind: AnyChartKind): ComponentSpec {
	return {
		name: kind.name,
		description: kind.description,
		placement: 'block',
		props: kind.props,
		check: (props, ctx) =>
			attempt(() =>
				kind.model(kind.resolve(props, ctx.datasets, 'id'), { lang: 'id', size: WIDE }),
			),
		// The sources behind the chart (none when the props do not resolve: the check says why).
		sources: (props, datasets) => {
			try {
				return kind.resolve(props, datasets, 'id').sources;
			} catch {
				return [];
			}
		},
		example: kind.example,
	};
}

export const chartSpecs: ComponentSpec[] = [
	...CHART_KINDS.map(kindSpec),
	{
		name: 'BigNumbers',
		description:
			'Key figures from data/figures.csv as cards: value with its qualifier, what it counts, when, source.',
		placement: 'block',
		props: bigNumbersProps,
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
