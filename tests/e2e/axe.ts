import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The WCAG 2.2 A and AA rules: what every page gate audits. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/**
 * axe's violations of `tags` on the page as it is now, inside `include` (a selector) or the whole
 * document. axe is evaluated once in each frame of the page and run in the page itself (what
 * @axe-core/playwright calls legacy mode, without its second copy of axe per frame and its
 * extra round trips): frames from another origin are not audited, and a page that loads one
 * fails the page gates anyway (a request to another host). Only violations are reported, so
 * passed and incomplete rules keep one element each (computing every element's selector is most
 * of axe's reporting time).
 */
export async function axeViolations(
	page: Page,
	{
		include,
		tags = WCAG_TAGS,
		disable = [],
	}: { include?: string; tags?: string[]; disable?: string[] } = {},
): Promise<AxeResults['violations']> {
	for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
	return page.evaluate(
		async ({ include, tags, disable }) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			const results = await axe.run(include ?? document, {
				runOnly: { type: 'tag', values: tags },
				rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
				resultTypes: ['violations'],
			});
			return results.violations;
		},
		{ include, tags, disable },
	);
}
