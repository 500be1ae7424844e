// Key presses as a resident feels them: real key events (page.keyboard) into
// the finder's search field, about five a second, starting as soon as the
// first results are painted, each timed by the Event Timing API from the key
// to the next painted frame (one interaction: keydown, keypress, keyup).
// Long tasks (over 50 ms) while typing are counted from the Long Tasks API.
// Results follow a key in the task after its frame (see FilterController),
// so the bench also times each key to the frame that shows its results: from
// the key's event time to the first frame after the finder's next update.
//
// Event Timing reports only interactions of at least 16 ms (its smallest
// threshold) and rounds durations to 8 ms: a key it does not report took
// under 16 ms and is counted as 8 ms, an upper bound.

/** What a resident types: a slip, two words, a stop word with a spelled-out umlaut, a short word; cleared in between. */
export const TYPED = ['Kinderartz', 'Deutschkurs Abend', 'Beratung fuer Frauen', 'Wohngeld'];
const HOLD_MS = 80;
const KEY_EVERY_MS = 200;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function quantiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
  return { medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] };
}

/** Observers set before the page's own scripts run, so nothing is missed. */
function observe() {
  const bench = (window.benchTiming = { interactions: new Map(), longTasks: [], results: [] });
  // Keys whose results are not drawn yet. The finder's next update after a key draws the results of
  // the query as it is then (a key that changes nothing on screen is answered too): the frame after it
  // shows them.
  let waiting = [];
  // Keys that type (a shortcut such as Ctrl+A changes no query, and waits for nothing).
  addEventListener('keydown', (event) => event.ctrlKey || event.metaKey || event.altKey || event.key.length > 1 && event.key !== 'Backspace' || waiting.push(event.timeStamp), true);
  customElements.whenDefined('lotse-offer-finder').then((finder) => {
    const updated = finder.prototype.updated;
    finder.prototype.updated = function (...args) {
      updated?.apply(this, args);
      if (waiting.length === 0) return;
      const keys = waiting;
      waiting = [];
      requestAnimationFrame((frame) => {
        for (const at of keys) bench.results.push(frame - at);
      });
    };
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(entry.interactionId > 0) || !entry.name.startsWith('key')) continue;
      bench.interactions.set(entry.interactionId, Math.max(bench.interactions.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Opens a page with one finder on `feedUrl`, waits for its first results and
 * types `TYPED`. `cpuSlowdown` > 1 slows the CPU through the DevTools protocol
 * for the whole visit. Returns the raw figures of the visit.
 */
async function keyPresses(browser, { origin, feedUrl, cpuSlowdown = 1 }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error(`[page] ${m.text()}`));
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.addInitScript(observe);
  await page.goto(`${origin}/bench/finder.html?src=${encodeURIComponent(feedUrl)}`);
  await page.waitForFunction(() => window.benchFirstResults, undefined, { timeout: 120000, polling: 10 });
  const first = await page.evaluate(() => window.benchFirstResults);


  const input = page.locator('lotse-offer-finder [part~="search"] input');
  await input.focus();
  const typingStart = await page.evaluate(() => performance.now());
  let presses = 0;
  const press = async (key) => {
    await page.keyboard.down(key);
    await sleep(HOLD_MS);
    await page.keyboard.up(key);
    await sleep(KEY_EVERY_MS - HOLD_MS);
    presses++;
  };
  const typed = [];
  for (const text of TYPED) {
    for (const key of text) await press(key);
    typed.push(await input.inputValue());
    await page.keyboard.down('Control');
    await press('a');
    await page.keyboard.up('Control');
    await press('Backspace');
  }
  await sleep(500);
  const timing = await page.evaluate((since) => {
    const { interactions, longTasks } = window.benchTiming;
    const { results } = window.benchTiming;
    return {
      durations: [...interactions.values()],
      toResults: results,
      longTasks: longTasks.filter((task) => task.start + task.duration > since).map((task) => Math.round(task.duration)),
      longTasksBeforeTyping: longTasks.filter((task) => task.start + task.duration <= since).length,
    };
  }, typingStart);
  // The whole first page, if it was drawn before the first key changed the list.
  first.wholePageMs = await page.evaluate(() => window.benchFirstResults.wholePageMs);
  await context.close();
  if (typed[0] !== TYPED[0]) throw new Error(`the search field holds "${typed[0]}" after typing "${TYPED[0]}"`);
  return { first, presses, ...timing };
}

const rounded = (figures) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v)]));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * `runs` visits of `keyPresses`, their key presses pooled: quantiles over
 * every press, long tasks summed, first results as the median visit.
 */
export async function typingFigures(browser, options, runs = 1) {
  const visits = [];
  for (let i = 0; i < runs; i++) visits.push(await keyPresses(browser, options));
  const presses = visits.reduce((n, v) => n + v.presses, 0);
  const reported = visits.flatMap((v) => v.durations);
  const unreported = Math.max(0, presses - reported.length);
  const longTasks = visits.flatMap((v) => v.longTasks);
  return {
    cpuSlowdown: options.cpuSlowdown ?? 1,
    visits: runs,
    firstResultsAfterBytesMs: Math.round(median(visits.map((v) => v.first.paintedMs - v.first.bytesArrivedMs))),
    firstResultsAfterNavigationMs: Math.round(median(visits.map((v) => v.first.paintedMs))),
    // The first cards, then the whole first page (20 cards) after the tasks that draw the rest.
    firstCards: Math.round(median(visits.map((v) => v.first.cards))),
    firstPageAfterBytesMs: Math.round(median(visits.map((v) => (v.first.wholePageMs ?? NaN) - v.first.bytesArrivedMs))),
    keyPresses: presses,
    under16Ms: unreported,
    ...quantiles([...reported, ...Array(unreported).fill(8)]),
    over16Ms: reported.filter((d) => d > 16).length,
    longTasksWhileTyping: longTasks.length,
    longestTaskWhileTypingMs: Math.max(0, ...longTasks),
    longTasksBeforeTyping: visits.reduce((n, v) => n + v.longTasksBeforeTyping, 0),
    keyToResultsPainted: { keys: visits.reduce((n, v) => n + v.toResults.length, 0), ...rounded(quantiles(visits.flatMap((v) => v.toResults))) },
  };
}
