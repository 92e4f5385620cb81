// State shared by every copy of a module in one process (Astro loads src/ once for the content
// loaders and once for the pages): made once, forgotten on reset; registry specs share a key.
import { describe, expect, it } from 'vitest';
import { COMPONENT_SPECS } from '../../src/lib/mdx/registry.ts';
import {
	markRegistry,
	processWide,
	registryKey,
	resetProcessWide,
} from '../../src/lib/process-wide.ts';

describe('processWide()', () => {
	it('makes a value once per process, kept on globalThis under a registered symbol', () => {
		let made = 0;
		const a = processWide('test-value', () => ({ n: ++made }));
		expect(processWide('test-value', () => ({ n: ++made }))).toBe(a);
		expect(made).toBe(1);
		// What another copy of the module would find: the same symbol on the same global.
		expect((globalThis as Record<symbol, unknown>)[Symbol.for('lumbung-devisa:test-value')]).toBe(
			a,
		);
	});

	it('forgets every value on reset', () => {
		const before = processWide('test-reset', () => ({}));
		resetProcessWide();
		expect(processWide('test-reset', () => ({}))).not.toBe(before);
	});
});

describe('registryKey()', () => {
	it('names the registry and its specs, so every copy of the registry gives the same key', () => {
		expect(registryKey(COMPONENT_SPECS)).toBe('registry:all');
		expect(registryKey(COMPONENT_SPECS.get('LineChart')!)).toBe('registry:LineChart');
	});

	it('keys anything else, and a copy of a registry spec, by the object itself', () => {
		const own = { ...COMPONENT_SPECS.get('LineChart')! };
		expect(registryKey(own)).toBe(own);
		const marked = markRegistry({}, 'x');
		expect(registryKey(marked)).toBe('registry:x');
		expect(Object.keys(marked)).toEqual([]);
	});
});
