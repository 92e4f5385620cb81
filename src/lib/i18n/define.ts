/**
 * A pair of UI dictionaries, Indonesian and English. The English one must have exactly the
 * Indonesian keys: a missing or extra key is a type error (`npm run check`).
 */
export function dictionary<const K extends string>(
	id: Record<K, string>,
	en: Record<NoInfer<K>, string>,
): { id: Record<K, string>; en: Record<K, string> } {
	return { id, en };
}
