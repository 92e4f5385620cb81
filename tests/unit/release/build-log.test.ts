import { describe, expect, it } from 'vitest';
import {
	buildLogProblems,
	isHarmlessBuildLog,
	quietBuildLog,
} from '../../../src/lib/release/build-log.ts';
import { robotsNote } from '../../../src/lib/release/robots.ts';

const HEAD_INJECT = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	message:
		'The semantics of the module level directive "use astro:head-inject" in "src/content/stories/id/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('quietBuildLog', () => {
	it("drops Rolldown's warning about Astro's head-inject directive", () => {
		const seen: unknown[] = [];
		quietBuildLog('warn', HEAD_INJECT, (level, log) => seen.push([level, log]));
		expect(seen).toEqual([]);
		expect(isHarmlessBuildLog(HEAD_INJECT)).toBe(true);
	});

	it('passes every other entry on unchanged, other directives included', () => {
		const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in a.ts' };
		const unresolved = { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "x"' };
		const seen: unknown[] = [];
		for (const log of [other, unresolved]) quietBuildLog('warn', log, (l, g) => seen.push([l, g]));
		quietBuildLog('info', HEAD_INJECT, (l, g) => seen.push([l, g]));
		expect(seen).toEqual([
			['warn', other],
			['warn', unresolved],
			['info', HEAD_INJECT],
		]);
	});
});

describe('buildLogProblems', () => {
	const note = robotsNote('/x/', 'https://lumbungdevisa.id');

	it('says where robots.txt has to go, naming both places', () => {
		expect(note).toContain('https://lumbungdevisa.id/robots.txt');
		expect(note).toContain('/x/robots.txt');
		expect(note).toContain('docs/hosting.md');
	});

	it('finds nothing in a clean sub-path build log that carries the note', () => {
		const log = `23:00:01 [build] 207 page(s) built in 10.28s\n23:00:01 [lumbung-devisa:host-files] ${note}\n`;
		expect(buildLogProblems(log, '/x/', note)).toEqual([]);
		expect(buildLogProblems('[build] Complete!', '/', note)).toEqual([]);
	});

	it('reports warning lines, colours and all, and a missing note under a sub-path', () => {
		const log = `\u001b[33m22:36:34 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE]\u001b[0m The semantics…\nnpm warn: something\n`;
		expect(buildLogProblems(log, '/x/', note)).toEqual([
			'warning in the build log: 22:36:34 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics…',
			'warning in the build log: npm warn: something',
			`no note that robots.txt belongs at the host root: expected "${note}"`,
		]);
	});
});
