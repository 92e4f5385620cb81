// One bad cell in a real dataset must stop `astro build` with the located message and a
// non-zero exit (Astro's own file() loader would only log it and ship stale rows); so must a
// figure that the quote of its row's source does not hold (quote-mismatch).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project.ts';

const project = copyProject();
afterAll(project.cleanup);

it('astro build fails on a bad CSV cell with file:line:col and exit code 1', () => {
	const file = join(project.dir, 'data/villages.csv');
	const lines = readFileSync(file, 'utf8').split('\n');
	const header = lines[0]?.split(',') ?? [];
	const latCol = header.indexOf('lat');
	expect(latCol).toBeGreaterThan(-1);
	// Line 3 of the file is the second village; give it an Indonesian decimal comma.
	const cells = lines[2]?.split(',') ?? [];
	const lat = cells[latCol] ?? '';
	cells[latCol] = lat.replace('.', ',');
	lines[2] = cells.map((c, i) => (i === latCol ? `"${c}"` : c)).join(',');
	writeFileSync(file, lines.join('\n'));
	// A figure its source's quote does not hold (the quote says 382,71 ribu ton for 2021).
	const cocoa = join(project.dir, 'data/cocoa-exports.csv');
	const rows = readFileSync(cocoa, 'utf8').split('\n');
	const at = rows.findIndex((r) => r.startsWith('2021,382710,'));
	expect(at).toBeGreaterThan(0);
	rows[at] = (rows[at] ?? '').replace('382710', '382170');
	writeFileSync(cocoa, rows.join('\n'));

	const { status, output } = astroBuild(project.dir);
	expect(status).not.toBe(0);
	expect(output).toContain(
		`data/villages.csv:3:${latCol + 1}: error type-error [villages.lat] "${lat.replace('.', ',')}" bukan angka`,
	);
	expect(output).toMatch(/saran: koma desimal cara Indonesia\?/);
	expect(output).toContain(
		`data/cocoa-exports.csv:${at + 1}:2: error quote-mismatch [cocoa-exports.volume] 382.170 / 382,170 tidak ada dalam kutipan sumbernya "kumparan-kakao"`,
	);
}, 180_000);
