// A bound on password hashing: a few scrypt at once (a core is left for everything else), the rest wait in a queue
// per client address served in turn. An address with no recent failures goes before those that have failed, so the
// owner logging in elsewhere gets the next turn however many bogus logins wait.
import { availableParallelism } from 'node:os';

export interface HashingGateOptions {
  concurrency: number;
  /** Waiting attempts one address may have; more are refused at once. */
  maxWaitingPerAddress: number;
  /** Waiting attempts in all; more are refused at once. */
  maxWaiting: number;
}

/** A hash takes ~60 ms of one core: 2 to 4 at once drain a queue of hundreds in seconds. */
export const HASHING_GATE: HashingGateOptions = {
  concurrency: Math.min(4, Math.max(2, availableParallelism() - 1)),
  maxWaitingPerAddress: 256,
  maxWaiting: 1024,
};

export class HashingQueueFull extends Error {
  override name = 'HashingQueueFull';
}

export interface HashingGate {
  /**
   * Runs `work` when a turn comes; `clean` (the address has no recent failures) goes first. `waited` tells `work`
   * whether it queued, so that what was read before may be out of date.
   */
  run<T>(address: string, clean: boolean, work: (waited: boolean) => Promise<T>): Promise<T>;
  /** The address has just failed: its attempts still waiting as clean lose their place to the clean ones. */
  demote(address: string): void;
  stats(): { running: number; waiting: number };
}

type Turns = Map<string, (() => void)[]>;

export function createHashingGate(options: HashingGateOptions = HASHING_GATE): HashingGate {
  let running = 0;
  let waiting = 0;
  // Map order is the turn order: an address served moves to the back if it still has attempts waiting.
  const cleanTurns: Turns = new Map();
  const suspectTurns: Turns = new Map();

  const next = (turns: Turns): (() => void) | undefined => {
    const first = turns.entries().next();
    if (first.done) return undefined;
    const [address, queue] = first.value;
    const wake = queue.shift();
    turns.delete(address);
    if (queue.length > 0) turns.set(address, queue);
    return wake;
  };

  const release = () => {
    const wake = next(cleanTurns) ?? next(suspectTurns);
    if (!wake) {
      running -= 1;
      return;
    }
    // The turn passes straight on: `running` stays as it is.
    waiting -= 1;
    wake();
  };

  return {
    async run(address, clean, work) {
      let waited = false;
      if (running >= options.concurrency) {
        const turns = clean ? cleanTurns : suspectTurns;
        const queue = turns.get(address) ?? [];
        const queued = queue.length + ((clean ? suspectTurns : cleanTurns).get(address)?.length ?? 0);
        if (queued >= options.maxWaitingPerAddress || waiting >= options.maxWaiting) {
          throw new HashingQueueFull('password hashing queue full');
        }
        waited = true;
        waiting += 1;
        await new Promise<void>((resolve) => {
          queue.push(resolve);
          if (!turns.has(address)) turns.set(address, queue);
        });
      } else {
        running += 1;
      }
      try {
        return await work(waited);
      } finally {
        release();
      }
    },
    demote(address) {
      const queue = cleanTurns.get(address);
      if (!queue) return;
      cleanTurns.delete(address);
      const suspect = suspectTurns.get(address);
      if (suspect) suspect.push(...queue);
      else suspectTurns.set(address, queue);
    },
    stats: () => ({ running, waiting }),
  };
}
