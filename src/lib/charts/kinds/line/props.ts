// <LineChart> props: one declaration for the TypeScript type, the MDX lint and the gallery.
import { prop, required, type PropsOf } from '../../../mdx/props.ts';
import { COMMON_PROPS, marksProp } from '../../resolve.ts';

export const lineProps = {
	...COMMON_PROPS,
	dataset: required(prop.dataset('Dataset id')),
	x: required(prop.xColumn('Time or number column (as_of, year)')),
	y: required(prop.numericColumns('Number column, or a list: one line each')),
	where: prop.where('Filter on rows, e.g. { period: "full-year" }'),
	labels: prop.texts('Series labels, one per y column (default: column titles)'),
	annotations: marksProp('Events marked with a rule and a label'),
	breaks: marksProp(
		'Definitional breaks: the line is not joined across x (the break sits before it)',
	),
};

/** `<LineChart>` props. */
export type LineChartProps = PropsOf<typeof lineProps>;
