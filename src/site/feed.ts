// The RSS feed of a language: the latest published stories with their full text (rendered with
// the same components as the page), their sources and share images.
import rss from '@astrojs/rss';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { storyComponents } from '../components/story/index.ts';
import StoryLink from '../components/story/StoryLink.astro';
import { catalog } from '../lib/data/astro-loader.ts';
import { formatDate, jakartaMidnight, type Lang } from '../lib/format/index.ts';
import { t } from '../lib/i18n/index.ts';
import { asset, href } from './paths.ts';
import { allStories } from './stories.ts';

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * How many stories a feed carries, newest first. Feed readers poll and keep what they have seen,
 * so older stories need not be re-sent; and rendering every story's full text again would make
 * the build grow with the archive (1,000 stories: about a minute).
 */
const FEED_ITEMS = 50;

/** The RSS response for `lang`. `site` is the absolute site URL. */
export async function storyFeed(lang: Lang, site: URL): Promise<Response> {
	const container = await AstroContainer.create({
		renderers: await loadRenderers([getContainerRenderer()]),
	});
	const sourceRows = catalog().datasets.get('sources')?.rows ?? [];
	const stories = (await allStories(lang)).slice(0, FEED_ITEMS);
	const items = await Promise.all(
		stories.map(async (story) => {
			const { Content } = await render(story.entry);
			const link = new URL(story.url, site).href;
			const body = await container.renderToString(Content, {
				props: { components: { ...storyComponents, a: StoryLink } },
				locals: { story: { sources: story.sources } },
				request: new Request(link),
			});
			const notes = story.sources
				.map((id, i) => {
					const row = sourceRows.find((r) => r.id === id);
					if (!row) return '';
					const date =
						typeof row.published === 'string' ? `, ${formatDate(row.published, lang)}` : '';
					const url =
						typeof row.url === 'string'
							? ` <a href="${escape(row.url)}">${escape(row.url)}</a>`
							: '';
					return `<li id="sumber-${escape(id)}">[${i + 1}] ${escape(String(row.outlet))}${date}: “${escape(String(row.quote))}”${url}</li>`;
				})
				.join('');
			const corrections = story.data.corrections
				.map((c) => `<li>${escape(formatDate(c.date, lang))}: ${escape(c.text)}</li>`)
				.join('');
			// Relative links inside the body (#sumber-…, /sub/path/…) are made absolute for readers.
			const absolute = body
				.replace(/href="#/g, `href="${link}#`)
				.replace(/(href|src)="\/(?!\/)/g, `$1="${new URL('/', site).href}`);
			return {
				title: story.data.title,
				description: story.data.dek,
				link,
				pubDate: jakartaMidnight(story.data.published),
				author: story.data.authors.join(', '),
				categories: [...story.data.regions, ...story.data.commodities],
				enclosure: {
					url: new URL(asset(`/og/${lang}/${story.slug}.png`), site).href,
					length: 0,
					type: 'image/png',
				},
				content: [
					`<p><em>${escape(story.data.dek)}</em></p>`,
					absolute,
					corrections
						? `<h2>${escape(t(lang, 'story.corrections'))}</h2><ul>${corrections}</ul>`
						: '',
					`<h2>${escape(t(lang, 'story.sources'))}</h2><ol>${notes}</ol>`,
				].join('\n'),
			};
		}),
	);
	return rss({
		title: t(lang, 'rss.title'),
		description: t(lang, 'rss.description'),
		site: new URL(href(lang, 'home'), site).href,
		items,
		customData: `<language>${lang === 'id' ? 'id-ID' : 'en-GB'}</language>`,
		trailingSlash: true,
	});
}
