// One declaration per prop: the spec the lint and the gallery read, and the TypeScript type.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { prop, required, type PropsOf } from '../../../src/lib/mdx/props.ts';

describe('prop declarations', () => {
	const decl = {
		dataset: required(prop.dataset('Dataset id')),
		y: required(prop.numericColumns('Number columns')),
		labels: prop.texts('Labels', { maxLength: 80 }),
		sort: prop.oneOf(['desc', 'asc'] as const, 'Order'),
		from: prop.literal<string | number>('Before'),
		horizontal: prop.boolean('Horizontal bars'),
	};

	it('are the lint specs: kind, required, list, values, limits, description', () => {
		expect(decl.dataset).toEqual({ kind: 'dataset', required: true, description: 'Dataset id' });
		expect(decl.y).toEqual({
			kind: 'numeric-columns',
			required: true,
			description: 'Number columns',
		});
		expect(decl.labels).toEqual({
			kind: 'text',
			list: true,
			maxLength: 80,
			description: 'Labels',
		});
		expect(decl.sort).toEqual({ kind: 'enum', values: ['desc', 'asc'], description: 'Order' });
		expect(decl.from).toEqual({ kind: 'literal', description: 'Before' });
		expect(decl.horizontal.required).toBeUndefined();
	});

	it('required() copies: the optional declaration stays optional', () => {
		const text = prop.text('Title');
		const title = required(text);
		expect(title.required).toBe(true);
		expect(text.required).toBeUndefined();
	});

	it('give the TypeScript props type (checked by astro check)', () => {
		expectTypeOf<PropsOf<typeof decl>>().toEqualTypeOf<{
			dataset: string;
			y: string | string[];
			labels?: string | string[];
			sort?: 'desc' | 'asc';
			from?: string | number;
			horizontal?: boolean;
		}>();
	});
});
