// node scripts/compare-builds.mjs <dirA> <dirB>
//
// The reproducibility gate: two clean builds of the same commit must be byte-identical. Lists
// every file that is missing on one side or whose SHA-256 differs, and exits 1 if there is any.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * SHA-256 of every file below `dir`, keyed by its path relative to `dir` (forward slashes),
 * in sorted order.
 * @param {string} dir
 * @returns {Map<string, string>}
 */
export function hashTree(dir) {
	const root = resolve(dir);
	const files = readdirSync(root, { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile())
		.map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'))
		.sort();
	return new Map(
		files.map((f) => [
			f,
			createHash('sha256')
				.update(readFileSync(join(root, f)))
				.digest('hex'),
		]),
	);
}

/**
 * Differences between two trees: `only in A: x`, `only in B: x`, `differs: x`; empty when the
 * trees are byte-identical.
 * @param {string} a
 * @param {string} b
 * @returns {string[]}
 */
export function compareTrees(a, b) {
	const ha = hashTree(a);
	const hb = hashTree(b);
	const out = [];
	for (const [file, hash] of ha) {
		if (!hb.has(file)) out.push(`only in A: ${file}`);
		else if (hb.get(file) !== hash) out.push(`differs: ${file}`);
	}
	for (const file of hb.keys()) if (!ha.has(file)) out.push(`only in B: ${file}`);
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [a, b] = process.argv.slice(2);
	if (!a || !b) {
		console.error('usage: node scripts/compare-builds.mjs <dirA> <dirB>');
		process.exit(2);
	}
	const diffs = compareTrees(a, b);
	const count = hashTree(a).size;
	if (diffs.length) {
		console.error(`${diffs.length} difference(s) between ${a} and ${b}:`);
		for (const d of diffs.slice(0, 50)) console.error(`  ${d}`);
		process.exit(1);
	}
	console.log(`${count} files, byte-identical.`);
}
