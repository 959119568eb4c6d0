// `npm run build:workflows [file]`: bundles workflows/ once, for worker processes started with WORKFLOW_BUNDLE
// (the Docker image does this at build time, so a restarted worker does not spend ~15 s bundling).
import path from 'node:path';
import { writeWorkflowBundle } from './worker-runtime';

const file = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
const started = performance.now();
await writeWorkflowBundle(file);
console.log(`wrote ${path.relative(process.cwd(), file)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
