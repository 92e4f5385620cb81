// Issue 14: BASE_PATH is checked before a build: normalised with a note, or refused with a reason.
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/lib/base-path.ts';

describe('normaliseBasePath()', () => {
	it.each([
		[undefined, '/'],
		['', '/'],
		['/', '/'],
		['/lumbung-devisa/', '/lumbung-devisa/'],
		['/berita/devisa_2026.v1~x/', '/berita/devisa_2026.v1~x/'],
	])('%j is %s, said as it is', (value, base) => {
		expect(normaliseBasePath(value)).toEqual({ ok: true, base });
	});

	it.each([
		['no-leading-slash', '/no-leading-slash/'],
		['/berita/devisa', '/berita/devisa/'],
		['berita/devisa/', '/berita/devisa/'],
	])('%j is read as %s, with a note', (value, base) => {
		const result = normaliseBasePath(value);
		expect(result).toMatchObject({ ok: true, base });
		expect(result.ok && result.note).toContain(`is read as ${base}`);
	});

	it.each([
		['/../', /"\." or "\.\."/],
		['/a/./b/', /"\." or "\.\."/],
		['/a b/', /segment "a b"/],
		['/berita//devisa/', /empty segment/],
		['/%2e%2e/', /segment "%2e%2e"/],
		['https://example.org/x/', /address/],
		['//cdn.example/x/', /address/],
		[' /x/', /spaces around it/],
	])('%j is refused', (value, message) => {
		const result = normaliseBasePath(value);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(message);
	});
});
