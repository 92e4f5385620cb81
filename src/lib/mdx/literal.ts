/**
 * Reading the value of an MDX attribute expression (`y={["villages"]}`,
 * `where={{ status: 'confirmed' }}`) as plain data, without running it. Only literals are
 * accepted: strings ('…', "…", `…` without `${}`), numbers (with a leading minus), true, false,
 * null, arrays and objects with identifier or string keys, trailing commas allowed. Anything
 * else (a variable, a call, `${}`) is refused, which is what keeps story props checkable at
 * build time.
 */

import { say, type Said } from '../messages/index.ts';

/** A literal value as written in MDX. */
export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Either the value, or why it is not a literal and where (character offset in the source). */
export type LiteralResult =
	{ ok: true; value: Literal } | { ok: false; message: Said; offset: number };

class LiteralError extends Error {
	readonly offset: number;
	readonly said: Said;
	constructor(said: Said, offset: number) {
		super(said.key);
		this.said = said;
		this.offset = offset;
	}
}

/** Parse `source` as one literal expression. */
export function parseLiteral(source: string): LiteralResult {
	let i = 0;
	const fail = (message: Said): never => {
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
				if (end < 0) fail(say('literal.unclosed-comment'));
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
				fail(say('literal.template'));
			}
			if (c === '\\') {
				const n = source[i + 1];
				const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };
				if (n === 'u') {
					const hex = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2))?.[0];
					if (!hex) fail(say('literal.escape'));
					out += String.fromCharCode(parseInt(hex as string, 16));
					i += 6;
					continue;
				}
				out += n !== undefined && n in map ? map[n] : (n ?? '');
				i += 2;
				continue;
			}
			if (c === '\n' && quote !== '`') fail(say('literal.multiline'));
			out += c;
			i++;
		}
		if (source[i] !== quote) fail(say('literal.unclosed-string'));
		i++;
		return out;
	};
	const value = (): Literal => {
		space();
		const c = source[i];
		if (c === undefined) return fail(say('literal.missing'));
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
				else if (source[i] !== ']') fail(say('literal.list'));
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
					if (!m) return fail(say('literal.key'));
					key = m[0];
					i += key.length;
				}
				space();
				if (source[i] !== ':') fail(say('literal.colon', { key }));
				i++;
				if (Object.hasOwn(out, key)) fail(say('literal.twice', { key }));
				out[key] = value();
				space();
				if (source[i] === ',') i++;
				else if (source[i] !== '}') fail(say('literal.object'));
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
		return fail(say('literal.not-literal'));
	};
	try {
		const v = value();
		space();
		if (i < source.length) fail(say('literal.trailing'));
		return { ok: true, value: v };
	} catch (error) {
		if (error instanceof LiteralError)
			return { ok: false, message: error.said, offset: error.offset };
		throw error;
	}
}
