// Debian's Chromium driven by playwright-core: no browser download, the same binary CI installs with apt.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../server/temporal-binaries';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs', 'screenshots');

/** Waits for the apt-installed binary (CI installs it just before the tests; a developer's machine may still be installing). */
export async function waitForChromium(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > deadline)
      throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export async function launchBrowser(): Promise<Browser> {
  await waitForChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--lang=zh-CN'],
  });
}

/** A phone held upright (390×844, a common handset), touch and all: the enterprise's and the inspector's device. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * A fresh context (its own localStorage) in Shanghai time: at 1440×900, the size of the README screenshots, or on
 * a phone. It asks for reduced motion, which the web admin honours: a dialog is where it will stay from its first
 * frame, so a click on a loaded machine never lands where a zooming button was a moment before.
 */
export async function newContext(browser: Browser, baseURL: string, phone = false): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    ...(phone ? PHONE : { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 }),
  });
}

/** True when the page is no wider than its viewport: a phone user never scrolls sideways. */
export async function fitsWidth(page: Page): Promise<boolean> {
  const widths: unknown = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
  return Array.isArray(widths) && Number(widths[0]) <= Number(widths[1]);
}

/** Console errors and failed requests of a page, to assert none happened (antd warnings included). */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Signs in through the login form and waits for the portal to draw. */
export async function login(page: Page, username: string, password = 'demo-2026'): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}
