/**
 * What the bundler may leave out of the build log. A journalist reads the log of `npm run build`
 * for their own mistakes: a warning there is taken for one. Only warnings that are known to be
 * harmless and that nobody working on the site can act on are dropped; everything else is
 * printed as the bundler wrote it.
 */

/** A bundler log entry, as Rolldown (Vite's bundler) passes it to `onLog`. */
export interface BuildLog {
	code?: string | undefined;
	message: string;
	id?: string | undefined;
}

/**
 * Whether a warning is one of the known harmless ones:
 *
 * - `MODULE_LEVEL_DIRECTIVE` for `"use astro:head-inject"`: Astro marks every MDX story with this
 *   directive for its own head-propagation pass, which reads it before bundling; Rolldown then
 *   warns, once per story, that bundling may not keep the directive. Nothing is lost (Astro
 *   issue withastro/astro#18087: 8 warnings of 10 lines each per build here).
 */
export function isHarmlessBuildLog(log: BuildLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/**
 * A Rolldown `onLog` handler that drops {@link isHarmlessBuildLog} warnings and hands every
 * other entry to the default handler unchanged.
 */
export function quietBuildLog(
	level: 'debug' | 'info' | 'warn',
	log: BuildLog,
	handler: (level: 'debug' | 'info' | 'warn' | 'error', log: BuildLog) => void,
): void {
	if (level === 'warn' && isHarmlessBuildLog(log)) return;
	handler(level, log);
}

/** ANSI colour and style escapes, as terminals get them. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * What is wrong with the log of a clean build of the site (`npm test` reads its own build's):
 * every line that warns (`[WARN]`, `warning`, `warn:`), because a journalist would take it for a
 * mistake of theirs, and, for a build under a sub-path (`base` other than `/`), a missing note
 * on where robots.txt has to go (`note`, the text the build prints). Empty when the log is clean.
 */
export function buildLogProblems(log: string, base: string, note: string): string[] {
	const lines = log.replace(ANSI, '').split(/\r?\n/);
	const problems = lines
		.filter((l) => /\[WARN\]|\bwarning\b|\bwarn:/i.test(l))
		.map((l) => `warning in the build log: ${l.trim().slice(0, 200)}`);
	if (base !== '/' && !lines.some((l) => l.includes(note)))
		problems.push(`no note that robots.txt belongs at the host root: expected "${note}"`);
	return problems;
}
