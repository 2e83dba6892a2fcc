// The kit as a user gets it: the packed tarball in a Vite-built React app (./app) with the real
// @100mslive/hms-video-store, served by `vite preview` and driven in Debian's Chromium through
// Playwright. Only the network is fake, inside the page: `page.route()` answers (or never answers)
// the SDK's init request and aborts everything else (its analytics), `page.routeWebSocket()`
// stands in for the signalling server. Nothing leaves the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { getErrorCopy } from '../../src/core';
import type { E2EProbe } from './app/main';

const base = inject('e2eBaseUrl');
const INIT = 'https://init.e2e.test/**';
const SIGNAL_WS = 'wss://signal.e2e.test/v2/ws';
const artifacts = 'test-results/e2e';

// The words the person should read, from the same catalog the packed build was made from.
const dialogTitle = (key: string | number) => getErrorCopy(key, { route: 'dialog' }).title;
const toastTitle = (key: string) => getErrorCopy(key, { route: 'toast' }).title;

const cors = { 'access-control-allow-origin': '*' };
const json = (route: Route, status: number, body: unknown) =>
  route.fulfill({ status, headers: cors, contentType: 'application/json', body: JSON.stringify(body) });

let browser: Browser;
let context: BrowserContext;
let page: Page;
const seen: Record<string, E2EProbe> = {};

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  // What the person saw in each scenario, in order, for whoever reads the run.
  writeFileSync(`${artifacts}/seen.json`, `${JSON.stringify(seen, null, 2)}\n`);
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 900, height: 640 } });
  page = await context.newPage();
  // No real network: anything but the app's own server is refused, and a WebSocket nobody
  // set up below opens and closes at once.
  await page.route((url) => !url.href.startsWith(base), (route) => route.abort());
  await page.routeWebSocket(/./, (ws) => ws.close());
});
afterEach(async (ctx) => {
  seen[ctx.task.name] = await probe().catch(() => ({}) as E2EProbe);
  await context.close();
});

const probe = () => page.evaluate(() => window.e2e);
const openApp = (query: string) => page.goto(`${base}/?${query}`);
const clickJoin = () => page.getByRole('button', { name: 'Join' }).click();
const dialogs = () => page.getByRole('alertdialog');
const toasts = () => page.getByRole('region', { name: /notifications/i }).getByRole('listitem');
/** Until the SDK's own join() promise has settled (however long the SDK takes). */
const joinSettled = (timeout: number) =>
  page.waitForFunction(() => window.e2e.join !== null && window.e2e.join.outcome !== 'pending', null, { timeout, polling: 100 });
/** Lets React commit whatever the last event scheduled. */
const nextFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('given the packed kit in a Vite app with the real 100ms SDK, in Chromium', () => {
  it('room not found (init answers HTTP 400 {code: 40001}): one dialog says the link is not valid', async () => {
    await page.route(INIT, (route) => json(route, 400, { code: 40001, message: 'Room not found' }));
    await openApp('timeoutMs=3000&slowMs=1000');
    await clickJoin();

    await dialogs().filter({ hasText: dialogTitle(40001) }).waitFor();
    await joinSettled(10_000);
    await nextFrames();
    expect(await dialogs().count()).toBe(1);
    expect(await page.getByRole('alertdialog', { name: dialogTitle(40001) }).count()).toBe(1);
    expect(await toasts().count()).toBe(0);
    expect((await probe()).join).toMatchObject({ outcome: 'rejected', code: 40001 });
  });

  it('bad token (init answers HTTP 401 {code: 401}): one dialog about the invite', async () => {
    await page.route(INIT, (route) => json(route, 401, { code: 401, message: 'Token is not authorised' }));
    await openApp('timeoutMs=3000&slowMs=1000');
    await clickJoin();

    await joinSettled(10_000);
    const { join } = await probe();
    await page.getByRole('alertdialog', { name: dialogTitle(join!.code!) }).waitFor();
    await nextFrames();
    expect(await dialogs().count()).toBe(1);
    expect(await toasts().count()).toBe(0);
    expect(join).toMatchObject({ outcome: 'rejected' });
  });

  it('init unreachable (never answered): "Still connecting…" first, then the timeout dialog replaces it', async () => {
    await page.route(INIT, () => {}); // never fulfilled: the SDK's join() never settles
    await openApp('timeoutMs=3000&slowMs=1000');
    await clickJoin();

    const slow = toasts().filter({ hasText: toastTitle('SLOW') });
    await slow.waitFor();
    expect(await dialogs().count()).toBe(0);
    await page.screenshot({ path: `${artifacts}/3-still-connecting.png` });

    await page.getByRole('alertdialog', { name: dialogTitle('TIMEOUT') }).waitFor();
    await slow.waitFor({ state: 'detached' });
    expect(await dialogs().count()).toBe(1);
    expect(await toasts().count()).toBe(0);
    const { join, seen: shown } = await probe();
    expect(join).toEqual({ outcome: 'pending' });
    expect(shown.filter((s) => s.event === 'shown').map((s) => s.title)).toEqual([toastTitle('SLOW'), dialogTitle('TIMEOUT')]);
  });

  it('signalling unreachable (the socket closes): the timeout dialog, and still a dialog after the SDK gives up', async () => {
    await page.route(INIT, (route) =>
      json(route, 200, { endpoint: SIGNAL_WS, rtcConfiguration: { ice_servers: [] }, config: { enabledFlags: [] } }),
    );
    await page.routeWebSocket(`${SIGNAL_WS}**`, (ws) => ws.close());
    await openApp('timeoutMs=3000&slowMs=1000');
    await clickJoin();

    await page.getByRole('alertdialog', { name: dialogTitle('TIMEOUT') }).waitFor();
    // The SDK retries the socket for its own 60 s before join() rejects with its terminal error.
    await joinSettled(80_000);
    await nextFrames();
    const { join } = await probe();
    expect(join).toMatchObject({ outcome: 'rejected' });
    expect(await dialogs().count()).toBe(1);
    const dialog = page.getByRole('alertdialog', { name: dialogTitle(join!.code!) });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Go home' }).count()).toBe(1);
    await page.screenshot({ path: `${artifacts}/4-after-sdk-gave-up.png` });
  });

  it('"Go home" from the timeout dialog leaves the room in the SDK and shows the home view', async () => {
    await page.route(INIT, () => {}); // the SDK stays in Connecting
    await openApp('timeoutMs=2000&slowMs=1000');
    await clickJoin();
    const dialog = page.getByRole('alertdialog', { name: dialogTitle('TIMEOUT') });
    await dialog.waitFor();
    expect((await probe()).leaveCalls).toBe(0);

    await dialog.getByRole('button', { name: 'Go home' }).click();

    await page.getByRole('heading', { name: 'Home' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/home');
    expect(await dialogs().count()).toBe(0);
    expect((await probe()).leaveCalls).toBe(1);
    await page.waitForFunction(() => window.e2e.roomStates.at(-1) !== 'Connecting', null, { timeout: 10_000 });
    const { roomStates } = await probe();
    // The SDK took the leave: out of Connecting (it stays Disconnecting while init hangs).
    expect(roomStates.slice(roomStates.indexOf('Connecting') + 1)[0]).toMatch(/^Disconnect/);
  });
});
