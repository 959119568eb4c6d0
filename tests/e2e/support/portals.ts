// The browser side of a test file: one context per signed-in user, their console errors, pictures of failed steps.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { collectProblems, login, newContext } from './browser';

/** expect.poll with the patience of a page that fetches, re-renders and animates. */
export function until<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 200 });
}

/** Charts and images draw after the data: give them a moment before a screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(700);
}

export interface Portals {
  /** A fresh context (its own localStorage), signed in as `username` (or not at all when null); on a phone if asked. */
  open(username: string | null, options?: { phone?: boolean; password?: string }): Promise<Page>;
  /** Closes every page; when the step failed, first saves a full-page picture of each to the temp dir. */
  closePages(failed: boolean): Promise<void>;
  /** Console errors and page errors seen so far on closed pages. */
  problems: string[];
  close(): Promise<void>;
}

export function createPortals(browser: Browser, baseURL: string): Portals {
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  return {
    problems,
    async open(username, options = {}) {
      const context = await newContext(browser, baseURL, options.phone ?? false);
      context.setDefaultTimeout(20_000);
      contexts.push(context);
      const page = await context.newPage();
      const seen = collectProblems(page);
      page.on('close', () => problems.push(...seen.map((p) => `${username ?? 'anonymous'}: ${p}`)));
      if (username) await login(page, username, options.password);
      return page;
    },
    async closePages(failed) {
      const pages = contexts.flatMap((c) => c.pages());
      if (failed) {
        for (const [i, page] of pages.entries()) {
          const file = path.join(tmpdir(), `e2e-failure-${Date.now()}-${i}.png`);
          await page.screenshot({ path: file, fullPage: true }).then(
            () => console.log(`screenshot of a failed step: ${file} (${page.url()})`),
            () => undefined,
          );
        }
      }
      await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
    },
  };
}

/** Picks an option of a searchable antd Select the way a keyboard user does: type, then Enter on the match. */
export async function pick(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.keyboard.type(option);
  await page.locator('.ant-select-item-option-active:visible', { hasText: option }).first().waitFor();
  await page.keyboard.press('Enter');
  await until(() => page.locator('.ant-select-item-option:visible').count()).toBe(0);
}

/**
 * Chooses an option of a searchable multiple antd Select by typing its text, as a keyboard user does; the list stays
 * open for the next one, and the choice is waited for among the selected items.
 */
export async function chooseInMultiple(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.keyboard.type(option);
  await page.locator('.ant-select-item-option-active:visible', { hasText: option }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId(selectTestId).locator('.ant-select-selection-item', { hasText: option }).waitFor();
}

/** On a phone the menu is a drawer: opens it, follows the entry, and waits until the drawer is out of the way. */
export async function viaMenu(page: Page, navTestId: string): Promise<void> {
  await page.getByTestId('nav-toggle').click();
  await page.getByTestId(navTestId).click();
  await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
}
