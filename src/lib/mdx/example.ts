/**
 * MDX examples as a small tree the component gallery can render with the story components, so
 * what the gallery shows under an example is produced by exactly the MDX printed above it.
 * Parsing is satteri's (the parser the build uses); props must be literals, as in stories.
 * Only what examples need is supported: paragraphs, text, emphasis, strong, inline code, links,
 * line breaks and components; anything else throws, so an example can never silently render
 * differently from the way a story would.
 */
import { mdxToMdast } from 'satteri';
import { renderText } from '../messages/index.ts';
import { parseLiteral, type Literal } from './literal.ts';

/** One node of an example. */
export type ExampleNode =
	| { type: 'text'; value: string }
	| { type: 'paragraph' | 'emphasis' | 'strong'; children: ExampleNode[] }
	| { type: 'code'; value: string }
	| { type: 'link'; url: string; children: ExampleNode[] }
	| { type: 'break' }
	| {
			type: 'component';
			name: string;
			props: Record<string, Literal>;
			block: boolean;
			/** What is written between its tags (empty for `<Name />`). */
			children: ExampleNode[];
	  };

interface MdNode {
	type: string;
	children?: MdNode[];
	value?: unknown;
	name?: string | null;
	url?: string;
	attributes?: {
		type: string;
		name?: string;
		value?: string | null | { type: string; value: string };
	}[];
}

function convert(node: MdNode): ExampleNode[] {
	const kids = () => (node.children ?? []).flatMap(convert);
	switch (node.type) {
		case 'paragraph':
		case 'emphasis':
		case 'strong':
			return [{ type: node.type, children: kids() }];
		case 'text':
			return [{ type: 'text', value: String(node.value ?? '') }];
		case 'inlineCode':
			return [{ type: 'code', value: String(node.value ?? '') }];
		case 'link':
			return [{ type: 'link', url: node.url ?? '', children: kids() }];
		case 'break':
			return [{ type: 'break' }];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''))) return [];
			throw new Error(`an example may not contain the expression {${String(node.value)}}`);
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name ?? '';
			if (!/^[A-Z]/.test(name)) throw new Error(`an example may not contain <${name}>`);
			const props: Record<string, Literal> = {};
			for (const a of node.attributes ?? []) {
				if (a.type !== 'mdxJsxAttribute' || !a.name) {
					throw new Error(`<${name}>: only literal attributes are allowed`);
				}
				if (a.value === null || a.value === undefined) props[a.name] = true;
				else if (typeof a.value === 'string') props[a.name] = a.value;
				else {
					const parsed = parseLiteral(a.value.value);
					if (!parsed.ok) {
						throw new Error(`<${name} ${a.name}>: ${renderText(parsed.message, 'en')}`);
					}
					props[a.name] = parsed.value;
				}
			}
			return [
				{
					type: 'component',
					name,
					props,
					block: node.type === 'mdxJsxFlowElement',
					children: kids(),
				},
			];
		}
		default:
			throw new Error(`an example may not contain a ${node.type} node`);
	}
}

/**
 * The tree of an MDX example. Throws on a syntax error or on anything the gallery cannot render
 * exactly as a story would (see the module comment).
 */
export function exampleTree(source: string): ExampleNode[] {
	const root = mdxToMdast(source) as unknown as MdNode;
	return (root.children ?? []).flatMap(convert);
}

/** Names of the components an example uses, in order. */
export function exampleComponents(nodes: readonly ExampleNode[]): string[] {
	return nodes.flatMap((n) =>
		n.type === 'component'
			? [n.name, ...exampleComponents(n.children)]
			: 'children' in n
				? exampleComponents(n.children)
				: [],
	);
}
