/**
 * The agenda drawn in steps: its first lines in the update that shows it,
 * then more in each task after it at background priority until every line
 * is there, so a resident's key press never waits for thousands of lines.
 */
import type { Group } from './calendar-data.js';
import { laterTask } from '../../core/ui/later-task.js';

const FIRST_LINES = 40;
const MORE_LINES = 50;

/** The agenda's day groups up to about `lines` lines (whole groups). */
function groupsUpTo(groups: Group[], lines: number): Group[] {
  let count = 0;
  let end = 0;
  while (end < groups.length && count < lines) count += groups[end++].sessions.length;
  return end === groups.length ? groups : groups.slice(0, end);
}

export class AgendaSteps {
  /** Lines drawn so far. */
  #lines = FIRST_LINES;
  #cancel?: () => void;

  /** `more`: asks for the update that draws the next step. */
  constructor(private readonly more: () => void) {}

  /** A new agenda: the lines already drawn are updated in place and the rest dropped. */
  restart(): void {
    this.#lines = FIRST_LINES;
  }

  /** The groups to draw now. */
  shown(groups: Group[]): Group[] {
    return groupsUpTo(groups, this.#lines);
  }

  pending(groups: Group[]): boolean {
    return this.shown(groups) !== groups;
  }

  stop(): void {
    this.#cancel?.();
    this.#cancel = undefined;
  }

  /** Draws the next step in a task of its own, at background priority where the browser has it: a key press goes first. */
  schedule(): void {
    this.stop();
    this.#cancel = laterTask(() => {
      this.#cancel = undefined;
      this.#lines += MORE_LINES;
      this.more();
    });
  }
}
