// Every figure a reader sees is checked: a real `astro build` of a copy of the project stops,
// with file:line:col, on a figure typed into an Indonesian and an English story (prose-number),
// on a headline figure that disagrees with the data (frontmatter-figure) and on translations
// that show different rows (translation-mismatch), reported in both files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project.ts';

const project = copyProject('lumbung-figures-');
afterAll(project.cleanup);

/** Edit a story of the copy; returns its lines after the edit. */
function edit(rel: string, change: (lines: string[]) => void): string[] {
	const file = join(project.dir, rel);
	const lines = readFileSync(file, 'utf8').split('\n');
	change(lines);
	writeFileSync(file, lines.join('\n'));
	return lines;
}

it('astro build fails on typed figures, a wrong headline and differing translations, located', () => {
	const ID = 'src/content/stories/id/kakao-kutai-timur.mdx';
	const EN = 'src/content/stories/en/kutai-timur-cocoa.mdx';
	const LAMONGAN = 'src/content/stories/id/lamongan-tenun-ikat-parengan.mdx';
	// A figure typed at the end of each version.
	const idLines = edit(ID, (l) => l.push('', 'Luas kebun kakao Kutai Timur 1.161 hektare.', ''));
	const enLines = edit(EN, (l) => l.push('', 'Kutai Timur has 1,161 hectares of cocoa.', ''));
	const idTyped = idLines.indexOf('Luas kebun kakao Kutai Timur 1.161 hektare.') + 1;
	const enTyped = enLines.indexOf('Kutai Timur has 1,161 hectares of cocoa.') + 1;
	// The English version picks another year than the Indonesian one.
	let enValue = 0;
	edit(EN, (l) => {
		enValue = l.findIndex((x) => x.startsWith('falling to <Value dataset="cocoa-exports"'));
		l[enValue] = (l[enValue] ?? '').replace('where={{ year: 2023 }}', 'where={{ year: 2024 }}');
	});
	const idValue = idLines.findIndex((x) => x.includes('where={{ year: 2023 }} /> pada 2023.')) + 1;
	const idCol = (idLines[idValue - 1] ?? '').indexOf('<Value') + 1;
	// A headline that says 47 where the data says 46.
	let title = 0;
	edit(LAMONGAN, (l) => {
		title = l.findIndex((x) => x.startsWith('title:'));
		l[title] = (l[title] ?? '').replace('ke 46 negara', 'ke 47 negara');
		const decl = l.findIndex((x) => x.includes("text: '46'"));
		l[decl] = (l[decl] ?? '').replace("text: '46'", "text: '47'");
	});

	const { status, output } = astroBuild(project.dir);
	expect(status).not.toBe(0);
	expect(output).toContain(`${ID}:${idTyped}:30: error prose-number angka "1.161" diketik di teks`);
	expect(output).toContain(
		`${EN}:${enTyped}:17: error prose-number the figure "1,161" is typed in the text`,
	);
	expect(output).toMatch(/hint: write the figure from the data: <Value/);
	expect(output).toMatch(/saran: tulis angkanya dari data: <Value/);
	expect(output).toContain(
		`${ID}:${idValue}:${idCol}: error translation-mismatch [Value] <Value> berbeda dari terjemahannya ${EN}:${enValue + 1}`,
	);
	expect(output).toContain(
		`${EN}:${enValue + 1}:12: error translation-mismatch [Value] <Value> differs from its translation ${ID}:${idValue}`,
	);
	expect(output).toContain(
		`${LAMONGAN}:${title + 1}:20: error frontmatter-figure [frontmatter.figures] "47" tidak menyebut nilai lamongan-exporters.destination_countries`,
	);
}, 240_000);
