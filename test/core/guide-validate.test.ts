/**
 * Guides in the feed: the validator checks each step, the links between
 * steps (to the feed's own steps and the default guide's), circles and
 * steps that no path reaches; the health facts of a service and the 24/7
 * opening hours.
 */
import { expect } from '@esm-bundle/chai';
import { DEFAULT_GUIDE_EXPLANATIONS, DEFAULT_GUIDE_QUESTIONS, guideProblems } from '../../src/core/feed/guide-graph.js';
import type { GuideStep } from '../../src/core/feed/schema.js';
import { validateFeed } from '../../src/core/feed/validate.js';
import { isOpen } from '../../src/core/time/open-now.js';
import { minimalFeed } from '../fixtures/feeds.js';
import { loadEmergencyWords, loadTree, TREE_LANGUAGES, type EmergencyWords, type TreeFile } from '../../src/components/health-guide/guide-tree.js';
import { allLocales } from '../../src/generated/locale-codes.js';

const problemsOf = (guides: unknown[]) =>
  validateFeed(minimalFeed({ guides }), 'https://example.org/feed.json')
    .problems.filter((p) => p.collection === 'guides')
    .map((p) => `${p.id ?? p.index} ${p.field} ${p.reason} ${p.expect ?? ''}`.trim());

describe('guides in the feed', () => {
  it('accepts references to the default guide and replaced default steps', () => {
    expect(
      problemsOf([
        { id: 'start', question: 'Was brauchen Sie?', answers: [{ label: 'Arzt', next: 'insurance', explain: ['doctor', 'own-info'] }] },
        { id: 'own-info', title: 'Unsere Sprechstunde' },
        { id: 'doctor', title: 'Zum Arzt (unsere Fassung)' },
      ]),
    ).to.deep.equal([]);
  });

  it('reports links to no step and removes them; the step stays', () => {
    const feed = validateFeed(minimalFeed({ guides: [{ id: 'start', question: 'Q', answers: [{ label: 'A', next: 'gone', explain: ['nope', 'doctor'] }] }] }), 'u');
    expect(feed.problems.map((p) => `${p.field} ${p.expect} ${p.value}`)).to.deep.equal(['answers.0.next existing gone', 'answers.0.explain existing nope']);
    expect(feed.guides[0].answers![0]).to.deep.equal({ label: 'A', explain: ['doctor'] });
  });

  it('cuts the link that closes a circle, also through default steps the feed replaces', () => {
    expect(problemsOf([{ id: 'start', question: 'Q', answers: [{ label: 'A', next: 'b' }] }, { id: 'b', question: 'B', answers: [{ label: 'back', next: 'start' }] }])).to.deep.equal([
      'b answers.0.next reference loop',
    ]);
    // start (default) → insurance (default) → language (feed) → back to insurance… through the default chain.
    expect(problemsOf([{ id: 'language', question: 'L', answers: [{ label: 'x', next: 'start' }] }])).to.deep.equal(['language answers.0.next reference loop']);
    expect(problemsOf([{ id: 'start', question: 'Q', answers: [{ label: 'self', next: 'start' }] }])).to.deep.equal(['start answers.0.next reference loop']);
  });

  it('reports steps that no path reaches, and steps that are neither question nor explanation', () => {
    expect(
      problemsOf([
        { id: 'island', title: 'Nobody links here' },
        { id: 'empty', question: 'No answers' },
        { id: 'nothing' },
      ]),
    ).to.deep.equal(['island  reference unreachable', 'empty answers missing', 'nothing question missing']);
  });

  it('walks 50,000 chained steps without a stack and finds the one circle', () => {
    const steps: GuideStep[] = Array.from({ length: 50_000 }, (_, i) => ({ id: i === 0 ? 'start' : `s${i}`, question: 'q', answers: [{ label: 'a', next: i === 49_999 ? 'start' : `s${i + 1}` }] }));
    const { loops, unreachable } = guideProblems(steps);
    expect(loops.map((l) => l.step)).to.deep.equal(['s49999']);
    expect(unreachable).to.deep.equal([]);
  });

  it('checks the health facts of a service and the emergency numbers', () => {
    const feed = validateFeed(
      minimalFeed({
        offers: [
          {
            id: 'praxis',
            kind: 'health',
            title: 'Praxis',
            verified: '2025-01-01',
            health: { specialities: ['general', 'astrology'], insurance: ['statutory'], newPatients: 'yes', staff: [{ name: 'Dr. A', languages: ['ar', 'not a code'] }] },
          },
        ],
        emergency: [{ id: 'poison', numbers: ['0228 19240'], label: 'Giftnotruf NRW' }, { id: 'bad', numbers: ['call us'], label: 'x' }],
      }),
      'u',
    );
    expect(feed.problems.map((p) => `${p.collection} ${p.field} ${p.reason}`)).to.deep.equal([
      'offers health.specialities.1 value',
      'offers health.newPatients type',
      'offers health.staff.0.languages.1 format',
      'emergency numbers.0 format',
      'emergency numbers range',
    ]);
    expect(feed.offers[0].health).to.deep.equal({ specialities: ['general'], insurance: ['statutory'], staff: [{ name: 'Dr. A', languages: ['ar'] }] });
    expect(feed.emergency.map((e) => e.id)).to.deep.equal(['poison']);
  });

  it('opens hours "always" day and night, except on a closed day; old hours stay as they were', () => {
    expect(isOpen({ always: true }, { date: '2026-12-24', time: '03:00' } as never)).to.equal(true);
    expect(isOpen({ always: true, exceptions: [{ date: '2026-12-24', closed: true }] }, { date: '2026-12-24', time: '12:00' } as never)).to.equal(false);
    expect(isOpen({ regular: [{ days: ['mo'], opens: '08:00', closes: '12:00' }] }, { date: '2026-12-07', time: '09:00' } as never)).to.equal(true);
  });
});

/** Where a step stands in the tree and what it links to: everything but the words a reader sees. */
const shape = (steps: GuideStep[]) =>
  steps.map((s) =>
    [
      s.id,
      Object.keys(s).sort(),
      s.options,
      s.next,
      (s.answers ?? []).map((a) => [a.id, Object.keys(a).sort(), a.next, a.explain, a.services]),
      (s.sections ?? []).map((section) => Object.keys(section).sort()),
      // The terms stay German: residents hear and show them at a counter.
      s.words?.map((w) => w.term),
    ],
  );

/** Every text a reader sees, by its place in the tree; the German terms of `words` are not among them. */
function readerTexts(tree: TreeFile, words: EmergencyWords): Map<string, string> {
  const texts = new Map<string, string>();
  const put = (place: string, text: unknown) => {
    if (text !== undefined) texts.set(place, String(text));
  };
  for (const step of tree.steps) {
    for (const field of ['question', 'hint', 'title', 'text'] as const) put(`${step.id}.${field}`, step[field]);
    step.answers?.forEach((a) => put(`${step.id}.answers.${a.id}`, a.label));
    step.sections?.forEach((section, i) => {
      put(`${step.id}.sections.${i}.heading`, section.heading);
      put(`${step.id}.sections.${i}.text`, section.text);
    });
    step.words?.forEach((w, i) => put(`${step.id}.words.${i}.meaning`, w.meaning));
  }
  for (const [id, { label, description }] of Object.entries(words.emergency)) {
    put(`emergency.${id}.label`, label);
    put(`emergency.${id}.description`, description);
  }
  return texts;
}

/**
 * German words that tell a German sentence from the rest (none of them is a word in the other
 * languages of the guide); a text with two of them outside brackets was left in German.
 */
const GERMAN = /(?<![\p{L}-])(Sie|Ihr|Ihre|Ihren|Ihnen|und|oder|nicht|wenn|der|die|das|den|dem|ist|sind|eine|einen|zum|zur|bei|mit|für|auf)(?![\p{L}-])/gu;
const germanWords = (text: string) => new Set(text.replace(/\([^)]*\)/g, ' ').match(GERMAN) ?? []);

describe('a guide with tens of thousands of steps', () => {
  it('reports unreachable steps within the limit on problems, counts the rest, and looks each step up once', () => {
    // Each step looked every other one up in a list before: 30,000 steps took seconds (the test then timed out).
    const guides = Array.from({ length: 30000 }, (_, n) => ({ id: `s${n}`, title: 't', text: 'x' }));
    const feed = validateFeed(minimalFeed({ guides }), 'https://example.org/feed.json');
    expect(feed.problems).to.have.length(10000);
    expect(feed.problemsNotKept).to.equal(20000);
    expect(feed.problems[9999]).to.include({ collection: 'guides', id: 's9999', index: 9999, expect: 'unreachable' });
  });
});

describe('the default guide', () => {
  it('is there in each language the UI of the health guide is read in most', () => {
    expect(TREE_LANGUAGES).to.include.members(['de', 'en', 'ar', 'tr', 'uk', 'ru', 'pl', 'ro', 'bg', 'fa', 'sq', 'vi']);
  });

  it('has the default steps, valid and free of problems, in German', async () => {
    const de = await loadTree('de');
    expect(de.steps.map((s) => s.id).sort()).to.deep.equal([...DEFAULT_GUIDE_QUESTIONS, ...DEFAULT_GUIDE_EXPLANATIONS].sort());
  });

  for (const lang of TREE_LANGUAGES) {
    it(`has the same steps, answers and links in ${lang} as in German, valid and free of problems`, async () => {
      const [tree, words, de, deWords] = await Promise.all([loadTree(lang), loadEmergencyWords(lang), loadTree('de'), loadEmergencyWords('de')]);
      expect(tree.language).to.equal(lang);
      expect(shape(tree.steps), lang).to.deep.equal(shape(de.steps));
      expect(words.language).to.equal(lang);
      expect(Object.keys(words.emergency).sort(), lang).to.deep.equal(Object.keys(deWords.emergency).sort());
      const feed = validateFeed(minimalFeed({ language: lang, guides: tree.steps }), `tree-${lang}`);
      expect(feed.problems, lang).to.deep.equal([]);
      expect(feed.guides.length).to.equal(tree.steps.length);
    });

    if (lang !== 'de') {
      it(`says everything in ${lang}: no text left in German or English`, async () => {
        const [texts, german, english] = await Promise.all(
          [lang, 'de', 'en'].map(async (l) => readerTexts(await loadTree(l), await loadEmergencyWords(l))),
        );
        expect([...texts.keys()], 'a text missing or extra').to.deep.equal([...german.keys()]);
        const left: string[] = [];
        for (const [place, text] of texts) {
          if (!text.trim()) left.push(`${place}: empty`);
          else if (text === german.get(place)) left.push(`${place}: German "${text}"`);
          else if (lang !== 'en' && text === english.get(place)) left.push(`${place}: English "${text}"`);
          else if (germanWords(text).size >= 2) left.push(`${place}: German words ${[...germanWords(text)].join(' ')} in "${text}"`);
        }
        expect(left, lang).to.deep.equal([]);
      });
    }
  }

  it('finds a text left in German', () => {
    expect(germanWords('Rufen Sie in der Praxis an und machen Sie einen Termin.').size).to.be.greaterThan(1);
    expect(germanWords('Karta ubezpieczenia (Gesundheitskarte für Sie und die Familie) z kasy chorych.').size).to.equal(0);
  });

  it('has a default tree for every UI language (issue 19)', () => {
    expect(allLocales.filter((lang) => !TREE_LANGUAGES.includes(lang))).to.deep.equal([]);
  });

  it('translates every sentence of the default tree and keeps its numbers', async () => {
    const de = await loadTree('de');
    const en = await loadTree('en');
    const deWords = await loadEmergencyWords('de');
    const enWords = await loadEmergencyWords('en');
    // Every human-readable text, in the file's order; a word's term stays German on purpose.
    const texts = (tree: TreeFile, words: EmergencyWords) => [
      ...tree.steps.flatMap((s) => [
        s.question,
        s.hint,
        s.title,
        s.text,
        ...(s.answers ?? []).map((a) => a.label),
        ...(s.sections ?? []).flatMap((x) => [x.heading, x.text]),
        ...(s.words ?? []).map((w) => w.meaning),
      ]),
      ...Object.values(words.emergency).flatMap((w) => [w.label, w.description]),
    ] as (string | undefined)[];
    /** Sentences of three words or more: a German term kept beside a translation is not one. */
    const sentences = (text: string) => text.split(/(?<=[.?!:])\s+/).filter((s) => s.trim().split(/\s+/).length >= 3);
    const numbers = (text: string | undefined) => (text?.match(/[0-9]+/g) ?? []).sort();
    const sources = [
      ['de', texts(de, deWords)],
      ['en', texts(en, enWords)],
    ] as const;
    for (const lang of TREE_LANGUAGES.filter((l) => l !== 'de')) {
      const own = texts(await loadTree(lang), await loadEmergencyWords(lang));
      expect(own.length, lang).to.equal(sources[0][1].length);
      own.forEach((text, n) => {
        const where = `${lang} text ${n}: ${text}`;
        expect(typeof text, where).to.equal(typeof sources[0][1][n]);
        if (text === undefined) return;
        // The phone numbers, 1 to 5 of a care level, 5 to 10 euros: the same as in German.
        expect(numbers(text), where).to.deep.equal(numbers(sources[0][1][n]));
        for (const [source, list] of sources) {
          if (source === lang) continue;
          expect(text, `${where} is the ${source} text`).to.not.equal(list[n]);
          for (const sentence of sentences(list[n]!)) expect(text, `${where} keeps a ${source} sentence`).to.not.include(sentence);
        }
      });
    }
  });

  it('writes Farsi with Persian letters, not the Arabic forms of yeh and kaf', async () => {
    const text = JSON.stringify([await loadTree('fa'), await loadEmergencyWords('fa')]);
    expect(text.match(/[\u064A\u0643]/g), 'Arabic ي or ك in the Farsi tree').to.equal(null);
    expect(text).to.match(/[\u06CC\u06A9]/);
  });
});
