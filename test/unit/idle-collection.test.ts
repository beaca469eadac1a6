import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { test } from 'node:test';
import { fullCollection } from '../../src/watch/idle-collection.ts';

test('fullCollection: a real full collection, and --expose-gc is off again afterwards', async () => {
  const collect = fullCollection();
  assert.equal(typeof collect, 'function');
  assert.equal((globalThis as { gc?: unknown }).gc, undefined);
  let garbage: object[] | null = Array.from({ length: 1000 }, (_, i) => ({ i }));
  const promoted = new WeakRef(garbage);
  // Survive a few scavenges first, so only a full (old generation) collection can free it.
  for (let round = 0; round < 3; round++) Array.from({ length: 200_000 }, (_, i) => ({ i }));
  garbage = null;
  // A WeakRef keeps its target until the current job ends.
  await nextTurn();
  collect();
  assert.equal(promoted.deref(), undefined);
});
