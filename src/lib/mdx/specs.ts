/**
 * What the MDX lint knows about each story component: its props, their kinds and which are
 * required. Each family of components declares its specs in its own file (`specs/*.ts`) and
 * `registry.ts` gathers them; a component without a spec cannot be used in a story.
 */
import type { CheckedDataset, Row } from '../data/validate.ts';
import type { Text } from '../messages/index.ts';
import type { Literal } from './literal.ts';

/**
 * Kinds of prop value, checked against the data catalogue:
 * - `text`, `number`, `boolean`: a literal of that type;
 * - `id`: lowercase letters, digits and "-" (chart ids, anchors);
 * - `enum`: one of `values`;
 * - `dataset`: an id of a dataset in data/;
 * - `column` / `numeric-column`: a column of the dataset named by the `dataset` prop (numeric =
 *   number or integer);
 * - `columns` / `numeric-columns`: one column or a list of them;
 * - `x-column`: a column usable on a time or category axis (date, yearmonth, year, integer, string);
 * - `where`: an object `{ column: value | [values] }` filtering the dataset's rows, every value
 *   present in that column;
 * - `figure`: an id in data/figures.csv; `source`: an id in data/sources.csv;
 * - `region`: a code or slug in data/regions.csv; `commodity`: a key in data/commodities.csv;
 * - `literal`: any literal (the component's own `check` validates it).
 */
export type PropKind =
	| 'text'
	| 'number'
	| 'boolean'
	| 'id'
	| 'enum'
	| 'dataset'
	| 'column'
	| 'numeric-column'
	| 'columns'
	| 'numeric-columns'
	| 'x-column'
	| 'where'
	| 'figure'
	| 'source'
	| 'region'
	| 'commodity'
	| 'literal';

/** One prop of a story component. */
export interface PropSpec {
	kind: PropKind;
	required?: boolean;
	/** For `enum`. */
	values?: readonly string[];
	/** For `text` props: ids or lists as lists; may the value be a list of these? */
	list?: boolean;
	/** For `text` props: the longest text allowed, in characters (default 300; the lint's limit). */
	maxLength?: number;
	/** One line for the component gallery and error hints. */
	description: string;
}

/** What a component-specific check can see. */
export interface CheckContext {
	/** Every dataset of the catalogue, checked, by id. */
	datasets: ReadonlyMap<string, CheckedDataset>;
	/** The rows of the component's dataset after its `where` filter (empty when no dataset). */
	rows: readonly Row[];
}

/** A component MDX authors may use. */
export interface ComponentSpec {
	/** Name as written in MDX, PascalCase: `LineChart`. */
	name: string;
	/** What it renders, one sentence (gallery, hints). */
	description: string;
	/** Block (flow) or inline (text) use; `both` when either is fine. */
	placement: 'block' | 'inline' | 'both';
	/** May it have children (text between opening and closing tags)? */
	children?: boolean;
	/** It may only be written directly inside this component (`<Step>` inside `<Scrolly>`). */
	inside?: string;
	/** Only these components may be written directly inside it (`<Scrolly>` holds `<Step>`s). */
	holds?: readonly string[];
	props: Record<string, PropSpec>;
	/**
	 * Extra checks once the props are known to be well-formed: return one message per problem
	 * (`annotation x "2030" is outside the data`), a catalogued text (`say('check.…')`) or
	 * plain words. Optional.
	 */
	check?: (props: Record<string, Literal>, ctx: CheckContext) => Text[];
	/**
	 * The source ids (data/sources.csv) behind what this use of the component shows, for the
	 * story's source list. Optional: by default the sources of the rows its `dataset` and `where`
	 * props select.
	 */
	sources?: (
		props: Record<string, Literal>,
		datasets: ReadonlyMap<string, CheckedDataset>,
	) => string[];
	/** An example usage, shown in the gallery and in hints. */
	example: string;
}
