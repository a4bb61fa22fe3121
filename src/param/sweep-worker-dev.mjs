// Development bootstrap for the sweep worker when subgame runs from its TypeScript sources (tests, tsx):
// registers tsx's loader in this worker thread, then loads the worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
