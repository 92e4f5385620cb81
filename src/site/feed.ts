// The RSS feed of a language: the latest published stories with their full text (rendered with
// the same components as the page, in their feed form: charts as images, maps as text, no
// script), their sources and share images.
import rss from '@astrojs/rss';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { storyComponents } from './story-components.ts';
import StoryLink from '../components/story/StoryLink.astro';
import { siteDatasets } from './data.ts';
import { formatDate, jakartaMidnight } from '../lib/format/index.ts';
import { type Lang } from '../lib/lang.ts';
import { t } from '../lib/i18n/index.ts';
import { feedHtmlProblems, stripScopeAttributes } from '../lib/release/feed-html.ts';
import { storyCard } from './og.ts';
import { asset, href } from './paths.ts';
import { allStories, type Story } from './stories.ts';

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * How many stories a feed carries, newest first. Feed readers poll and keep what they have seen,
 * so older stories need not be re-sent; and rendering every story's full text again would make
 * the build grow with the archive (1,000 stories: about a minute).
 */
const FEED_ITEMS = 50;

/** The newest date a story's content changed: published, updated, or a correction. */
function lastChanged(story: Story): string {
	return [
		story.data.published,
		story.data.updated ?? '',
		...story.data.corrections.map((c) => c.date),
	]
		.sort()
		.at(-1)!;
}

/** The RSS response for `lang`. `site` is the absolute site URL. */
export async function storyFeed(lang: Lang, site: URL): Promise<Response> {
	const container = await AstroContainer.create({
		renderers: await loadRenderers([getContainerRenderer()]),
	});
	const sourceRows = siteDatasets().get('sources')?.rows ?? [];
	const stories = (await allStories(lang)).slice(0, FEED_ITEMS);
	const feedUrl = new URL(href(lang, 'rss'), site).href;
	const items = await Promise.all(
		stories.map(async (story) => {
			const { Content } = await render(story.entry);
			const link = new URL(story.url, site).href;
			const body = await container.renderToString(Content, {
				props: { components: { ...storyComponents, a: StoryLink } },
				// `feed`: charts and maps render their static form (src/env.d.ts).
				locals: { story: { sources: story.sources }, feed: { story: link } },
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
			const absolute = stripScopeAttributes(body)
				.replace(/href="#/g, `href="${link}#`)
				.replace(/(href|src)="\/(?!\/)/g, `$1="${new URL('/', site).href}`);
			const problems = feedHtmlProblems(absolute, {
				forbidden: [process.cwd()],
				origin: site.origin,
			});
			if (problems.length) {
				throw new Error(
					`RSS feed (${lang}), story ${story.id}: the item's HTML must be static, found:\n  ${problems.join('\n  ')}\n` +
						'Components render their feed form when Astro.locals.feed is set (see ChartFeed.astro, MapFeed.astro).',
				);
			}
			const card = await storyCard(story);
			return {
				title: story.data.title,
				description: story.data.dek,
				link,
				pubDate: jakartaMidnight(story.data.published),
				// RSS <author> must be an e-mail address; names go in Dublin Core's creator. RSS has
				// no updated date of its own: Atom's (the feed declares its namespace) says when a
				// story changed after publication.
				customData: [
					...story.data.authors.map((a) => `<dc:creator>${escape(a)}</dc:creator>`),
					story.data.updated
						? `<atom:updated>${story.data.updated}T00:00:00+07:00</atom:updated>`
						: '',
				].join(''),
				categories: [...story.data.regions, ...story.data.commodities],
				enclosure: {
					url: new URL(asset(`/og/${lang}/${story.slug}.png`), site).href,
					length: card.length,
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
	// The channel changed when its newest story did (published, updated or corrected): a date
	// from the content, so two builds of the same commit stay byte-identical.
	const newest = stories.map(lastChanged).sort().at(-1);
	return rss({
		title: t(lang, 'rss.title'),
		description: t(lang, 'rss.description'),
		site: new URL(href(lang, 'home'), site).href,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
		items,
		customData: [
			`<language>${lang === 'id' ? 'id-ID' : 'en-GB'}</language>`,
			`<atom:link href="${escape(feedUrl)}" rel="self" type="application/rss+xml"/>`,
			newest ? `<lastBuildDate>${jakartaMidnight(newest).toUTCString()}</lastBuildDate>` : '',
		].join(''),
		trailingSlash: true,
	});
}
