// <BarChart> props: one declaration for the TypeScript type, the MDX lint and the gallery.
import { prop, required, type PropsOf } from '../../../mdx/props.ts';
import { COMMON_PROPS } from '../../resolve.ts';

export const barProps = {
	...COMMON_PROPS,
	dataset: required(prop.dataset('Dataset id')),
	category: required(prop.xColumn('Column whose values are the bars (year, region_code, cluster)')),
	value: required(prop.numericColumns('Number column, or a list for grouped bars')),
	where: prop.where('Filter on rows; each bar must be one row'),
	labels: prop.texts('Labels for the value columns (grouped bars)'),
	categoryLabel: prop.column(
		'Text column naming the categories (default: names through a foreign key, e.g. region names)',
	),
	horizontal: prop.boolean('Horizontal bars (long category names, rankings)'),
	sort: prop.oneOf(
		['desc', 'asc', 'data'] as const,
		'Order: desc (default for categories), asc, or data order (default for years)',
	),
};

/** `<BarChart>` props. */
export type BarChartProps = PropsOf<typeof barProps>;
