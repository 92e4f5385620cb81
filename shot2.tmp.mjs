import { chromium } from '@playwright/test';
const [,, url, out, width, sel] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 1000 } });
await p.goto(url);
await p.locator(sel).first().scrollIntoViewIfNeeded();
await p.waitForTimeout(500);
await p.screenshot({ path: out });
await b.close();
