/**
 * What `npm run build` shows of Astro's output. A journalist reads it for their own mistake: the
 * located report of the data or story checks (file:line:col, the message and the fix) is all
 * they need. Astro adds, after any error, a guessed "Location:" (often a path inside the
 * project's own code, or a line of the report misread as a path), a stack trace through the
 * build's internals, an "Error reference" and, when the words "window" or "document" appear in a
 * message, a "Hint: Browser APIs are not available…" that has nothing to do with the story.
 * {@link OutputFilter} drops those blocks and counts them; `npm run build -- --debug` shows
 * everything as Astro printed it. Every other line passes unchanged, so a clean build's log is
 * the same with or without the filter.
 */

/** ANSI colour and style escapes, as terminals get them. */
const ANSI = /\u001b\[[0-9;]*m/g;

/** The heading of a block only a developer needs. */
const INTERNAL = /^ {0,4}(Location|Stack trace|Caused by|Error reference):\s*$/;
/** Astro's hint heading; the block is dropped when it is the browser-API guess. */
const HINT = /^ {0,4}Hint:\s*$/;
/** A stack frame printed on its own (a crash outside Astro's error formatting). */
const FRAME = /^\s+at (?:\S.*\(|file:|node:|\/|async )/;
/** The words of the hint Astro guesses from "window" or "document" in any message. */
const BROWSER_HINT = /Browser APIs are not available/;

/** A line filter over a build's output; see the module comment. */
export class OutputFilter {
	#mode: 'pass' | 'skip' | 'hint' = 'pass';
	#hint: string[] = [];
	#hidden = 0;

	/** How many blocks or lines were left out so far. */
	get hidden(): number {
		return this.#hidden;
	}

	/** The lines to print for one more line of output (without its line break). */
	line(raw: string): string[] {
		const text = raw.replace(ANSI, '');
		const indented = /^\s{4,}\S/.test(text) || text.trim() === '';
		if (this.#mode === 'skip') {
			if (indented) return [];
			this.#mode = 'pass';
		} else if (this.#mode === 'hint') {
			if (indented) {
				this.#hint.push(raw);
				return [];
			}
			this.#mode = 'pass';
			return [...this.#endHint(), ...this.line(raw)];
		}
		if (INTERNAL.test(text)) {
			this.#mode = 'skip';
			this.#hidden++;
			return [];
		}
		if (HINT.test(text)) {
			this.#mode = 'hint';
			this.#hint = [raw];
			return [];
		}
		if (FRAME.test(text)) {
			this.#hidden++;
			return [];
		}
		return [raw];
	}

	/** The lines still held back at the end of the output. */
	end(): string[] {
		const out = this.#mode === 'hint' ? this.#endHint() : [];
		this.#mode = 'pass';
		return out;
	}

	#endHint(): string[] {
		const block = this.#hint;
		this.#hint = [];
		if (block.some((l) => BROWSER_HINT.test(l.replace(ANSI, '')))) {
			this.#hidden++;
			return [];
		}
		// A blank line that closed the hint belongs to the output after it.
		return block;
	}
}

/** Every line of `output` through a fresh {@link OutputFilter}, and how many were hidden. */
export function filterBuildOutput(output: string): { text: string; hidden: number } {
	const filter = new OutputFilter();
	const lines = output.split('\n').flatMap((l) => filter.line(l));
	lines.push(...filter.end());
	return { text: lines.join('\n'), hidden: filter.hidden };
}
