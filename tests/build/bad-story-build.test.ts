// A bad story must stop `npm run build` with the file, line and column of each problem: a
// frontmatter error (which Astro alone reports at file:0:0) and a component naming a column
// that does not exist, at the misspelt value; in Indonesian, with the fix, and nothing else (no
// stack trace, no guessed location: `--debug` shows those).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject, siteBuild } from './project.ts';

const project = copyProject('lumbung-story-');
afterAll(project.cleanup);

it('npm run build fails on bad story frontmatter and props with located messages', () => {
	const rel = 'src/content/stories/id/desa-devisa-indonesia.mdx';
	const file = join(project.dir, rel);
	const lines = readFileSync(file, 'utf8').split('\n');
	const published = lines.findIndex((l) => l.startsWith('published:'));
	lines[published] = 'published: 2024-02-30';
	const body = lines.findIndex((l) => l.includes('column="villages"'));
	lines[body] = (lines[body] ?? '').replace('column="villages"', 'column="vilages"');
	// At the misspelt value itself, inside its quotes.
	const col = (lines[body] ?? '').indexOf('vilages') + 1;
	writeFileSync(file, lines.join('\n'));

	const { status, output } = siteBuild(project.dir);
	expect(status).not.toBe(0);
	expect(output).toContain(
		`${rel}:${published + 1}:12: error frontmatter-type [frontmatter.published]`,
	);
	expect(output).toContain(`${rel}:${body + 1}:${col}: error chart-unknown-column [Value.column]`);
	expect(output).toMatch(/saran: maksud Anda "villages"\?/);
	// Nothing but the report: no stack trace through the build's code, no guessed location.
	expect(output).not.toMatch(/Stack trace|Location:|Browser APIs|\n\s+at /);
	expect(output).toContain('npm run build -- --debug');
	const debug = siteBuild(project.dir, {}, ['--debug']);
	expect(debug.status).not.toBe(0);
	expect(debug.output).toMatch(/Stack trace/);
}, 240_000);
