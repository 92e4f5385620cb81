// <SlopeChart> props: one declaration for the TypeScript type, the MDX lint and the gallery.
import { prop, required, type PropsOf } from '../../../mdx/props.ts';
import { COMMON_PROPS } from '../../resolve.ts';

export const slopeProps = {
	...COMMON_PROPS,
	dataset: required(prop.dataset('Dataset id')),
	x: required(prop.xColumn('Column telling before from after (year)')),
	y: required(prop.numericColumns('Number column, or a list: one line each')),
	where: prop.where('Filter on rows'),
	labels: prop.texts('Series labels, one per y column'),
	from: prop.literal<string | number>('The x value before (default: the first)'),
	to: prop.literal<string | number>('The x value after (default: the last)'),
};

/** `<SlopeChart>` props. */
export type SlopeChartProps = PropsOf<typeof slopeProps>;
