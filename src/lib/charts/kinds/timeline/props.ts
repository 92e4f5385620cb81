// <Timeline> props: one declaration for the TypeScript type, the MDX lint and the gallery.
import { prop, required, type PropsOf } from '../../../mdx/props.ts';
import { COMMON_PROPS } from '../../resolve.ts';

export const timelineProps = {
	...COMMON_PROPS,
	dataset: required(prop.dataset('Dataset id')),
	date: required(
		prop.xColumn('Date, month or year column placing each dot (rows without one are not drawn)'),
	),
	label: required(prop.column('Column naming each dot (the tooltip and the table)')),
	group: prop.column(
		'Column whose values are the rows, e.g. province_code or commodity (named through a foreign key)',
	),
	where: prop.where('Filter on rows, e.g. { province_code: "35" }'),
	unit: prop.oneOf(
		['villages', 'people', 'firms', 'countries', 'provinces', 'count'] as const,
		'What one dot is, for the counts in the summary and the note (default: none)',
	),
};

/** `<Timeline>` props. */
export type TimelineProps = PropsOf<typeof timelineProps>;
