/**
 * Reading the value of an MDX attribute expression (`y={["villages"]}`,
 * `where={{ status: 'confirmed' }}`) as plain data, without running it. Only literals are
 * accepted: strings ('…', "…", `…` without `${}`), numbers (with a leading minus), true, false,
 * null, arrays and objects with identifier or string keys, trailing commas allowed. Anything
 * else (a variable, a call, `${}`) is refused, which is what keeps story props checkable at
 * build time.
 */

/** A literal value as written in MDX. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Either the value, or why it is not a literal and where (character offset in the source). */
export type LiteralResult =
	{ ok: true; value: Literal } | { ok: false; message: string; offset: number };

class LiteralError extends Error {
	readonly offset: number;
	constructor(message: string, offset: number) {
		super(message);
		this.offset = offset;
	}
}

/** Parse `source` as one literal expression. */
export function parseLiteral(source: string): LiteralResult {
	let i = 0;
	const fail = (message: string): never => {
		throw new LiteralError(message, i);
	};
	const space = () => {
		while (i < source.length) {
			const c = source[i] as string;
			if (/\s/.test(c)) i++;
			else if (source.startsWith('//', i)) {
				while (i < source.length && source[i] !== '\n') i++;
			} else if (source.startsWith('/*', i)) {
				const end = source.indexOf('*/', i + 2);
				if (end < 0) fail('unclosed comment');
				i = end + 2;
			} else break;
		}
	};
	const string = (): string => {
		const quote = source[i] as string;
		i++;
		let out = '';
		while (i < source.length && source[i] !== quote) {
			const c = source[i] as string;
			if (quote === '`' && c === '$' && source[i + 1] === '{') {
				fail('template expressions (${…}) are not allowed; write the text itself');
			}
			if (c === '\\') {
				const n = source[i + 1];
				const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };
				if (n === 'u') {
					const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2))?.[0];
					if (!hex) fail('bad \\u escape');
					out += String.fromCharCode(parseInt(hex as string, 16));
					i += 6;
					continue;
				}
				out += n !== undefined && n in map ? map[n] : (n ?? '');
				i += 2;
				continue;
			}
			if (c === '\n' && quote !== '`') fail('a string may not span lines');
			out += c;
			i++;
		}
		if (source[i] !== quote) fail('unclosed string');
		i++;
		return out;
	};
	const value = (): Literal => {
		space();
		const c = source[i];
		if (c === undefined) return fail('a value is missing');
		if (c === '"' || c === "'" || c === '`') return string();
		if (c === '[') {
			i++;
			const out: Literal[] = [];
			for (;;) {
				space();
				if (source[i] === ']') {
					i++;
					return out;
				}
				out.push(value());
				space();
				if (source[i] === ',') i++;
				else if (source[i] !== ']') fail('expected "," or "]"');
			}
		}
		if (c === '{') {
			i++;
			const out: Record<string, Literal> = {};
			for (;;) {
				space();
				if (source[i] === '}') {
					i++;
					return out;
				}
				let key: string;
				const k = source[i];
				if (k === '"' || k === "'") key = string();
				else {
					const m = /^[A-Za-z_$][\w$]*/.exec(source.slice(i));
					if (!m) return fail('expected a property name');
					key = m[0];
					i += key.length;
				}
				space();
				if (source[i] !== ':') fail(`expected ":" after "${key}"`);
				i++;
				if (Object.hasOwn(out, key)) fail(`"${key}" is given twice`);
				out[key] = value();
				space();
				if (source[i] === ',') i++;
				else if (source[i] !== '}') fail('expected "," or "}"');
			}
		}
		const num = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?/.exec(source.slice(i));
		if (num) {
			i += num[0].length;
			return Number(num[0]);
		}
		for (const [word, v] of [
			['true', true],
			['false', false],
			['null', null],
		] as const) {
			if (source.startsWith(word, i) && !/[\w$]/.test(source[i + word.length] ?? '')) {
				i += word.length;
				return v;
			}
		}
		return fail('only literal values are allowed here (text, numbers, true/false, lists, objects)');
	};
	try {
		const v = value();
		space();
		if (i < source.length) fail('unexpected text after the value');
		return { ok: true, value: v };
	} catch (error) {
		if (error instanceof LiteralError)
			return { ok: false, message: error.message, offset: error.offset };
		throw error;
	}
}
