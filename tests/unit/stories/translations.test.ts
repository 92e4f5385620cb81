// Translations say the same thing (translation-mismatch): the Indonesian and English versions of
// a story reference the same data, reported at both files' lines.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { renderProblem } from '../../../src/lib/data/problems.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { checkStories } from '../../../src/lib/stories/load.ts';

const { datasets } = loadCatalog(process.cwd());
const temp = mkdtempSync(join(tmpdir(), 'lumbung-parity-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const ID = 'src/content/stories/id/klaster.mdx';
const EN = 'src/content/stories/en/clusters.mdx';

/** Frontmatter of 8 lines: body line 1 is line 10 of the file (after a blank line). */
const front = (lang: 'id' | 'en', extra = '', draft = false) =>
	[
		'---',
		`title: '${lang === 'id' ? 'Klaster' : 'Clusters'}'`,
		`dek: '${lang === 'id' ? 'Klaster desa devisa.' : 'Export-village clusters.'}'`,
		"authors: ['A']",
		'published: 2026-11-23',
		`lang: ${lang}`,
		`translationKey: klaster${extra}`,
		draft ? 'draft: true' : "datasets: ['cocoa-exports']",
		'---',
		'',
	].join('\n');

const VALUE_2024 = '<Value dataset="dd-jatim" column="villages" where={{ as_of: "2024-12" }} />';
const VALUE_2025 = '<Value dataset="dd-jatim" column="villages" where={{ as_of: "2025-11" }} />';
const CHART = (lang: 'id' | 'en') =>
	[
		'<BarChart',
		`  id="${lang === 'id' ? 'klaster' : 'clusters'}"`,
		'  dataset="dd-jatim-clusters-2024"',
		'  category="cluster"',
		`  categoryLabel="name_${lang}"`,
		'  value="villages"',
		`  title="${lang === 'id' ? 'Klaster' : 'Clusters'}"`,
		`  notes="${lang === 'id' ? 'Catatan.' : 'A note.'}"`,
		'/>',
	].join('\n');

function check(idBody: string, enBody: string, enExtra = '', enDraft = false) {
	const root = mkdtempSync(join(temp, 'case-'));
	for (const [file, text] of [
		[ID, `${front('id')}${idBody}\n`],
		[EN, `${front('en', enExtra, enDraft)}${enBody}\n`],
	] as const) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	return checkStories(root, datasets, COMPONENT_SPECS).problems.filter(
		(p) => p.code === 'translation-mismatch',
	);
}

describe('translationProblems()', () => {
	it('accepts versions that differ only in words: titles, notes, chart ids, name_id/name_en', () => {
		expect(
			check(
				`Ada ${VALUE_2024} desa.<Cite source="ketik-221" />\n\n${CHART('id')}`,
				`There were ${VALUE_2024} villages.<Cite source="ketik-221" />\n\n${CHART('en')}`,
			),
		).toEqual([]);
	});

	it('reports a value that picks another row at both files’ lines', () => {
		const problems = check(
			`Teks.\n\nPada 2024 ada ${VALUE_2024} desa.`,
			`In 2025 there were ${VALUE_2025} villages.`,
		);
		expect(problems.map((p) => `${p.file}:${p.line}:${p.col}`)).toEqual([
			`${ID}:12:15`,
			`${EN}:10:20`,
		]);
		expect(renderProblem(problems[0]!, 'en').message).toContain(
			`differs from its translation ${EN}:10`,
		);
		expect(renderProblem(problems[0]!).message).toContain(`berbeda dari terjemahannya ${EN}:10`);
		expect(problems[0]?.value).toContain('"2024-12"');
		expect(problems[0]?.expected).toContain('"2025-11"');
		// The English file's problem is in English unless the reader asked for Indonesian.
		expect(renderProblem(problems[1]!).message).toContain(`differs from its translation ${ID}:12`);
	});

	it('reports a fact or chart one version lacks in both files', () => {
		const problems = check(
			`Ada ${VALUE_2024} desa.\n\nPenerima <Fact id="dd-penerima-2025" />.\n\n${CHART('id')}`,
			`There were ${VALUE_2024} villages.`,
		);
		expect(problems.map((p) => `${p.file}:${p.line} ${p.subject}`)).toEqual([
			`${ID}:12 Fact`,
			`${EN}:10 Fact`,
			`${ID}:14 BarChart`,
			`${EN}:10 BarChart`,
		]);
		expect(renderProblem(problems[1]!).message).toBe(
			`${ID}:12 has <Fact> that this translation lacks (translationKey "klaster")`,
		);
		expect(renderProblem(problems[1]!, 'id').message).toBe(
			`${ID}:12 punya <Fact> yang tidak ada di terjemahan ini (translationKey "klaster")`,
		);
	});

	it('compares only stories sharing a translationKey, and not drafts', () => {
		expect(check(`Ada ${VALUE_2024} desa.`, 'No figures.', '-lain')).toEqual([]);
		expect(check(`Ada ${VALUE_2024} desa.`, 'No figures.', '', true)).toEqual([]);
		expect(check(`Ada ${VALUE_2024} desa.`, 'No figures.')).toHaveLength(2);
	});
});
