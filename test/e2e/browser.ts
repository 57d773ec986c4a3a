// Headless Chromium through playwright-core. playwright-core is not a project dependency: run.sh
// installs a pinned copy into the e2e cache (E2E_TOOLS), so typecheck and unit tests never need
// it. The interfaces below are the slice of its API the drivers use.
import { createRequire } from 'node:module';
import * as path from 'node:path';

export interface Box { x: number; y: number; width: number; height: number }
/** The DOM node handed to in-page callbacks (the project's tsconfig has no DOM lib). */
export interface DomNode { firstChild: DomNode | null; parentElement: DomNode | null; textContent: string | null }
export interface Locator {
  first(): Locator;
  last(): Locator;
  filter(options: { hasText: string | RegExp }): Locator;
  waitFor(options?: { state?: 'attached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  isVisible(): Promise<boolean>;
  boundingBox(): Promise<Box | null>;
  evaluate<R, A>(fn: (el: DomNode, arg: A) => R, arg: A): Promise<R>;
  innerText(): Promise<string>;
  fill(text: string): Promise<void>;
  click(options?: { position?: { x: number; y: number }; timeout?: number }): Promise<void>;
  count(): Promise<number>;
}
export interface Page {
  on(event: 'pageerror', fn: (e: Error) => void): void;
  exposeFunction(name: string, fn: (...args: never[]) => unknown): Promise<void>;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number; state?: 'attached' | 'visible' }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
}
export interface Browser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}
interface Chromium {
  launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser>;
}

export async function launchChromium(): Promise<Browser> {
  const tools = process.env.E2E_TOOLS;
  if (!tools) throw new Error('E2E_TOOLS (the folder holding node_modules/playwright-core) is not set; run test/e2e/run.sh');
  const load = createRequire(path.join(tools, 'package.json'));
  const { chromium } = load('playwright-core') as { chromium: Chromium };
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // No sandbox: CI runs as root in a container. The rest keeps Chromium off the network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const t0 = Date.now();
export function log(...parts: unknown[]): void {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...parts);
}

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}
