import { describe, expect, test } from 'vitest';
import { shareRead } from '../../server/cache/shared-read.js';

/** A read whose answers the test releases one by one. */
function createControlledRead() {
  const pending: ((value: number) => void)[] = [];
  let sent = 0;
  const read = () => {
    sent += 1;
    return new Promise<number>((resolve) => pending.push(resolve));
  };
  const whenSent = async (count: number) => {
    while (sent < count) await new Promise((resolve) => setImmediate(resolve));
  };
  return { read, pending, whenSent, sent: () => sent };
}

describe('shareRead: one read for the callers that ask before it is sent', () => {
  test('callers in the same turn share one read', async () => {
    const controlled = createControlledRead();
    const read = shareRead(controlled.read);
    const answers = Promise.all([read(), read(), read()]);
    await controlled.whenSent(1);
    controlled.pending[0]!(7);

    expect(await answers).toEqual([7, 7, 7]);
    expect(controlled.sent()).toBe(1);
  });

  test('a caller that asks after the read was sent waits for a read of its own', async () => {
    const controlled = createControlledRead();
    const read = shareRead(controlled.read);
    const first = read();
    await controlled.whenSent(1);
    const second = read();
    await controlled.whenSent(2);
    controlled.pending[0]!(1);
    controlled.pending[1]!(2);

    expect(await first).toBe(1);
    expect(await second).toBe(2);
  });

  test('a failed read fails its callers, and the next caller reads again', async () => {
    let calls = 0;
    const read = shareRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return calls;
    });

    await expect(read()).rejects.toThrow('down');
    expect(await read()).toBe(2);
  });
});
