// <SmallMultiples> props: one declaration for the TypeScript type, the MDX lint and the gallery.
import type { Where } from '../../data.ts';
import { prop, required, type PropsOf } from '../../../mdx/props.ts';
import { COMMON_PROPS, type XMarkProp } from '../../resolve.ts';

/** One panel of `<SmallMultiples>`. */
export interface PanelProp {
	dataset: string;
	y: string;
	/** Default: the chart's `x`. */
	x?: string;
	where?: Where;
	title: string;
	breaks?: XMarkProp[];
}

export const multiplesProps = {
	...COMMON_PROPS,
	x: required(prop.text('The x column every panel’s dataset has (a panel may set its own x)')),
	panels: required(
		prop.literal<PanelProp[]>(
			'List of { dataset, y, title } (optional x, where, breaks), at least two',
		),
	),
	scale: prop.oneOf(
		['shared', 'free'] as const,
		'shared (default): one y scale for all panels; free: one per panel',
	),
};

/** `<SmallMultiples>` props. */
export type SmallMultiplesProps = PropsOf<typeof multiplesProps>;
