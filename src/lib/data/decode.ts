/**
 * Strict decoding of CSV bytes: UTF-8 only, BOM stripped, line endings checked.
 */
import { problemText } from '../messages/index.ts';
import { lineCol } from './declaration.ts';
import type { Problem } from './problems.ts';

/** Files larger than this are refused before parsing (bytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Decoded text plus what was noticed on the way. */
export interface Decoded {
	/** The text without BOM; undefined when the bytes cannot be read as UTF-8. */
	text?: string;
	/** True when a UTF-8 BOM was stripped. */
	bom: boolean;
	problems: Problem[];
}

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8.
 * Overlong forms, surrogates and code points above U+10FFFF count as invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i] ?? 0;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return i;
		let cp = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/**
 * Decode CSV bytes. Problems: `file-size` (too big), `encoding-error` (UTF-16 or any byte
 * sequence that is not UTF-8, located by line and byte), `line-breaks` (a bare CR: error;
 * LF and CRLF mixed: warning). A BOM is stripped silently.
 */
export function decodeCsv(bytes: Uint8Array, file: string, dataset?: string): Decoded {
	const base = { file, severity: 'error' as const, ...(dataset ? { dataset } : {}) };
	if (bytes.length > MAX_FILE_BYTES) {
		return {
			bom: false,
			problems: [
				{
					...base,
					line: 0,
					col: 0,
					...problemText('file-size', { bytes: bytes.length, limit: MAX_FILE_BYTES }),
				},
			],
		};
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return {
			bom: false,
			problems: [
				{
					...base,
					line: 1,
					col: 1,
					...problemText('encoding-error/utf16'),
					value: bytes[0] === 0xff ? 'FF FE' : 'FE FF',
				},
			],
		};
	}
	// The platform's strict decoder checks the bytes; only a file it refuses is walked byte by
	// byte, to say where.
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	let text: string | undefined;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0));
	} catch {
		text = undefined;
	}
	if (text === undefined) {
		const bad = Math.max(0, firstInvalidUtf8(bytes));
		const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
		const { line, col } = lineCol(before, before.length);
		const byte = bytes[bad] ?? 0;
		return {
			bom: false,
			problems: [
				{
					...base,
					line,
					col,
					...problemText('encoding-error/byte', {
						byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
						offset: bad,
					}),
					value: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
				},
			],
		};
	}
	const problems: Problem[] = [];
	// Only carriage returns matter: a file without any (the usual case) is not walked at all;
	// otherwise the walk starts at the first one, knowing whether a bare LF came before it.
	const firstCr = text.indexOf('\r');
	let crlf = 0;
	let lf = firstCr > 0 && text.lastIndexOf('\n', firstCr) >= 0 ? 1 : 0;
	let firstMixed = -1;
	for (let i = firstCr < 0 ? text.length : firstCr; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) {
				crlf++;
				if (lf && firstMixed < 0) firstMixed = i;
				i++;
			} else {
				const { line, col } = lineCol(text, i);
				problems.push({
					...base,
					line,
					col,
					...problemText('line-breaks/cr'),
					value: '\r',
				});
				break;
			}
		} else if (c === 10) {
			lf++;
			if (crlf && firstMixed < 0) firstMixed = i;
		}
	}
	if (problems.length) return { bom, problems };
	if (firstMixed >= 0) {
		const { line } = lineCol(text, firstMixed);
		problems.push({
			...base,
			severity: 'warning',
			line,
			col: 1,
			...problemText('line-breaks/mixed'),
			value: '\r\n',
		});
	}
	// CRLF becomes LF (line numbers do not change), so the tokenizer sees one kind of line end.
	return { text: firstCr < 0 ? text : text.replace(/\r\n/g, '\n'), bom, problems };
}
