/**
 * The guide as residents walk it: the library's default tree (one lazily
 * loaded file per language) with a feed's steps over it, and a path of
 * answers (the URL's) walked from `start`. A path never loops and never
 * dead-ends: an answer whose next step is missing, already asked or not a
 * question ends the path, and a key that no answer has is where it stops.
 */
import type { ValidatedFeed } from '../../core/feed/validate-records.js';
import type { GuideAnswer, GuideStep, Text } from '../../core/feed/schema.js';
import { baseLanguage } from '../../core/locale/direction.js';
import type { ShownText } from '../../core/locale/text.js';

/** A default tree file: its steps. */
export interface TreeFile {
  language: string;
  steps: GuideStep[];
}

/** The words for the default emergency numbers in one language: a small file of its own, which the compact form needs too. */
export interface EmergencyWords {
  language: string;
  emergency: Record<string, { label: string; description: string }>;
}

/** One file per language, each its own chunk: a German reader downloads only German. */
const TREES: Record<string, () => Promise<{ default: unknown }>> = {
  de: () => import('./trees/health-de.json', { with: { type: 'json' } }),
  en: () => import('./trees/health-en.json', { with: { type: 'json' } }),
  ar: () => import('./trees/health-ar.json', { with: { type: 'json' } }),
  tr: () => import('./trees/health-tr.json', { with: { type: 'json' } }),
  uk: () => import('./trees/health-uk.json', { with: { type: 'json' } }),
  ru: () => import('./trees/health-ru.json', { with: { type: 'json' } }),
  pl: () => import('./trees/health-pl.json', { with: { type: 'json' } }),
  ro: () => import('./trees/health-ro.json', { with: { type: 'json' } }),
  bg: () => import('./trees/health-bg.json', { with: { type: 'json' } }),
  fa: () => import('./trees/health-fa.json', { with: { type: 'json' } }),
  sq: () => import('./trees/health-sq.json', { with: { type: 'json' } }),
  vi: () => import('./trees/health-vi.json', { with: { type: 'json' } }),
};

const WORDS: Record<string, () => Promise<{ default: unknown }>> = {
  de: () => import('./trees/emergency-de.json', { with: { type: 'json' } }),
  en: () => import('./trees/emergency-en.json', { with: { type: 'json' } }),
  ar: () => import('./trees/emergency-ar.json', { with: { type: 'json' } }),
  tr: () => import('./trees/emergency-tr.json', { with: { type: 'json' } }),
  uk: () => import('./trees/emergency-uk.json', { with: { type: 'json' } }),
  ru: () => import('./trees/emergency-ru.json', { with: { type: 'json' } }),
  pl: () => import('./trees/emergency-pl.json', { with: { type: 'json' } }),
  ro: () => import('./trees/emergency-ro.json', { with: { type: 'json' } }),
  bg: () => import('./trees/emergency-bg.json', { with: { type: 'json' } }),
  fa: () => import('./trees/emergency-fa.json', { with: { type: 'json' } }),
  sq: () => import('./trees/emergency-sq.json', { with: { type: 'json' } }),
  vi: () => import('./trees/emergency-vi.json', { with: { type: 'json' } }),
};

/** The languages of the default tree. */
export const TREE_LANGUAGES = Object.keys(TREES);

/** The tree's language for a requested language: its own where there is one, else English. */
export function treeLanguage(requested: string): string {
  const base = baseLanguage(requested);
  return Object.hasOwn(TREES, base) ? base : 'en';
}

const loading = new Map<string, Promise<unknown>>();

/** Loads a file once per page; a failed load is tried again on the next call. */
function once<T>(key: string, load: () => Promise<{ default: unknown }>): Promise<T> {
  let file = loading.get(key);
  if (!file) {
    file = load().then((module) => module.default);
    file.catch(() => loading.delete(key));
    loading.set(key, file);
  }
  return file as Promise<T>;
}

/** A language's default tree (`treeLanguage()`). */
export const loadTree = (language: string) => once<TreeFile>(`tree ${language}`, TREES[language]);

/** A language's words for the emergency numbers (`treeLanguage()`). */
export const loadEmergencyWords = (language: string) => once<EmergencyWords>(`words ${language}`, WORDS[language]);

/** A step and the language of its plain-string texts. */
export interface SourceStep {
  step: GuideStep;
  language: string;
}

/** The steps by id: each feed's (the first feed that has an id wins), then the default tree's that no feed replaces. */
export function mergeSteps(feeds: readonly ValidatedFeed[], tree: TreeFile | undefined): Map<string, SourceStep> {
  const steps = new Map<string, SourceStep>();
  for (const feed of feeds) for (const step of feed.guides) if (!steps.has(step.id)) steps.set(step.id, { step, language: feed.language });
  for (const step of tree?.steps ?? []) if (!steps.has(step.id)) steps.set(step.id, { step, language: tree!.language });
  return steps;
}

export const isQuestion = (step: GuideStep | undefined) => step?.question !== undefined;

/** An answer as the guide offers it: one of the step's, or one made from the directory (`value`). */
export interface Answer {
  key: string;
  /** The feed's or the tree's words, or (made answers) the words as shown. */
  label?: Text;
  shown?: ShownText;
  next?: string;
  explain?: readonly string[];
  services?: GuideAnswer['services'];
  /** For answers made from the directory: the language code or town; `''` for "any". */
  value?: string;
}

/** What the directory offers a made question: language codes or town names, the most useful first. */
export type OptionSource = (kind: 'languages' | 'municipality') => readonly { value: string; shown: ShownText }[];

/** The words of the made answer that asks nothing ("any language"). */
export type AnyLabel = (kind: 'languages' | 'municipality') => ShownText;

/** The key of an answer in a path: its id, else its position from 1. */
const answerKey = (answer: GuideAnswer, n: number) => answer.id ?? String(n + 1);

/** A question's answers; a made question with fewer than two choices is skipped (empty). */
export function answersOf(step: GuideStep, options: OptionSource, anyLabel: AnyLabel): Answer[] {
  if (step.options) {
    const made = options(step.options);
    if (made.length < 2) return [];
    return [...made.map(({ value, shown }) => ({ key: value, shown, next: step.next, value })), { key: '*', shown: anyLabel(step.options), next: step.next, value: '' }];
  }
  return (step.answers ?? []).map((answer, n) => ({ ...answer, key: answerKey(answer, n), next: answer.next ?? step.next }));
}

export interface Walk {
  /** The questions answered, with the answer taken. */
  answered: { source: SourceStep; answer: Answer; answers: Answer[] }[];
  /** The question to ask now; `undefined` when the path is complete. */
  current?: { source: SourceStep; answers: Answer[] };
  /** Explanations collected on the way, in order, each once. */
  explanations: SourceStep[];
  /** The keys that were followed (a path from the URL may have more that lead nowhere). */
  keys: string[];
}

/** Steps on one path, at most: a guide this long has gone wrong, or the URL was made to make it so. */
export const MAX_PATH = 30;

/** Walks `keys` from `start`. */
export function walk(steps: ReadonlyMap<string, SourceStep>, keys: readonly string[], options: OptionSource, anyLabel: AnyLabel): Walk {
  const result: Walk = { answered: [], explanations: [], keys: [] };
  const explained = new Set<string>();
  const explain = (id: string) => {
    const source = steps.get(id);
    if (source && !isQuestion(source.step) && source.step.title !== undefined && !explained.has(id)) {
      explained.add(id);
      result.explanations.push(source);
    }
  };
  const asked = new Set<string>();
  let at: string | undefined = 'start';
  let k = 0;
  while (at !== undefined && asked.size < MAX_PATH) {
    const source = steps.get(at);
    if (!source || !isQuestion(source.step) || asked.has(at)) break;
    asked.add(at);
    const answers = answersOf(source.step, options, anyLabel);
    if (answers.length === 0) {
      // A made question with nothing to choose: skipped.
      at = source.step.next;
      continue;
    }
    if (k >= keys.length) {
      result.current = { source, answers };
      break;
    }
    const answer = answers.find((a) => a.key === keys[k]);
    if (!answer) {
      result.current = { source, answers };
      break;
    }
    k++;
    result.keys.push(answer.key);
    result.answered.push({ source, answer, answers });
    answer.explain?.forEach(explain);
    at = answer.next;
    if (at !== undefined && !isQuestion(steps.get(at)?.step)) {
      // A next step that is an explanation ends the path with it; a missing one just ends it.
      explain(at);
      at = undefined;
    }
  }
  return result;
}

/** The path in the URL: keys joined by commas, a comma or percent sign inside a key escaped. */
export const pathText = (keys: readonly string[]) => keys.map((key) => key.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');

export function pathKeys(text: string): string[] {
  if (!text) return [];
  return text
    .split(',')
    .slice(0, MAX_PATH)
    .map((key) => key.replace(/%2C/gi, ',').replace(/%25/g, '%'));
}
