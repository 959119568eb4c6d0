// `npm test`: the static checks (types, lint, format) run beside the test suite instead of before it, at the lowest
// priority. The suite spends much of its time waiting on Temporal timers, PostgreSQL and browsers, leaving cores idle
// that the checks can use;
// run one after the other the two took 13–14 minutes of a 2-core machine, side by side about as long as the suite.
// The suite's output streams as it runs; the checks' is printed when they end. Fails if any of them fails.
import { spawn } from 'node:child_process';

interface Outcome {
  name: string;
  code: number;
  output: string;
}

/** Runs a command; its output streamed (`live`) or kept for the end. */
function run(name: string, command: string, args: readonly string[], live: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ name, code: 1, output: `${output}${String(error)}\n` }));
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output }));
  });
}

// The checks yield the cores to the suite (nice 19, where `nice` exists): they have no clock to keep, while the suite's
// browsers, dev servers and `npm start` have timeouts, and the suite leaves cores idle while it waits.
const niced = (command: string, args: string[]): [string, string[]] =>
  process.platform === 'win32' ? [command, args] : ['nice', ['-n', '19', command, ...args]];

async function checks(): Promise<Outcome[]> {
  const done: Outcome[] = [];
  for (const script of ['typecheck', 'lint', 'format:check']) {
    const outcome = await run(script, ...niced('npm', ['run', '--silent', script]), false);
    done.push(outcome);
    if (outcome.code !== 0) break;
  }
  return done;
}

const started = Date.now();
const [checked, suite] = await Promise.all([
  checks(),
  run('vitest', 'npx', ['vitest', 'run', ...process.argv.slice(2)], true),
]);
for (const outcome of checked) {
  process.stdout.write(
    `\n── npm run ${outcome.name}: ${outcome.code === 0 ? 'passed' : `FAILED (exit ${outcome.code})`}\n`,
  );
  if (outcome.code !== 0 || outcome.output.trim()) process.stdout.write(outcome.output);
}
const failed = [...checked, suite].filter((o) => o.code !== 0).map((o) => o.name);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
process.stdout.write(
  failed.length === 0
    ? `\nnpm test passed in ${minutes} min\n`
    : `\nnpm test FAILED (${failed.join(', ')}) after ${minutes} min\n`,
);
process.exit(failed.length === 0 ? 0 : 1);
