// The password hashing gate: never more than its concurrency at once, turns in rotation between addresses, clean
// addresses first, and bounded queues that refuse at once.
import { describe, expect, it } from 'vitest';
import { createHashingGate, HashingQueueFull } from '../../services/hashing-gate';

/** A piece of work the test finishes by hand, recording when it started. */
function controllable(log: string[], name: string) {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    work: async () => {
      log.push(name);
      await done;
      return name;
    },
    finish: () => finish(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('hashing gate', () => {
  it('runs at most `concurrency` at once and serves waiting addresses in turn, clean ones first', async () => {
    const gate = createHashingGate({ concurrency: 2, maxWaitingPerAddress: 10, maxWaiting: 100 });
    const started: string[] = [];
    const jobs = new Map<string, ReturnType<typeof controllable>>();
    const results: Promise<string>[] = [];
    const submit = (address: string, clean: boolean, name: string) => {
      const job = controllable(started, name);
      jobs.set(name, job);
      results.push(gate.run(address, clean, job.work));
    };
    for (let i = 1; i <= 5; i += 1) submit('A', false, `a${i}`);
    submit('B', false, 'b1');
    submit('B', false, 'b2');
    submit('C', true, 'c1');
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    expect(gate.stats()).toEqual({ running: 2, waiting: 6 });

    for (const name of ['a1', 'a2', 'c1', 'a3', 'b1', 'a4', 'b2', 'a5']) {
      jobs.get(name)?.finish();
      await settle();
    }
    // The clean address first, then A and B alternate.
    expect(started).toEqual(['a1', 'a2', 'c1', 'a3', 'b1', 'a4', 'b2', 'a5']);
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'c1']);
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('tells the work whether it waited', async () => {
    const gate = createHashingGate({ concurrency: 1, maxWaitingPerAddress: 10, maxWaiting: 10 });
    const first = controllable([], 'first');
    const waits: boolean[] = [];
    const a = gate.run('A', true, async (waited) => {
      waits.push(waited);
      return first.work();
    });
    const b = gate.run('B', true, async (waited) => {
      waits.push(waited);
      return 'second';
    });
    await settle();
    first.finish();
    await Promise.all([a, b]);
    expect(waits).toEqual([false, true]);
  });

  it('refuses at once when an address or the whole queue is full, and frees its place when work fails', async () => {
    const gate = createHashingGate({ concurrency: 1, maxWaitingPerAddress: 2, maxWaiting: 3 });
    const blocker = controllable([], 'blocker');
    const running = gate.run('A', true, blocker.work);
    const queued = [gate.run('A', true, async () => 'a'), gate.run('A', false, async () => 'a')];
    await expect(gate.run('A', true, async () => 'a')).rejects.toBeInstanceOf(HashingQueueFull);
    queued.push(gate.run('B', true, async () => 'b'));
    await expect(gate.run('C', true, async () => 'c')).rejects.toBeInstanceOf(HashingQueueFull);
    blocker.finish();
    await Promise.all([running, ...queued]);
    await expect(
      gate.run('A', true, async () => {
        throw new Error('scrypt failed');
      }),
    ).rejects.toThrow('scrypt failed');
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('moves the waiting attempts of an address that just failed behind the clean ones', async () => {
    const gate = createHashingGate({ concurrency: 1, maxWaitingPerAddress: 10, maxWaiting: 10 });
    const started: string[] = [];
    const blocker = controllable(started, 'blocker');
    const results = [gate.run('X', true, blocker.work)];
    for (const [address, name] of [
      ['A', 'a1'],
      ['A', 'a2'],
      ['B', 'b1'],
    ] as const) {
      results.push(
        gate.run(address, true, async () => {
          started.push(name);
          return name;
        }),
      );
    }
    gate.demote('A');
    gate.demote('nobody');
    blocker.finish();
    await Promise.all(results);
    expect(started).toEqual(['blocker', 'b1', 'a1', 'a2']);
  });
});
