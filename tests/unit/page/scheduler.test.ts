// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../../src/page/scheduler';
import { isOwnNode } from '../../../src/page/mount';
import { FakeWindow } from './harness';

function setup(onMutations: (r: MutationRecord[]) => void = () => undefined) {
  const win = new FakeWindow();
  const s = new Scheduler({ target: document, env: win, isOwn: isOwnNode, onMutations });
  s.start();
  return { win, s };
}

describe('scheduler', () => {
  it('runs every job’s read before any job’s write, in one frame', () => {
    const { win, s } = setup();
    const log: string[] = [];
    const job = (n: number) => ({
      read: () => {
        log.push(`read${n}`);
        return n * 10;
      },
      write: (r: number) => log.push(`write${n}:${r}`),
    });
    s.schedule(job(1));
    s.schedule(job(2));
    s.schedule(job(3));
    expect(win.rafRequests).toBe(1);
    expect(log).toEqual([]);
    win.frame();
    expect(log).toEqual(['read1', 'read2', 'read3', 'write1:10', 'write2:20', 'write3:30']);
    s.stop();
  });

  it('queues the same job once per frame and coalesces bursts into one frame', () => {
    const { win, s } = setup();
    let reads = 0;
    const job = { read: () => reads++, write: () => undefined };
    for (let i = 0; i < 100; i++) s.schedule(job);
    expect(win.rafRequests).toBe(1);
    win.frame();
    expect(reads).toBe(1);
    s.schedule(job);
    expect(win.rafRequests).toBe(2);
    s.stop();
  });

  it('a throwing job does not stop the others and never throws into the page', () => {
    const { win, s } = setup();
    const log: string[] = [];
    s.schedule({ read: () => { throw new Error('boom'); }, write: () => log.push('w1') });
    s.schedule({ read: () => 1, write: () => log.push('w2') });
    expect(() => win.frame()).not.toThrow();
    expect(log).toEqual(['w1', 'w2']);
    s.stop();
  });

  it('uses one MutationObserver, drops mutations inside or of our own hosts, and reports the rest synchronously', async () => {
    const seen: MutationRecord[][] = [];
    const { s } = setup((r) => seen.push(r));
    const host = document.createElement('rxl-badge');
    document.body.append(host); // our host appended: ignored
    host.setAttribute('data-rxl-key', 'x:1');
    host.append(document.createElement('span')); // inside our host: ignored
    await Promise.resolve();
    expect(seen).toEqual([]);
    const div = document.createElement('div');
    document.body.append(div);
    await Promise.resolve();
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]!.addedNodes[0]).toBe(div);
    s.start(); // a second start() is a no-op
    expect(s.observing).toBe(true);
    s.stop();
    document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(seen).toHaveLength(1);
    expect(s.observing).toBe(false);
    host.remove();
    div.remove();
  });

  it('stop() cancels the pending frame and refuses new work', () => {
    const { win, s } = setup();
    s.schedule({ read: () => 0, write: () => undefined });
    expect(win.pendingFrames).toBe(1);
    s.stop();
    expect(win.pendingFrames).toBe(0);
    s.schedule({ read: () => 0, write: () => undefined });
    expect(win.pendingFrames).toBe(0);
  });
});
