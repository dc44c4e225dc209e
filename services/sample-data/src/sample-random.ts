/**
 * Seeded randomness for the sample data: integer arithmetic only (Math.imul, shifts), so the same
 * seed gives the same sequence on every machine and Node version.
 */

/** Changing this reshuffles every generated trajectory; the tests pin what the current value gives. */
const SALT = "hpig-sample-3438";

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit number. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32, a small 32-bit generator. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)];
    },
  };
}

/**
 * An independent stream for one purpose ("task", "trajectory", "text", …) of a task, or of one
 * lead of it: changing how text is drawn never moves a trajectory.
 */
export function rngFor(taskCode: string, leadAgency: string | null, purpose: string): Rng {
  return createRng(hashText(`${SALT}|${taskCode}|${leadAgency ?? "*"}|${purpose}`));
}
