/**
 * Broader-topic links that widgets can follow without a guard: no cycles,
 * no chain deeper than `MAX_TOPIC_DEPTH`. Used for each feed by the
 * validator and again for the merged vocabulary of a catalogue.
 */
import { MAX_TOPIC_DEPTH } from './limits.js';

/** Why a topic lost its link to its broader topic. */
export type CutReason = 'acyclic' | 'depth';

/**
 * The topics whose link must go: every topic of a cycle, and each topic that
 * would sit deeper than `MAX_TOPIC_DEPTH` (it becomes a top-level topic, so
 * the topics below it count from there). `parents` maps each topic to its
 * broader topic, which must itself be a key of `parents` or `undefined`.
 *
 * Walks upwards with a loop, never recursion, so a chain of 10,000 topics
 * needs no stack; each topic's depth is settled once.
 */
export function linksToCut(parents: ReadonlyMap<string, string | undefined>): Map<string, CutReason> {
  const depth = new Map<string, number>();
  const cut = new Map<string, CutReason>();
  for (const start of parents.keys()) {
    // Up from `start` to a topic whose depth is known, to the top, or back onto this path (a cycle).
    const path: string[] = [];
    const onPath = new Set<string>();
    let above: string | undefined = start;
    while (above !== undefined && !depth.has(above)) {
      if (onPath.has(above)) {
        for (const id of path.slice(path.indexOf(above))) cut.set(id, 'acyclic');
        break;
      }
      onPath.add(above);
      path.push(above);
      above = parents.get(above);
    }
    // Down again: a cut topic starts at level 1.
    let level = above === undefined ? 0 : (depth.get(above) ?? 0);
    for (let i = path.length - 1; i >= 0; i--) {
      const id = path[i];
      if (cut.has(id)) level = 1;
      else if (level >= MAX_TOPIC_DEPTH) {
        cut.set(id, 'depth');
        level = 1;
      } else level++;
      depth.set(id, level);
    }
  }
  return cut;
}
