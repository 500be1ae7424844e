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
import de from '../../src/components/health-guide/trees/health-de.json' with { type: 'json' };
import deWords from '../../src/components/health-guide/trees/emergency-de.json' with { type: 'json' };
import en from '../../src/components/health-guide/trees/health-en.json' with { type: 'json' };
import enWords from '../../src/components/health-guide/trees/emergency-en.json' with { type: 'json' };
import ar from '../../src/components/health-guide/trees/health-ar.json' with { type: 'json' };
import arWords from '../../src/components/health-guide/trees/emergency-ar.json' with { type: 'json' };
import tr from '../../src/components/health-guide/trees/health-tr.json' with { type: 'json' };
import trWords from '../../src/components/health-guide/trees/emergency-tr.json' with { type: 'json' };
import uk from '../../src/components/health-guide/trees/health-uk.json' with { type: 'json' };
import ukWords from '../../src/components/health-guide/trees/emergency-uk.json' with { type: 'json' };
import ru from '../../src/components/health-guide/trees/health-ru.json' with { type: 'json' };
import ruWords from '../../src/components/health-guide/trees/emergency-ru.json' with { type: 'json' };

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

  it('ships a default tree per language with the same steps, answers and links, all valid and free of problems', () => {
    const trees = { de, en, ar, tr, uk, ru } as unknown as Record<string, { language: string; steps: GuideStep[] }>;
    const words = { de: deWords, en: enWords, ar: arWords, tr: trWords, uk: ukWords, ru: ruWords } as Record<string, { language: string; emergency: Record<string, unknown> }>;
    const shape = (steps: GuideStep[]) => steps.map((s) => `${s.id}:${s.options ?? ''}:${s.next ?? ''}:${(s.answers ?? []).map((a) => `${a.id}>${a.next}>${a.explain}>${JSON.stringify(a.services)}`).join('|')}:${s.words?.map((w) => w.term).join('|')}`);
    for (const [lang, tree] of Object.entries(trees)) {
      expect(tree.language).to.equal(lang);
      expect(shape(tree.steps), lang).to.deep.equal(shape(trees.de.steps));
      expect(words[lang].language).to.equal(lang);
      expect(Object.keys(words[lang].emergency).sort(), lang).to.deep.equal(['110', '112', '116117', 'poison', 'poison-unset', 'telefonseelsorge', 'women']);
      const feed = validateFeed(minimalFeed({ language: lang, guides: tree.steps }), `tree-${lang}`);
      expect(feed.problems, lang).to.deep.equal([]);
      expect(feed.guides.length).to.equal(tree.steps.length);
    }
    expect(de.steps.map((s) => s.id).sort()).to.deep.equal([...DEFAULT_GUIDE_QUESTIONS, ...DEFAULT_GUIDE_EXPLANATIONS].sort());
  });
});
