import { describe, expect, it } from 'vitest';
import {
	ContractError,
	contract,
	count,
	list,
	nullable,
	number,
	object,
	oneOf,
	optional,
	text,
	tuple,
	url,
} from '../../../src/lib/contracts/check.ts';

const point = contract(
	'point',
	object({
		name: text,
		at: tuple(number, number),
		tags: list(oneOf('a', 'b')),
		n: count,
		note: nullable(text),
		link: optional(url),
	}),
);
const good = {
	name: 'Parengan',
	at: [112.3, -6.9],
	tags: ['a'],
	n: 3,
	note: null,
} satisfies Parameters<typeof point.encode>[0];

describe('contract(name, check)', () => {
	it('decode(encode(x)) gives x back', () => {
		expect(point.decode(point.encode(good))).toEqual(good);
		const linked = { ...good, link: '/wilayah/lamongan/' };
		expect(point.decode(point.encode(linked))).toEqual(linked);
	});

	it.each([
		[undefined, 'point: no payload'],
		['', 'point: no payload'],
		['{"name":', /^point: not JSON/],
		['[]', 'point: expected an object, got []'],
		[JSON.stringify({ ...good, at: [1] }), 'point.at: expected a list of 2, got [1]'],
		[JSON.stringify({ ...good, at: [1, 'x'] }), 'point.at[1]: expected a number, got "x"'],
		[JSON.stringify({ ...good, tags: ['c'] }), 'point.tags[0]: expected "a" or "b", got "c"'],
		[JSON.stringify({ ...good, n: -1 }), 'point.n: expected a count, got -1'],
		[JSON.stringify({ ...good, note: 4 }), 'point.note: expected text, got 4'],
		[JSON.stringify({ ...good, extra: 1 }), 'point.extra: expected no such key, got 1'],
		[JSON.stringify({ ...good, name: undefined }), 'point.name: expected text, got nothing'],
		// A payload may only link to the site or to https: never javascript: or protocol-relative.
		[JSON.stringify({ ...good, link: 'javascript:alert(1)' }), /^point\.link: expected a site/],
		[JSON.stringify({ ...good, link: '//evil.example/' }), /^point\.link: expected a site/],
	])('decode(%j) throws a ContractError naming the place: %s', (json, message) => {
		expect(() => point.decode(json)).toThrow(ContractError);
		expect(() => point.decode(json)).toThrow(message);
	});

	it('encode refuses what decode would refuse, so the build never writes it', () => {
		expect(() => point.encode({ ...good, n: 1.5 })).toThrow('point.n: expected a count, got 1.5');
	});

	it('cuts long values in messages', () => {
		const long = JSON.stringify({ ...good, n: 'x'.repeat(500) });
		expect(() => point.decode(long)).toThrow(/got "x{50,}…$/);
	});
});
