/**
 * The links between a feed's guide steps (`guides`), checked so that a
 * guided path can never go round in a circle: the feed's steps together
 * with the library's default steps (`DEFAULT_GUIDE_QUESTIONS`, which lead
 * one to the next, and `DEFAULT_GUIDE_EXPLANATIONS`), since a feed may
 * replace any of them by id and refer to the others.
 *
 * Loaded only for a feed that has steps (see `store.ts`), so residents of
 * the other widgets never download it: it imports nothing but types.
 * Walks with loops and an explicit stack, never recursion, so a chain of
 * 50,000 steps needs no call stack.
 */
import type { GuideStep } from './schema.js';
import type { FeedProblem, ValidatedFeed } from './validate-records.js';

/**
 * The steps of the library's default health guide (`<lotse-health-guide>`):
 * a feed's `guides` may refer to them and replace them by id. The questions
 * lead one to the next in this order; the rest are explanations.
 */
export const DEFAULT_GUIDE_QUESTIONS = ['start', 'insurance', 'language', 'town'] as const;
export const DEFAULT_GUIDE_EXPLANATIONS = [
  'doctor',
  'dentist',
  'mental-health',
  'pregnancy',
  'children',
  'vaccination',
  'addiction',
  'care',
  'disability',
  'statutory',
  'private',
  'uninsured',
  'asylum-voucher',
  'asylum-card',
  'ehic',
] as const;

/** One link of a step: the field that holds it (`answers.2.next`, `next`) and where it goes. */
export interface GuideLink {
  step: string;
  field: string;
  to: string;
}

const questions: readonly string[] = DEFAULT_GUIDE_QUESTIONS;
const explanations: readonly string[] = DEFAULT_GUIDE_EXPLANATIONS;

/** Whether an id names a step of the library's default guide. */
export const isDefaultStep = (id: string) => questions.includes(id) || explanations.includes(id);

/** Every `next` link of a step (answers first, then the step's own). */
export function nextLinks(step: GuideStep): GuideLink[] {
  const links: GuideLink[] = [];
  step.answers?.forEach((answer, n) => {
    if (answer.next !== undefined) links.push({ step: step.id, field: `answers.${n}.next`, to: answer.next });
  });
  if (step.next !== undefined) links.push({ step: step.id, field: 'next', to: step.next });
  return links;
}

/**
 * Where a path through `id` arrives among the feed's steps: the step itself
 * when the feed has it, else along the default questions (each leads to the
 * next) to the first one the feed replaces; `undefined` when it never does.
 */
function arrival(id: string, own: ReadonlySet<string>): string | undefined {
  for (let at = questions.indexOf(id); !own.has(id); id = questions[++at]) {
    if (at < 0 || at + 1 >= questions.length) return undefined;
  }
  return id;
}

/**
 * The `next` links that close a circle (each is cut: its answer then ends
 * the path), and the steps that no path from `start` reaches. `steps` must
 * have unique ids, and every link must point to a feed step or a default
 * step (dangling links are removed before).
 */
export function guideProblems(steps: readonly GuideStep[]): { loops: GuideLink[]; unreachable: string[] } {
  const own = new Set(steps.map((s) => s.id));
  const edges = new Map<string, { link: GuideLink; to: string }[]>();
  for (const step of steps) {
    edges.set(
      step.id,
      nextLinks(step).flatMap((link) => {
        const to = arrival(link.to, own);
        return to === undefined ? [] : [{ link, to }];
      }),
    );
  }

  // Depth-first, one frame per step on an explicit stack: an edge to a step still on the stack closes a circle.
  const loops: GuideLink[] = [];
  const state = new Map<string, 1 | 2>();
  for (const root of own) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const out = edges.get(frame.id)!;
      if (frame.next >= out.length) {
        state.set(frame.id, 2);
        stack.pop();
        continue;
      }
      const { link, to } = out[frame.next++];
      const seen = state.get(to);
      if (seen === 1) loops.push(link);
      else if (seen === undefined) {
        state.set(to, 1);
        stack.push({ id: to, next: 0 });
      }
    }
  }

  // Reachable: from where `start` arrives, and every replaced default explanation (default answers lead there).
  const cut = new Set(loops);
  const byId = new Map(steps.map((s) => [s.id, s]));
  const reached = new Set<string>();
  const queue = [arrival('start', own), ...steps.filter((s) => explanations.includes(s.id)).map((s) => s.id)].filter((id): id is string => id !== undefined);
  for (const id of queue) reached.add(id);
  for (let i = 0; i < queue.length; i++) {
    const targets = [
      ...edges.get(queue[i])!.filter((e) => !cut.has(e.link)).map((e) => e.to),
      ...(byId.get(queue[i])!.answers ?? []).flatMap((a) => a.explain ?? []),
    ];
    for (const to of targets) {
      if (own.has(to) && !reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return { loops, unreachable: steps.filter((s) => !reached.has(s.id)).map((s) => s.id) };
}

/**
 * Checks the links of `feed.guides` in place: links to no step go (reported
 * as `existing`, or `dropped` for a step left out for its own problems), and
 * so do links that close a circle (`loop`: the answer then ends the path);
 * steps that no path reaches stay, reported (`unreachable`). `json` is the
 * feed as parsed, for the positions of the steps in it. `maxProblems`:
 * `MAX_PROBLEMS`, passed in so this chunk imports nothing of the runtime.
 */
export function checkGuideLinks(feed: ValidatedFeed, json: unknown, maxProblems: number): void {
  const inputs = (json as { guides?: unknown[] }).guides ?? [];
  // Each step's position, found once: 50,000 unreachable steps looked each other up in a list otherwise.
  const positions = new Map<unknown, number>();
  inputs.forEach((input, n) => {
    const id = (input as { id?: unknown } | null)?.id;
    if (!positions.has(id)) positions.set(id, n);
  });
  const position = (id: string) => positions.get(id) ?? -1;
  const dropped = new Set(feed.problems.filter((p) => p.collection === 'guides' && p.dropped && p.id).map((p) => p.id!));
  const found: FeedProblem[] = [];
  // Within the validator's limit on problems kept; the rest are counted, as its own are.
  const report = (id: string, field: string, expect: string, value: string) => {
    if (feed.problems.length + found.length < maxProblems) found.push({ source: feed.url, collection: 'guides', id, index: position(id), field, reason: 'reference', expect, value, dropped: false });
    else feed.problemsNotKept = (feed.problemsNotKept ?? 0) + 1;
  };
  const ids = new Set(feed.guides.map((s) => s.id));
  const known = (id: string) => ids.has(id) || isDefaultStep(id);
  const dangling = (step: string, field: string, missing: string[]) => {
    for (const [list, expect] of [[missing.filter((id) => !dropped.has(id)), 'existing'], [missing.filter((id) => dropped.has(id)), 'dropped']] as const) {
      if (list.length) report(step, field, expect, list.join(', '));
    }
  };
  const linked = feed.guides.map((step) => {
    let kept: GuideStep = step;
    if (step.answers?.some((a) => (a.next !== undefined && !known(a.next)) || a.explain?.some((id) => !known(id)))) {
      kept = {
        ...step,
        answers: step.answers.map((answer, n) => {
          const { next, explain, ...rest } = answer;
          if (next !== undefined && !known(next)) dangling(step.id, `answers.${n}.next`, [next]);
          const gone = explain?.filter((id) => !known(id)) ?? [];
          if (gone.length) dangling(step.id, `answers.${n}.explain`, gone);
          const explained = explain?.filter(known) ?? [];
          return { ...rest, ...(next !== undefined && known(next) ? { next } : {}), ...(explained.length ? { explain: explained } : {}) };
        }) as GuideStep['answers'],
      };
    }
    if (step.next !== undefined && !known(step.next)) {
      dangling(step.id, 'next', [step.next]);
      const { next: _next, ...rest } = kept;
      kept = rest;
    }
    return kept;
  });
  const { loops, unreachable } = guideProblems(linked);
  const byId = new Map(linked.map((s, n) => [s.id, n]));
  for (const loop of loops) {
    const n = byId.get(loop.step)!;
    const step = linked[n];
    const [, answer] = loop.field.split('.');
    if (answer === undefined) {
      const { next: _next, ...rest } = step;
      linked[n] = rest;
    } else {
      linked[n] = { ...step, answers: step.answers!.map((a, i) => (i === +answer ? (({ next: _next, ...rest }) => rest)(a) : a)) as GuideStep['answers'] };
    }
    report(step.id, loop.field, 'loop', loop.to);
  }
  for (const id of unreachable) report(id, '', 'unreachable', id);
  feed.guides = linked;
  // Staff read the list record by record: the guides' problems in the order of their steps.
  const others = feed.problems.filter((p) => p.collection !== 'guides');
  const guides = [...feed.problems.filter((p) => p.collection === 'guides'), ...found].sort((a, b) => a.index - b.index);
  const at = feed.problems.findIndex((p) => p.collection === 'guides' || p.collection === 'emergency');
  feed.problems = at < 0 ? [...others, ...guides] : [...others.slice(0, at), ...guides, ...others.slice(at)];
}
