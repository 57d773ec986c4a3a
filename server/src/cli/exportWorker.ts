// Entry point of an export worker thread (bundled to dist/exportWorker.js). It exports the
// articles it is sent one at a time, in the order sent, which the pool relies on after a crash.
import { parentPort, workerData } from 'node:worker_threads';
import { exportArticleSafely } from './exportArticle';
import type { ExportDone, ExportTask, ExportWorkerData } from './parallel';

const port = parentPort;
if (!port) throw new Error('exportWorker runs as a worker thread of the factmark CLI');
const { published } = workerData as ExportWorkerData;

let chain: Promise<void> = Promise.resolve();
port.on('message', (task: ExportTask) => {
  chain = chain.then(async () => {
    const done: ExportDone = { index: task.index, result: await exportArticleSafely(task.target, published, false) };
    port.postMessage(done);
  });
});
