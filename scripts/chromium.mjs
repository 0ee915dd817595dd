// Debian's Chromium with the built extension loaded: one set of flags for the e2e harness, the demo
// and the bench (playwright-core's launchPersistentContext; no browser download works here).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that load `extensionDir` unpacked and keep Chromium quiet, offline and first-run free. */
export function extensionArgs(extensionDir, { headless = true } = {}) {
  return [
    ...(headless ? ['--headless=new'] : ['--start-maximized']),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}
