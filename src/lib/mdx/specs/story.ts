// Specs of the text components of a story (src/components/story) for the MDX lint.
import type { ComponentSpec } from '../specs.ts';

export const storySpecs: ComponentSpec[] = [
	{
		name: 'Fact',
		description:
			'A figure from data/figures.csv written in the text, in the page language and house style, linked to its source.',
		placement: 'inline',
		props: {
			id: { kind: 'figure', required: true, description: 'Id of the row in data/figures.csv' },
		},
		example: 'Program ini menjangkau <Fact id="dd-penerima-2025" />.',
	},
	{
		name: 'Value',
		description:
			'One value of any dataset written in the text, in house style, linked to the source of its row. `where` must pick exactly one row.',
		placement: 'inline',
		props: {
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			column: { kind: 'numeric-column', required: true, description: 'Column holding the value' },
			where: {
				kind: 'where',
				required: true,
				description: 'Filter that picks exactly one row, e.g. { as_of: "2025-03" }',
			},
		},
		check: (_props, ctx) =>
			ctx.rows.length === 1
				? []
				: [
						`"where" must pick exactly one row; it picks ${ctx.rows.length}. Add a column to the filter.`,
					],
		example:
			'<Value dataset="dd-national" column="villages" where={{ as_of: "2025-03" }} /> desa devisa',
	},
	{
		name: 'Cite',
		description:
			'A numbered link to a source for a claim in the text; the source is listed at the end of the story.',
		placement: 'inline',
		props: {
			source: { kind: 'source', required: true, description: 'Id in data/sources.csv' },
		},
		example: 'Penghargaan itu baru pertama kali diberikan.<Cite source="memontum-penghargaan" />',
	},
];
