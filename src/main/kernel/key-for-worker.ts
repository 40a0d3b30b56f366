/**
 * A key as its own bytes, to post to a worker thread. The ring's keys are views into Node's shared
 * buffer pool (Buffer.concat of a few bytes takes a pool slice), and posting a view copies the whole
 * underlying block, other data included. The caller wipes the copy once the worker is done with it.
 */
export const keyForWorker = (key: Uint8Array): Uint8Array => Uint8Array.from(key);
