// Catalogue §3.5 #66: two stories whose names differ only in case would share a URL on a
// case-insensitive disk (and collide on most hosts); the file name is the URL, so it must be
// lowercase, and the same URL twice in one language is refused.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { checkStories } from '../../../src/lib/stories/load.ts';

const ROOT = process.cwd();
const { datasets } = loadCatalog(ROOT);
const temp = mkdtempSync(join(tmpdir(), 'lumbung-slugs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const STORY = join(ROOT, 'src/content/stories/id/kakao-kutai-timur.mdx');

it('refuses a story file whose name is not its lowercase URL (Banjir.mdx beside banjir.mdx)', () => {
	const dir = join(temp, 'case', 'src/content/stories/id');
	mkdirSync(dir, { recursive: true });
	cpSync(STORY, join(dir, 'kakao-kutai-timur.mdx'));
	cpSync(STORY, join(dir, 'Kakao-Kutai-Timur.mdx'));
	const { problems } = checkStories(join(temp, 'case'), datasets, COMPONENT_SPECS);
	const errors = problems.filter((p) => p.severity === 'error');
	expect(errors).toContainEqual(
		expect.objectContaining({
			code: 'story-filename',
			file: 'src/content/stories/id/Kakao-Kutai-Timur.mdx',
			line: 1,
		}),
	);
	// The lowercase original is still read and checked.
	expect(errors.filter((p) => p.file.endsWith('/kakao-kutai-timur.mdx'))).toEqual([]);
});
