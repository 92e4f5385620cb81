import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** The WCAG 2.2 A and AA rules: what every page gate audits. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/**
 * axe's violations of WCAG 2.2 A and AA on the page as it is now, inside `include` (a selector) or the whole
 * document. axe is evaluated once in each frame of the page and run in the page itself (what
 * @axe-core/playwright calls legacy mode, without its second copy of axe per frame and its
 * extra round trips): frames from another origin are not audited, and a page that loads one
 * fails the page gates anyway (a request to another host). Only violations are reported, so
 * passed and incomplete rules keep one element each (computing every element's selector is most
 * of axe's reporting time).
 *
 * CSS transitions and animations run a thousand times faster meanwhile (the page's animation
 * clock, through the DevTools protocol): axe scrolls elements into view to read their colours,
 * which can change what a page shows (a scrollytelling step fades its figure in over 0.4 s), and
 * a colour read halfway through a fade is a contrast no reader is left with. The audit sees
 * each state as it ends.
 */
export async function axeViolations(
	page: Page,
	{ include, disable = [] }: { include?: string; disable?: string[] } = {},
): Promise<AxeResults['violations']> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Animation.enable');
	await cdp.send('Animation.setPlaybackRate', { playbackRate: 1000 });
	try {
		for (const frame of page.frames()) await frame.evaluate(AXE_SOURCE);
		return await page.evaluate(
			async ({ include, tags, disable }) => {
				const { axe } = window as unknown as { axe: typeof import('axe-core') };
				const results = await axe.run(include ?? document, {
					runOnly: { type: 'tag', values: tags },
					rules: Object.fromEntries(disable.map((id) => [id, { enabled: false }])),
					resultTypes: ['violations'],
				});
				return results.violations;
			},
			{ include, tags: WCAG_TAGS, disable },
		);
	} finally {
		await cdp.send('Animation.setPlaybackRate', { playbackRate: 1 });
		await cdp.detach();
	}
}
