// A bad story must stop `astro build` with the file, line and column of each problem: a
// frontmatter error (which Astro alone reports at file:0:0) and a component naming a column
// that does not exist.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project.ts';

const project = copyProject('lumbung-story-');
afterAll(project.cleanup);

it('astro build fails on bad story frontmatter and props with located messages', () => {
	const rel = 'src/content/stories/id/desa-devisa-indonesia.mdx';
	const file = join(project.dir, rel);
	const lines = readFileSync(file, 'utf8').split('\n');
	const published = lines.findIndex((l) => l.startsWith('published:'));
	lines[published] = 'published: 2024-02-30';
	const body = lines.findIndex((l) => l.includes('column="villages"'));
	lines[body] = (lines[body] ?? '').replace('column="villages"', 'column="vilages"');
	const col = (lines[body] ?? '').indexOf('<Value') + 1;
	writeFileSync(file, lines.join('\n'));

	const { status, output } = astroBuild(project.dir);
	expect(status).not.toBe(0);
	expect(output).toContain(
		`${rel}:${published + 1}:12: error frontmatter-type [frontmatter.published]`,
	);
	expect(output).toContain(`${rel}:${body + 1}:${col}: error chart-unknown-column [Value.column]`);
	expect(output).toMatch(/did you mean "villages"\?/);
}, 180_000);
