// npm run validate:data — the build's data checks, without building.
// Prints every problem (file:line:col) and exits 1 when any is an error. Messages are
// Indonesian; LUMBUNG_LANG=en for English.
import { loadCatalog } from '../src/lib/data/load.ts';
import { formatReport, hasErrors } from '../src/lib/data/problems.ts';
import { langSetting, renderText, say } from '../src/lib/messages/index.ts';

let lang;
try {
	lang = langSetting(process.env);
} catch (error) {
	console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
const catalog = loadCatalog(process.cwd(), 'data', (line) => console.log(line));
const report = formatReport(catalog.problems, lang);
if (report) console.error(report);
if (hasErrors(catalog.problems)) process.exit(1);
const rows = [...catalog.datasets.values()].reduce((n, ds) => n + ds.rows.length, 0);
console.log(
	renderText(say('cli.data-ok', { datasets: catalog.datasets.size, rows }), lang ?? 'id'),
);
