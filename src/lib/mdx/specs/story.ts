// Specs of the text components of a story (src/components/story) for the MDX lint.
import { say } from '../../messages/index.ts';
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
			ctx.rows.length === 1 ? [] : [say('check.value-rows', { n: ctx.rows.length })],
		example:
			'<Value dataset="dd-national" column="villages" where={{ as_of: "2025-03" }} /> desa devisa',
	},
	{
		name: 'Count',
		description:
			'How many rows of a dataset match a filter (or how many distinct values a column has), written in the text with a unit and the sources of those rows.',
		placement: 'inline',
		props: {
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			where: { kind: 'where', description: 'Filter, e.g. { coord_level: "village" }' },
			distinct: {
				kind: 'column',
				description: 'Count distinct values of this column instead of rows',
			},
			unit: {
				kind: 'enum',
				values: ['villages', 'people', 'firms', 'countries', 'provinces', 'count'],
				description: 'Unit written after the number (default: none)',
			},
		},
		check: (_props, ctx) => (ctx.rows.length ? [] : [say('check.count-none')]),
		example:
			'Dalam data kami, <Count dataset="villages" where={{ coord_level: "village" }} unit="villages" /> punya titik di tingkat desa.',
	},
	{
		name: 'DataTable',
		description:
			'A table of dataset rows in house style, with names for region and commodity codes and a source mark on every row.',
		placement: 'block',
		props: {
			dataset: { kind: 'dataset', required: true, description: 'Dataset id' },
			columns: { kind: 'columns', required: true, description: 'Columns to show, in order' },
			caption: {
				kind: 'text',
				required: true,
				description: 'What the table shows (read by screen readers)',
			},
			where: { kind: 'where', description: 'Filter the rows, e.g. { period: "full-year" }' },
			sortBy: { kind: 'column', description: 'Sort by this column (default: the file order)' },
			descending: { kind: 'boolean', description: 'Sort from largest to smallest' },
		},
		check: (_props, ctx) =>
			ctx.rows.length ? [] : ['the filter matches no row; the table would be empty'],
		example:
			'<DataTable dataset="lamongan-exports" columns={["year", "value"]} where={{ period: "full-year" }} caption="Nilai ekspor Lamongan" />',
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
