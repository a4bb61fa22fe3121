/**
 * Worker thread of {@link sweepRegions}: evaluates rows of the grid it is sent and posts them back.
 * @remarks Since 0.1.0
 */
import { parentPort } from 'node:worker_threads';
import { type ReducedRegion, evaluateRows } from './sweep.js';

type Job = { regions: ReducedRegion[]; xName: string; yName: string; xs: string[]; ys: string[]; row: number };

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage({ row: job.row, rows: evaluateRows(job.regions, job.xName, job.yName, job.xs, job.ys) });
});
