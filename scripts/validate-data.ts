// npm run validate:data — the build's data checks, without building.
// Prints every problem (file:line:col) and exits 1 when any is an error.
import { loadCatalog } from '../src/lib/data/load.ts';
import { formatReport, hasErrors } from '../src/lib/data/problems.ts';

const catalog = loadCatalog(process.cwd(), 'data', (line) => console.log(line));
const report = formatReport(catalog.problems);
if (report) console.error(report);
if (hasErrors(catalog.problems)) process.exit(1);
const rows = [...catalog.datasets.values()].reduce((n, ds) => n + ds.rows.length, 0);
console.log(`data ok: ${catalog.datasets.size} datasets, ${rows} rows`);
