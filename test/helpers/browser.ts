// The browser of the end-to-end tests: the system's Chromium (Debian's package), driven by
// playwright-core. No browser is ever downloaded; a missing binary fails the run, it never skips.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

// Headless and quiet: no GPU, no background traffic to Google, no first-run dialogs, and /dev/shm
// avoided because containers often give it 64 MB.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The Chromium binary to drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

/** Launches headless Chromium; throws a message saying what to install when the binary is missing. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. The end-to-end tests need a system Chromium: ` +
        'install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its binary.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: ARGS, timeout: 30_000 });
}

/**
 * A fresh context (own cookies, own storage) with short timeouts, so a missing element fails the test
 * in seconds rather than hanging the run.
 */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}
