// What `npm run build` shows of Astro's output: the located report and the fix, never Astro's
// guessed "Location:", a stack trace through the build's code or the unrelated browser-API hint
// (those stay behind --debug); every other line unchanged.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filterBuildOutput, OutputFilter } from '../../../src/lib/release/build-output.ts';

/** Paths as a build on this checkout prints them (absolute, wherever the repository is). */
const ROOT = resolve(import.meta.dirname, '../../..');
const at = (path: string) => join(ROOT, path);

const REPORT = [
	'00:42:07 [content] Syncing content',
	'Data bermasalah:',
	'data/dd-national.csv:2:2: error type-error [dd-national.villages] "1x" bukan bilangan bulat',
	'    nilai: "1x"   seharusnya: bilangan bulat (hanya angka, tanpa pemisah ribuan)',
	'1 error, 0 peringatan di 1 file',
];

describe('filterBuildOutput()', () => {
	it('keeps the report and drops Location and the stack trace', () => {
		const { text, hidden } = filterBuildOutput(
			[
				...REPORT,
				'  Location:',
				`    ${at('src/lib/data/load.ts')}:168:67`,
				'  Stack trace:',
				`    at currentCatalog (${at('src/lib/data/load.ts')}:168:67)`,
				'    at async Promise.all (index 0)',
				'    [...] See full stack trace in the browser, or rerun with --verbose.',
				'',
				'Build gagal. Tidak ada yang ditulis.',
			].join('\n'),
		);
		expect(text).toBe([...REPORT, 'Build gagal. Tidak ada yang ditulis.'].join('\n'));
		expect(hidden).toBe(2);
	});

	it('drops the browser-API hint Astro guesses from a word in a message, keeps other hints', () => {
		const browser = [
			'  Hint:',
			'    Browser APIs are not available on the server.',
			'    ',
			'    If the code is in a framework component, try to access these objects after rendering.',
			'    ',
			'    See https://docs.astro.build/en/guides/troubleshooting/ for more information.',
			'\t\t',
		];
		const useful = ['  Hint:', '    Set "output" in astro.config.mjs.'];
		const { text, hidden } = filterBuildOutput(
			[...REPORT, ...browser, '  Error reference:', '    https://docs.astro.build/x', 'akhir'].join(
				'\n',
			),
		);
		expect(text).toBe([...REPORT, 'akhir'].join('\n'));
		expect(hidden).toBe(2);
		expect(filterBuildOutput([...REPORT, ...useful, 'akhir'].join('\n')).text).toBe(
			[...REPORT, ...useful, 'akhir'].join('\n'),
		);
	});

	it('drops stack frames a crash prints on its own, and matches through colours', () => {
		const { text } = filterBuildOutput(
			[
				'\u001b[31mTypeError: x is not a function\u001b[39m',
				`    at render (${pathToFileURL(at('src/components/A.astro')).href}:3:1)`,
				'    at node:internal/process/task_queues:95:5',
				'\u001b[1m  Stack trace:\u001b[22m',
				`\u001b[2m    at y (${at('a.ts')}:1:1)\u001b[22m`,
			].join('\n'),
		);
		expect(text).toBe('\u001b[31mTypeError: x is not a function\u001b[39m');
	});

	it('passes a clean build log through unchanged, line by line', () => {
		const log = [
			'12:00:01 [build] output: "static"',
			'12:00:09 [build] 140 page(s) built in 8.12s',
			'12:00:09 [build] Complete!',
			'',
			`Selesai: ${at('dist')}.`,
		];
		const filter = new OutputFilter();
		expect(log.flatMap((l) => filter.line(l))).toEqual(log);
		expect(filter.end()).toEqual([]);
		expect(filter.hidden).toBe(0);
	});
});
