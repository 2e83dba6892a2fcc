// How every Chromium in this repo is launched (browser tests, story tests, the benchmark):
// Debian's build, as root, with no network. See ../shared/TOOLCHAIN.md.

/** Debian's Chromium; override with CHROMIUM_PATH. Playwright's own download is not used. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
