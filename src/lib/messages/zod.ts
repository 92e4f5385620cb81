/**
 * A schema issue (from zod, which frontmatter and declarations are checked with) in the
 * catalogue's words: zod's own messages are English only. A schema's custom message may be a
 * fragment key (`.regex(re, 'zod.slug')`), which is then rendered in the reader's language.
 */
import { CATALOGUE, say } from './index.ts';
import type { Text } from './text.ts';

/** The parts of a zod issue the messages read. */
export interface SchemaIssue {
	readonly code: string;
	readonly message: string;
	readonly expected?: unknown;
	readonly origin?: unknown;
	readonly minimum?: unknown;
	readonly maximum?: unknown;
	readonly values?: readonly unknown[];
}

const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'date']);

/** What is wrong with a value, in words: `paling panjang 140 karakter` / `at most 140 characters`. */
export function issueText(issue: SchemaIssue): Text {
	if (CATALOGUE.has(issue.message)) return { key: issue.message };
	const origin = issue.origin === 'array' || issue.origin === 'set' ? 'array' : issue.origin;
	switch (issue.code) {
		case 'invalid_type': {
			const type = String(issue.expected);
			return say('zod.invalid-type', {
				expected: TYPES.has(type) ? { key: `zod.type.${type}` } : type,
			});
		}
		case 'too_small': {
			const n = Number(issue.minimum);
			if (origin === 'string') return n <= 1 ? say('zod.empty') : say('zod.min-chars', { n });
			if (origin === 'array') return say('zod.min-items', { n });
			return say('zod.min', { n });
		}
		case 'too_big': {
			const n = Number(issue.maximum);
			if (origin === 'string') return say('zod.max-chars', { n });
			if (origin === 'array') return say('zod.max-items', { n });
			return say('zod.max', { n });
		}
		case 'invalid_value':
			return say('zod.one-of', { values: (issue.values ?? []).map((v) => String(v)).join(', ') });
		case 'invalid_format':
			return say('zod.format');
		case 'invalid_union':
			return say('zod.union');
		default:
			return issue.message;
	}
}
