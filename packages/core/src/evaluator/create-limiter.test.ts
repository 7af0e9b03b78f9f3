import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter';

describe('createLimiter', () => {
  it('should run at most `concurrency` tasks at once, in FIFO order', async () => {
    const limiter = createLimiter(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        limiter.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          order.push(index);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('should drop an aborted waiter from the queue', async () => {
    const limiter = createLimiter(1);
    let release: () => void = () => undefined;
    const busy = limiter.run(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const controller = new AbortController();
    const waiting = limiter.run(async () => 'ran', { signal: controller.signal });
    expect(limiter.waiting).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'aborted' });
    expect(limiter.waiting).toBe(0);
    release();
    await busy;
    expect(limiter.active).toBe(0);
  });

  it('should reject a non-positive concurrency', () => {
    expect(() => createLimiter(0)).toThrow(/Invalid concurrency/);
  });
});
