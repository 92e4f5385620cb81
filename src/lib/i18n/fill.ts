/**
 * `{name}` placeholders of a UI string filled from `vars`, on the build (through `t()`) and in
 * the browser (templates the build leaves in data attributes). Values go in as they are: a
 * value holding `$&` or `{q}` is not read as a pattern or a placeholder.
 * `missing(name)` gives the text of a placeholder `vars` lacks (default: empty); it may throw.
 */
export function fillTemplate(
	template: string,
	vars: Readonly<Record<string, string | number>>,
	missing: (name: string) => string = () => '',
): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = vars[name];
		return value === undefined ? missing(name) : String(value);
	});
}
