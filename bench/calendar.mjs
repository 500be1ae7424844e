// `npm run bench:calendar`: figures for <lotse-course-calendar> on the built dist/lotse.js in
// headless Chromium, and its bytes. Prints JSON; the budgets of issue 17 are beside each figure.
//
// - Month: a month with 500 sessions, from inserting the element (its feed already loaded) to the
//   grid on screen, and each PageUp/PageDown to another month, as the Event Timing API measures a
//   key press (from the key to the next paint).
// - Agenda: 2,000 sessions as single lines (events of three dates each, so none is folded into a
//   course shown once), every key press while typing a search and every scroll step (PageDown,
//   ArrowDown, Space on the page), by Event Timing; entries under 16 ms are not reported by the
//   API, so "max" is at least 16 when something was reported and "<16" when nothing was.
// - FullCalendar 6 (day grid and list) in the same run: the same 500 sessions as a month, its
//   next/previous buttons by Event Timing, its bytes.
// - Bytes: the calendar's code beyond the shared runtime (as bench/run.mjs measures it; issue 17's
//   budget of 15 KB is this figure), with the lazy iCalendar reader (ical.js) apart, and beyond what
//   <lotse-offer-finder> already loads (the widget kit); each module's share before minifying, kit
//   and own apart.
import { mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { lotseMessages } from '../scripts/message-ids.mjs';
import { lotseCssTemplates } from '../scripts/css-templates.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'bench/out');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());

// --- feeds ---------------------------------------------------------------------------

const TOWNS = ['Altenau', 'Neustadt', 'Bergheide', 'Erftal', 'Lindenau', 'Kirchwald'];
const TYPES = ['integration', 'literacy', 'german', 'information', 'meeting', 'culture', 'sport', 'training'];

function envelope(offers) {
  return {
    lotse: '1.0',
    id: 'bench',
    language: 'de',
    publisher: { name: 'Bench', updated: iso(today) },
    places: TOWNS.map((town, i) => ({ id: `p${i}`, name: `Haus ${town}`, address: { street: 'Markt 1', postcode: String(38000 + i), municipality: town } })),
    offers,
  };
}

const offer = (i, dates, extra = {}) => ({
  id: `o${i}`,
  kind: i % 3 ? 'event' : 'course',
  courseType: TYPES[i % TYPES.length],
  title: { de: `Termin ${i}: ${['Sprachcafé', 'Deutschkurs', 'Infoabend', 'Elterntreff', 'Fußball'][i % 5]} am ${['Morgen', 'Nachmittag', 'Abend'][i % 3]}`, en: `Date ${i}` },
  places: [`p${i % TOWNS.length}`],
  languages: ['de', ['ar', 'uk', 'tr'][i % 3]],
  cost: { free: i % 2 === 0 },
  schedule: { dates },
  verified: iso(today),
  ...extra,
});

/** 680 events of three dates each within the next eight weeks: 2,040 lines. */
function agendaFeed() {
  const offers = [];
  for (let i = 0; i < 680; i++) {
    const dates = [0, 1, 2].map((k) => ({ date: iso(today + ((i * 3 + k * 19) % 55) * DAY), start: `${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`, end: `${String(9 + (i % 12)).padStart(2, '0')}:45` }));
    offers.push(offer(i, dates));
  }
  return envelope(offers);
}

/** 250 events of two dates each in the next month: 500 sessions in that month. */
function monthFeed(month) {
  const first = Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 1, 1);
  const days = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();
  const offers = [];
  for (let i = 0; i < 250; i++) {
    offers.push(offer(i, [0, 1].map((k) => ({ date: iso(first + ((i + k * 11) % days) * DAY), start: `${String(9 + (i % 10)).padStart(2, '0')}:00`, end: `${String(10 + (i % 10)).padStart(2, '0')}:30` }))));
  }
  return envelope(offers);
}

// --- bytes -------------------------------------------------------------------------------

async function bundle(entry, external = []) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [lotseMessages(), lotseCssTemplates()],
    build: {
      target: 'es2022',
      write: false,
      minify: true,
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { external, output: { minify: true, comments: false } },
    },
  });
  const chunks = (Array.isArray(output) ? output[0] : output).output.filter((file) => file.type === 'chunk');
  const entryChunk = chunks.find((chunk) => chunk.isEntry);
  const initial = new Set([entryChunk.fileName]);
  for (const name of initial) for (const imported of chunks.find((c) => c.fileName === name).imports) if (chunks.some((c) => c.fileName === imported)) initial.add(imported);
  const size = (list) => list.reduce((n, c) => ({ min: n.min + c.code.length, gzip: n.gzip + gz(Buffer.from(c.code)) }), { min: 0, gzip: 0 });
  const inInitial = chunks.filter((c) => initial.has(c.fileName));
  return {
    initial: size(inInitial),
    lazy: chunks.filter((c) => !initial.has(c.fileName)).map((c) => ({ file: c.fileName, gzip: gz(Buffer.from(c.code)) })),
    modules: inInitial.flatMap((c) => c.moduleIds),
    // Each module's share of the code before minifying: what each weighs beside the others.
    rendered: new Map(inInitial.flatMap((c) => Object.entries(c.modules).map(([id, m]) => [id, m.renderedLength]))),
  };
}

async function bytes() {
  const runtime = await bundle('bench/runtime-entry.ts');
  const inRuntime = new Set(runtime.modules);
  const finder = await bundle('src/components/offer-finder/define.ts', (id) => inRuntime.has(id));
  const withFinder = new Set([...inRuntime, ...finder.modules]);
  const strip = ({ modules: _m, rendered: _r, ...rest }) => rest;
  const beyondRuntime = await bundle('src/components/course-calendar/define.ts', (id) => inRuntime.has(id));
  const ownModules = beyondRuntime.modules.filter((id) => !withFinder.has(id)).map((id) => id.replace(root, ''));
  // What the bytes beyond the runtime are: the widget kit the finder loads too, and the calendar's own modules.
  const byModule = (shared) =>
    Object.fromEntries(
      beyondRuntime.modules
        .filter((id) => withFinder.has(id) === shared && beyondRuntime.rendered.get(id) > 0)
        .sort((a, b) => beyondRuntime.rendered.get(b) - beyondRuntime.rendered.get(a))
        .map((id) => [id.replace(root, ''), beyondRuntime.rendered.get(id)]),
    );
  const fullCalendar = await bundle('bench/fullcalendar-entry.js');
  return {
    fullCalendar6DayGridAndList: strip(fullCalendar).initial,
    sharedRuntimeGzip: runtime.initial.gzip,
    calendarBeyondRuntime: { ...strip(beyondRuntime), budgetGzip: 15 * 1024 },
    calendarBeyondRuntimeAndFinder: strip(await bundle('src/components/course-calendar/define.ts', (id) => withFinder.has(id))),
    calendarOwnModules: ownModules,
    renderedCharsBeyondRuntime: { kitSharedWithFinder: byModule(true), calendarOwn: byModule(false) },
  };
}

// --- browser -------------------------------------------------------------------------

/**
 * Runs `work` while Chromium traces, and returns its result with the main thread's tasks in
 * that time: wall time (`dur`) and the thread's own CPU time (`cpu`). On a machine that other
 * work keeps busy, wall times grow while CPU times say what the calendar itself costs.
 */
async function traced(page, work) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const renderer = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (renderer === undefined || e.pid === renderer));
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid)
    .map((e) => ({ dur: e.dur / 1000, cpu: (e.tdur ?? 0) / 1000 }));
  return { result, tasks };
}

const cpuSummary = (tasks, count) => ({
  longestTaskCpuMs: Math.round(Math.max(0, ...tasks.map((t) => t.cpu)) * 10) / 10,
  cpuPerStepMs: Math.round((tasks.reduce((n, t) => n + t.cpu, 0) / count) * 10) / 10,
});

async function browserFigures(origin, month) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && console.error(`[page] ${m.text()}`));
    await page.goto(`${origin}/bench/page.html`);
    await page.waitForFunction(() => customElements.get('lotse-course-calendar'));
    await page.evaluate(() => {
      window.__events = [];
      new PerformanceObserver((list) => window.__events.push(...list.getEntries().map((e) => ({ name: e.name, duration: e.duration, id: e.interactionId })))).observe({
        type: 'event',
        buffered: true,
        durationThreshold: 16,
      });
    });
    const take = () => page.evaluate(() => window.__events.splice(0));

    // Month: the feed loaded first, then the element measured from insertion to the grid on screen.
    await page.evaluate(async () => {
      const warm = document.createElement('lotse-course-calendar');
      warm.setAttribute('src', '/bench/out/calendar-month.json');
      warm.setAttribute('view', 'month');
      warm.setAttribute('no-url-sync', '');
      document.body.append(warm);
      while (warm.shadowRoot?.querySelectorAll('[role="gridcell"]').length !== 42) await new Promise((r) => setTimeout(r, 20));
      // Its search index built too, so nothing else runs while the measured element renders.
      await warm.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      warm.remove();
    });
    const { result: monthRender, tasks: monthRenderTasks } = await traced(page, () => page.evaluate(async ({ month }) => {
      const el = document.createElement('lotse-course-calendar');
      el.setAttribute('src', '/bench/out/calendar-month.json');
      el.setAttribute('view', 'month');
      el.setAttribute('no-url-sync', '');
      el.id = 'month';
      history.replaceState(null, '', `?lotse-month-month=${month}`);
      el.removeAttribute('no-url-sync');
      const start = performance.now();
      document.body.append(el);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const ms = performance.now() - start;
      const sessions = el.shadowRoot.querySelectorAll('[role="gridcell"]:not(.outside)');
      const heading = el.shadowRoot.querySelector('#results-heading')?.textContent.trim();
      return { ms, days: sessions.length, heading };
    }, { month }));
    // PageDown and PageUp in the grid: each a month with its sessions.
    await page.evaluate(() => document.querySelector('#month').shadowRoot.querySelector('[role="gridcell"][tabindex="0"]').focus());
    await take();
    const monthKeyList = ['PageDown', 'PageUp', 'PageDown', 'PageUp', 'ArrowRight', 'ArrowDown', 'PageUp', 'PageDown'];
    const { tasks: monthKeyTasks } = await traced(page, async () => {
      for (const key of monthKeyList) {
        await page.keyboard.press(key);
        await page.evaluate(() => document.querySelector('#month').updateComplete);
      }
      await page.waitForTimeout(300);
    });
    const monthKeys = await take();
    await page.evaluate(() => document.querySelector('#month').remove());

    // FullCalendar with the same 500 sessions in the same page: its month grid, then the next and
    // previous month by its buttons (clicks, by Event Timing; it has no keyboard grid to compare).
    const fullCalendar = await page.evaluate(async ({ month }) => {
      await import('/bench/out/fullcalendar.js');
      const feed = await (await fetch('/bench/out/calendar-month.json')).json();
      const events = feed.offers.flatMap((o) => o.schedule.dates.map((d) => ({ title: o.title.de, start: `${d.date}T${d.start}`, end: `${d.date}T${d.end}` })));
      const host = document.createElement('div');
      host.id = 'fc';
      document.body.append(host);
      const start = performance.now();
      await window.fullCalendarMonth(host, events, month);
      return { ms: performance.now() - start, events: events.length };
    }, { month });
    await take();
    for (const button of ['next', 'prev', 'next', 'prev']) {
      await page.click(`#fc .fc-${button}-button`);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
    await page.waitForTimeout(300);
    const fullCalendarClicks = await take();
    await page.evaluate(() => {
      window.fullCalendar.destroy();
      document.querySelector('#fc').remove();
    });

    // Agenda: 2,040 lines; typing a search and scrolling the page.
    const agenda = await page.evaluate(async () => {
      const el = document.createElement('lotse-course-calendar');
      el.setAttribute('src', '/bench/out/calendar-agenda.json');
      el.setAttribute('view', 'agenda');
      el.setAttribute('weeks-ahead', '8');
      el.setAttribute('no-url-sync', '');
      el.id = 'agenda';
      const start = performance.now();
      document.body.append(el);
      while (!(el.shadowRoot?.querySelectorAll('.session').length > 1000)) await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      return { firstRenderMs: performance.now() - start, lines: el.shadowRoot.querySelectorAll('.session').length };
    });
    await page.waitForTimeout(1500);
    await page.evaluate(() => document.querySelector('#agenda').shadowRoot.querySelector('#q').focus());
    await take();
    const queries = ['Deutschkurs Abend', 'Termin 1'];
    const { tasks: typingTasks } = await traced(page, async () => {
      for (const query of queries) {
        await page.keyboard.type(query, { delay: 30 });
        await page.evaluate(() => document.querySelector('#agenda').updateComplete);
        for (let i = 0; i < query.length; i++) await page.keyboard.press('Backspace');
        await page.evaluate(() => document.querySelector('#agenda').updateComplete);
      }
      await page.waitForTimeout(800);
    });
    const typing = await take();
    // Scroll steps: the page with 2,040 lines, by keyboard (Event Timing) and by wheel (frame times).
    await page.evaluate(() => {
      document.activeElement?.blur();
      document.querySelector('#agenda').shadowRoot.activeElement?.blur();
    });
    await page.mouse.click(5, 5);
    await take();
    const { tasks: scrollTasks } = await traced(page, async () => {
      for (let i = 0; i < 20; i++) await page.keyboard.press(['PageDown', 'ArrowDown', 'Space', 'ArrowDown'][i % 4]);
      for (let i = 0; i < 10; i++) await page.keyboard.press('PageUp');
      await page.waitForTimeout(300);
    });
    const scrolling = await take();
    const wheel = await page.evaluate(async () => {
      const frames = [];
      let last = performance.now();
      let done = false;
      const tick = (t) => {
        frames.push(t - last);
        last = t;
        if (!done) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      for (let i = 0; i < 30; i++) {
        window.scrollBy(0, 400);
        await new Promise((r) => setTimeout(r, 16));
      }
      done = true;
      return Math.max(...frames.slice(1));
    });
    const keystrokes = queries.reduce((n, q) => n + 2 * q.length, 0);
    runs.push({
      monthRender,
      monthRenderCpu: cpuSummary(monthRenderTasks, 1),
      monthKeys,
      monthKeysCpu: cpuSummary(monthKeyTasks, monthKeyList.length),
      fullCalendar,
      fullCalendarClicks,
      agenda,
      typing,
      typingCpu: cpuSummary(typingTasks, keystrokes),
      scrolling,
      scrollCpu: cpuSummary(scrollTasks, 30),
      wheelMaxFrameMs: wheel,
    });
    await page.close();
  }
  await browser.close();
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const summary = (lists, names, cpu) => {
    const all = lists.flat().filter((e) => names.includes(e.name));
    const cpus = cpu.map((c) => c.longestTaskCpuMs);
    return {
      eventTiming: { reported: all.length, maxMs: all.length ? Math.max(...all.map((e) => e.duration)) : '<16', budgetMs: 50 },
      mainThreadCpu: { longestTaskMedianMs: median(cpus), longestTaskMaxMs: Math.max(...cpus), perStepMedianMs: median(cpu.map((c) => c.cpuPerStepMs)) },
    };
  };
  return {
    runs: RUNS,
    month: {
      sessions: 500,
      renderMs: { median: Math.round(median(runs.map((r) => r.monthRender.ms)) * 10) / 10, max: Math.round(Math.max(...runs.map((r) => r.monthRender.ms)) * 10) / 10, budget: 50 },
      renderMainThreadCpuMs: { median: median(runs.map((r) => r.monthRenderCpu.cpuPerStepMs)), longestTask: median(runs.map((r) => r.monthRenderCpu.longestTaskCpuMs)) },
      heading: runs[0].monthRender.heading,
      keyPresses: summary(runs.map((r) => r.monthKeys), ['keydown', 'keyup', 'keypress'], runs.map((r) => r.monthKeysCpu)),
    },
    fullCalendar6Month: {
      sessions: runs[0].fullCalendar.events,
      renderMs: { median: Math.round(median(runs.map((r) => r.fullCalendar.ms)) * 10) / 10, max: Math.round(Math.max(...runs.map((r) => r.fullCalendar.ms)) * 10) / 10 },
      monthButtons: (() => {
        const all = runs.flatMap((r) => r.fullCalendarClicks).filter((e) => ['pointerdown', 'pointerup', 'click', 'mousedown', 'mouseup'].includes(e.name));
        return { reported: all.length, maxMs: all.length ? Math.max(...all.map((e) => e.duration)) : '<16' };
      })(),
    },
    agenda: {
      lines: runs[0].agenda.lines,
      firstRenderMs: Math.round(median(runs.map((r) => r.agenda.firstRenderMs))),
      typing: summary(runs.map((r) => r.typing), ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'], runs.map((r) => r.typingCpu)),
      scrollSteps: summary(runs.map((r) => r.scrolling), ['keydown', 'keyup', 'keypress'], runs.map((r) => r.scrollCpu)),
      wheelMaxFrameMs: Math.round(Math.max(...runs.map((r) => r.wheelMaxFrameMs))),
    },
  };
}

await mkdir(out, { recursive: true });
const next = new Date(today + 32 * DAY);
const month = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
await writeFile(join(out, 'calendar-agenda.json'), JSON.stringify(agendaFeed()));
await writeFile(join(out, 'calendar-month.json'), JSON.stringify(monthFeed(month)));
await build({
  configFile: false,
  logLevel: 'silent',
  root,
  build: { target: 'es2022', outDir: out, emptyOutDir: false, minify: true, lib: { entry: join(root, 'bench/fullcalendar-entry.js'), formats: ['es'], fileName: () => 'fullcalendar.js' } },
});
const server = await startServer({ root });
const origin = `http://127.0.0.1:${server.address().port}`;
// Timings depend on the machine: its cores and how busy other work keeps them.
const machine = () => ({ cpus: cpus().length, loadAverage: loadavg().map((n) => Math.round(n * 10) / 10) });
const before = machine();
const browser = await browserFigures(origin, month);
const figures = { date: new Date().toISOString(), machine: { before, after: machine() }, browser, bytes: await bytes() };
server.close();
console.log(JSON.stringify(figures, null, 2));
