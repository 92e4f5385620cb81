// `astro dev` on a throw-away copy of the project for the tests of one spec file: started before
// them, stopped and the copy removed after. The dev specs edit its files, never the checkout's.
import { test } from '@playwright/test';
import { copyProject, startDev, type DevServer } from '../build/project.ts';

/** The copy and its dev server: read `dir` and `base` inside tests (they are set before them). */
export interface DevProject {
	/** The copy's folder. */
	readonly dir: string;
	/** `http://127.0.0.1:<port>/` */
	readonly base: string;
}

/** Register the hooks that start `astro dev` on a copy named `prefix…` and stop it. */
export function devProject(prefix: string): DevProject {
	let dir = '';
	let dev: DevServer | undefined;
	let cleanup = () => {};
	test.beforeAll(async () => {
		({ dir, cleanup } = copyProject(prefix, { privateModules: true }));
		dev = await startDev(dir);
	});
	test.afterAll(async () => {
		await dev?.stop();
		cleanup();
	});
	return {
		get dir() {
			return dir;
		},
		get base() {
			return dev?.base ?? '';
		},
	};
}
