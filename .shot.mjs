import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [,, path, w, out] = process.argv;
const p = await b.newPage({ viewport: { width: +w, height: 900 } });
await p.goto('http://127.0.0.1:8765' + path, { waitUntil: 'load' });
await p.screenshot({ path: out, fullPage: false });
await b.close();
