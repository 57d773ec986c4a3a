// UI test in code-server + headless Chromium, against the extension installed from the .vsix:
// open the sample article, wait until people, dates and quotes are coloured, check the status
// item (the extension activated) and the Claims view, hover "Lavrov", expect the person hover,
// save a screenshot (the README shows it).
// Then the same colour check in both default themes. Env: PORT, WS, SHOT (png path); FILE and
// WORD default to the sample and "Lavrov".
import { launchChromium, log, requireEnv, type Box, type DomNode, type Locator, type Page } from './browser';

const FILE = process.env.FILE ?? 'libya-ceasefire-talks.txt';
const WORD = process.env.WORD ?? 'Lavrov';

/** Browser globals used inside in-page callbacks (serialised, so they cannot call our helpers). */
interface InPage {
  document: { createRange(): { setStart(n: DomNode, o: number): void; setEnd(n: DomNode, o: number): void; getBoundingClientRect(): Box } };
  getComputedStyle(el: DomNode): { color: string; opacity: string };
}

async function poll<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** The innermost rendered token span holding `text` on screen. */
function tokenSpan(page: Page, text: string): Locator {
  return page.locator('.monaco-editor .view-lines span[class*="mtk"]', { hasText: text }).first();
}

async function colourOf(page: Page, text: string): Promise<string> {
  return tokenSpan(page, text).evaluate((el) => (globalThis as unknown as InPage).getComputedStyle(el).color, null);
}

async function openFile(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(FILE);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${FILE}"]`, { timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[aria-label*="${FILE}"]`, { timeout: 30_000 });
}

async function hoverWord(page: Page): Promise<string> {
  const word = tokenSpan(page, WORD);
  const hover = page.locator('.monaco-hover, .monaco-resizable-hover').filter({ hasText: 'Sergei Lavrov' });
  return poll('the person hover on "Lavrov"', 90_000, async () => {
    const box = await word.boundingBox();
    if (!box) return undefined;
    // The span may hold more than the word: aim at the word's second letter.
    const x = await word.evaluate((el, w) => {
      const node = el.firstChild;
      const i = (node?.textContent ?? '').indexOf(w);
      if (!node || i < 0) return -1;
      const r = (globalThis as unknown as InPage).document.createRange();
      r.setStart(node, i + 1);
      r.setEnd(node, i + 2);
      const b = r.getBoundingClientRect();
      return b.x + b.width / 2;
    }, WORD);
    if (x < 0) return undefined;
    await page.mouse.move(5, 5);
    await page.mouse.move(x, box.y + box.height / 2, { steps: 3 });
    const shown = await hover.first().waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
    return shown ? (await hover.first().innerText()).trim() : undefined;
  });
}

/** Waits for the hover's fade-in to finish, so the screenshot shows it crisp. */
async function hoverSettled(page: Page): Promise<void> {
  const hover = page.locator('.monaco-hover', { hasText: 'Sergei Lavrov' }).first();
  await poll('the hover to finish fading in', 10_000, async () => {
    const opacity = await hover.evaluate((el) => {
      let o = 1;
      for (let n: DomNode | null = el; n; n = n.parentElement) o *= Number((globalThis as unknown as InPage).getComputedStyle(n).opacity || '1');
      return o;
    }, null);
    return opacity > 0.99 ? true : undefined;
  });
}

/** Polls until plain text, a person, a date and a quote are drawn in four different colours. */
async function distinctColours(page: Page): Promise<Record<string, string>> {
  let seen: Record<string, string> = {};
  return poll('semantic colours on people, dates and quotes', 60_000, async () => {
    seen = {};
    for (const [what, text] of [['plain', 'press conference'], ['person', WORD], ['date', 'January 13th'], ['quote', 'Some progress']] as const) {
      seen[what] = await colourOf(page, text).catch((e: unknown) => `error: ${String(e).split('\n')[0]}`);
    }
    return new Set(Object.values(seen)).size === 4 ? seen : undefined;
  }).catch((err: unknown) => {
    throw new Error(`${String(err)}; last colours seen: ${JSON.stringify(seen)}`);
  });
}

/** Switches the colour theme the way a user does: F1, "Preferences: Color Theme", pick one. */
async function checkTheme(page: Page, theme: string, kind: 'vs' | 'vs-dark'): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill('>Preferences: Color Theme');
  // Click the exact entry: "Browse Color Themes in Marketplace" matches the same words.
  const command = page.locator('.quick-input-list .monaco-list-row[aria-label^="Preferences: Color Theme"]').first();
  await command.waitFor({ state: 'visible', timeout: 20_000 });
  await command.click();
  await input.fill(theme);
  const entry = page.locator(`.quick-input-list .monaco-list-row[aria-label^="${theme}"]`).first();
  await entry.waitFor({ state: 'visible', timeout: 20_000 });
  await entry.click();
  await page.waitForSelector(`.monaco-workbench.${kind}`, { timeout: 30_000 });
  log(`${theme} colours:`, JSON.stringify(await distinctColours(page)));
}

async function main(): Promise<void> {
  const port = requireEnv('PORT');
  const ws = requireEnv('WS');
  const shot = requireEnv('SHOT');
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => log('pageerror:', e.message));
  let failure: unknown;
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label*="${FILE}"]`, { timeout: 60_000 });
    log('workbench loaded; explorer shows', FILE);
    await openFile(page);
    log('article open');

    // Activation: the extension's status item shows the article's counts once the server answered.
    const status = page.locator('.statusbar-item[aria-label^="factmark:"]');
    await status.first().waitFor({ state: 'visible', timeout: 90_000 });
    const counts = await poll('the article counts', 60_000, async () => {
      const t = (await status.first().innerText()).replace(/\s+/g, ' ').trim();
      return /\d/.test(t) ? t : undefined;
    });
    log('status item (extension active):', JSON.stringify(counts));

    // Highlighting: the person, a date and a quote each get a colour of their own.
    log('colours:', JSON.stringify(await distinctColours(page)));

    // The Claims view in the explorer lists the article's claims by status.
    await page.locator('.pane-header', { hasText: 'Claims' }).first().click();
    const disputed = page.locator('.monaco-list-row', { hasText: 'Moscow, despite its denials' }).first();
    await disputed.waitFor({ state: 'visible', timeout: 30_000 });
    log('Claims view lists the disputed claim');

    const text = await hoverWord(page);
    log('hover:', JSON.stringify(text.slice(0, 300)));
    await hoverSettled(page);
    if (!/person/.test(text) || !/Foreign Minister/i.test(text)) throw new Error(`the hover does not describe the person: ${text}`);
  } catch (err) {
    failure = err;
  }
  await page.screenshot({ path: shot }).catch((e: unknown) => log('screenshot failed:', e));
  log('screenshot:', shot);
  // Both default themes must tell people, dates and quotes apart, not only the one shown above.
  if (!failure) {
    try {
      await page.mouse.move(5, 5);
      await checkTheme(page, 'Dark 2026', 'vs-dark');
      await checkTheme(page, 'Light 2026', 'vs');
    } catch (err) {
      failure = err;
      const at = shot.replace(/\.png$/, '-theme-failure.png');
      await page.screenshot({ path: at }).then(() => log('theme check failed; screenshot:', at), () => undefined);
    }
  }
  await browser.close();
  if (failure) throw failure;
}

main().then(
  () => {
    log('PASS');
    process.exit(0);
  },
  (err: unknown) => {
    log('FAIL:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
