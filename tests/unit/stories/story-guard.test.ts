// Issue 14: the story guard refuses to compile any story that holds code, or any file of the
// stories folder that is not a listed story — the last gate, whatever happened before it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { storyGuardPlugin } from '../../../src/integrations/story-guard.ts';

const root = mkdtempSync(join(tmpdir(), 'lumbung-guard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'src/content/stories/id');
mkdirSync(dir, { recursive: true });
const put = (name: string, text: string) => {
	writeFileSync(join(dir, name), text);
	return join(dir, name);
};
const transform = (id: string) => {
	const hook = storyGuardPlugin(root).transform;
	if (typeof hook !== 'function') throw new Error('no transform hook');
	return () => hook.call({} as never, '', id);
};

it('lets a story of text and literal props through', () => {
	const id = put('baik.mdx', '---\ntitle: x\n---\n\nTeks <b>tebal</b> <Fact id="a" />.\n');
	expect(transform(`${id}?astroContentCollectionEntry=true`)()).toBeNull();
	expect(transform(id)()).toBeNull();
});

it.each([
	[
		'an attribute that calls code',
		"Teks <b title={process.exit(1) ?? 'x'}>x</b>.",
		'mdx-prop-not-literal',
		5,
	],
	['an import', "import os from 'node:os'\n\nTeks.", 'mdx-forbidden-import', 5],
	[
		'an expression between comments',
		'Teks {/* a */ globalThis.x = 1 /* b */}.',
		'mdx-forbidden-expression',
		5,
	],
	['a spread', 'Teks <Fact {...x} />.', 'mdx-forbidden-attribute', 5],
])('refuses %s, located', (_name, body, code, line) => {
	const id = put('jahat.mdx', `---\ntitle: x\n---\n\n${body}\n`);
	expect(transform(id)).toThrow(new RegExp(`jahat\\.mdx:${line}:\\d+: error ${code}`));
});

it('refuses a hidden file of the stories folder by name', () => {
	const id = put('.f6.mdx', '---\ntitle: x\n---\n\nTeks.\n');
	expect(transform(id)).toThrow(/\.f6\.mdx:1:1: error story-filename/);
});

it('leaves files outside the stories folder alone', () => {
	expect(transform(join(root, 'src/pages/x.mdx'))()).toBeNull();
});
