// Dev-only middleware (added by devChecks() in src/integrations/dev-checks.ts): before each page,
// run the build's data and story checks; on an error, throw it located so the error overlay
// shows file:line:col and the code. The checks re-run only when a data or story file changed.
import { defineMiddleware } from 'astro:middleware';
import { projectError } from '../lib/stories/dev-checks.ts';

export const onRequest = defineMiddleware((_context, next) => {
	const error = projectError(process.cwd());
	if (error) throw error;
	return next();
});
