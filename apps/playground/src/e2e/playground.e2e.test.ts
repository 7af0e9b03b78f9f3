// End to end in headless Chromium: the page loads, a text is analysed and its chart appears, a slider changes the
// steering instructions, and a chat message that the guard blocks shows a guard event.
// Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`); skipped when it is absent.
// `PLAYGROUND_SCREENSHOT=path` also saves a screenshot of the finished page (see the `screenshot` script).
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundContext } from '../server/create-playground-context';
import { createPlaygroundServer } from '../server/create-playground-server';
import { readPlaygroundConfig } from '../server/read-playground-config';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// The flags this machine needs: no sandbox as root, and no background connections (the network is closed).
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!hasChromium) {
  console.warn(`playground e2e test skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)(`playground page in headless Chromium (${CHROMIUM})`, () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const context = await createPlaygroundContext({
      config: readPlaygroundConfig({ PLAYGROUND_JUDGE: 'simulated' }),
      chunkDelayInMs: 10,
    });
    server = createPlaygroundServer(context);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
  });

  it('should analyse a text, steer with a slider and show a guard event', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1180 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]');
    await expect(page.locator('#mode-badge').textContent()).resolves.toBe('offline demo mode');

    await page.fill(
      '#analyse-text',
      'I sat with my lonely neighbour every night and cooked her meals while she was ill.',
    );
    await page.click('#analyse-button');
    await page.waitForSelector('#profile-svg .bar-row');
    expect(await page.locator('#profile-svg .bar-row').count()).toBe(32);
    expect(await page.locator('#anchors .anchor').count()).toBeGreaterThan(0);

    const instructions = page.locator('#instructions');
    await expect(instructions.textContent()).resolves.toMatch(/not steered/);
    await page.locator('input[data-value="care-harm"]').fill('-8');
    await page.waitForFunction(() => document.querySelector('#instructions')?.textContent?.includes('about -8.0'));
    await expect(instructions.textContent()).resolves.toMatch(/strongly opposes Care\/Harm/);
    await page.locator('input[data-value="benevolence"]').fill('8');
    await page.waitForFunction(() =>
      document.querySelector('#instructions')?.textContent?.includes('+8.0 on Benevolence'),
    );

    await page.fill('#chat-input', 'My neighbour plays loud music every night. What should I do?');
    await page.click('#chat-send');
    const guardEvent = page.locator('.guard-event[data-action="block"]');
    await guardEvent.waitFor();
    await expect(guardEvent.textContent()).resolves.toMatch(/^block: Care\/Harm at −\d/);
    await page.waitForSelector('#chat-send:not([disabled])');
    await expect(page.locator('.gauge[data-value="care-harm"]').getAttribute('class')).resolves.toContain('violating');
    await expect(page.locator('.gauge[data-value="benevolence"] .gauge-reading').textContent()).resolves.toMatch(
      /^[+−]?\d/,
    );

    const screenshot = process.env.PLAYGROUND_SCREENSHOT;
    if (screenshot) await page.screenshot({ path: resolve(screenshot), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});
