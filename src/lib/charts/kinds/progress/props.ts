// <TargetProgress> props: one declaration for the TypeScript type, the MDX lint and the gallery.
import { prop, required, type PropsOf } from '../../../mdx/props.ts';
import { COMMON_PROPS } from '../../resolve.ts';

export const progressProps = {
	...COMMON_PROPS,
	dataset: required(prop.dataset('Dataset id')),
	value: required(prop.numericColumn('Number column holding both values')),
	actual: required(prop.where('Filter picking the outcome row')),
	target: required(prop.where('Filter picking the target row')),
	where: prop.where('Filter applied before actual and target'),
	actualLabel: prop.text('What the outcome is ("Januari–Oktober 2022")'),
	targetLabel: prop.text('What the target is ("target 2022")'),
};

/** `<TargetProgress>` props. */
export type TargetProgressProps = PropsOf<typeof progressProps>;
