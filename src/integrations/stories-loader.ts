/**
 * The content loader for stories. It reads exactly the files {@link checkStories} lists and
 * checks (frontmatter at its real line, the MDX lint, cross-story rules), throws one located
 * report when any has an error, and stores the stories with their parsed MDX, so the pages, the
 * embeds and the chart CSVs read the same parse the lint checked. Throwing is what fails
 * `astro build`; in `npm run dev` the same report is logged on every change and the story's page
 * shows it in the error overlay (see dev-checks.ts).
 *
 * What is stored: in a build, only published stories — drafts and scheduled stories are not in
 * the collection at all, so no page, embed, CSV, feed item, search entry, sitemap URL or share
 * image can come from them. In `npm run dev`, every story, so its author can preview it.
 */
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkedStories, siteDatasets } from '../site/data.ts';
import { DataError, formatReport, hasErrors } from '../lib/data/problems.ts';
import { langSetting } from '../lib/messages/index.ts';
import { resetProcessWide } from '../lib/process-wide.ts';

/** Stories: `src/content/stories/<lang>/<slug>.mdx`, id `<lang>/<slug>`. */
export function storiesLoader(): Loader {
	return {
		name: 'lumbung-stories',
		load: async (context) => {
			// The content layer starts (a build, `npm run dev`, or its restart after a code change):
			// nothing the story checks kept for the process may come from older code.
			resetProcessWide();
			const root = process.cwd();
			const preview = Boolean(context.watcher);
			await sync(context, root, preview, true);
			// One sync after a burst of events: an editor's save can arrive as a truncate and a
			// write, and a sync between the two would read a half-written file.
			let timer: ReturnType<typeof setTimeout> | undefined;
			context.watcher?.on('all', (_event, path) => {
				if (!/[\\/]content[\\/]stories[\\/]/.test(path)) return;
				clearTimeout(timer);
				timer = setTimeout(() => {
					sync(context, root, preview, false).catch((error: unknown) =>
						context.logger.error(error instanceof Error ? error.message : String(error)),
					);
				}, 100);
			});
		},
	};
}

async function sync(
	context: LoaderContext,
	root: string,
	preview: boolean,
	first: boolean,
): Promise<void> {
	// Read the data first, with a progress line per large file (the sync's log).
	siteDatasets((line) => context.logger.info(line));
	const { stories, problems } = checkedStories();
	const lang = langSetting(process.env);
	if (hasErrors(problems)) {
		if (first && !preview) throw new DataError(problems, 'stories', lang);
		context.logger.error(formatReport(problems, lang));
	} else if (problems.length) context.logger.warn(formatReport(problems, lang));
	const broken = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
	const keep = new Set<string>();
	for (const story of stories) {
		// In the preview, a story with errors is left as it was: its page shows the located error
		// from the dev checks, and nothing of a broken story is compiled.
		if (!story.frontmatter || broken.has(story.file)) {
			if (preview && context.store.has(story.id)) keep.add(story.id);
			continue;
		}
		if (!preview && story.status !== 'published') continue;
		keep.add(story.id);
		const digest = context.generateDigest(story.source);
		const existing = context.store.get(story.id);
		// An entry stored by `npm run dev` has no parse: a build stores it again.
		const complete = preview || existing?.data.parsed !== undefined;
		if (existing?.digest === digest && existing.filePath && complete) {
			context.store.addModuleImport(existing.filePath);
			continue;
		}
		const data = await context.parseData({
			id: story.id,
			// In the preview, pages read each story's parse from the dev checks as the file is now
			// (src/site/stories.ts), so the store does not carry it: with it, the store of 1,000
			// stories is 26 MB, written and read again on every save.
			data: {
				...story.frontmatter,
				status: story.status,
				...(preview ? {} : { parsed: story.parsed }),
			},
			filePath: join(root, story.file),
		});
		// No body: pages read the parse above, and rendering compiles the file itself.
		context.store.set({
			id: story.id,
			data,
			filePath: story.file,
			digest,
			deferredRender: true,
		});
	}
	for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
}
