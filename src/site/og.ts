// The share image of a story, drawn once per build: the /og/<lang>/<slug>.png route writes it
// and the RSS feed states its size in bytes (the enclosure's `length`), whichever asks first.
import { renderCard } from '../lib/og/card.ts';
import { t } from '../lib/i18n/index.ts';
import { SITE } from './paths.ts';
import type { Story } from './stories.ts';

const cards = new Map<string, Promise<Buffer>>();

/** The PNG bytes of `story`'s share card, with the site's host in its footer. */
export function storyCard(story: Story): Promise<Buffer> {
	const footer = SITE.host;
	const key = `${story.lang}/${story.slug}`;
	let card = cards.get(key);
	if (!card) {
		card = renderCard({
			kicker: t(story.lang, 'site.name'),
			title: story.data.title,
			dek: story.data.dek,
			footer,
		});
		cards.set(key, card);
	}
	return card;
}
