/**
 * The single IPC entry refuses any frame but the app's own top-level page, before anything
 * else runs. The events are shaped like Electron's IpcMainInvokeEvent (senderFrame, and
 * sender.mainFrame), with WebFrameMain-like frames.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/domain/errors';
import { guardedApiHandler, type InvokeEventLike } from '../../../electron/main/ipc-guard';

interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
}

function frame(url: string, parent: FakeFrame | null = null): FakeFrame {
  let origin = 'null';
  try {
    origin = new URL(url).origin;
  } catch {
    // keep 'null', as Chromium reports for opaque origins
  }
  return { url, origin, parent };
}

/** An invoke event from `sender` (a frame) in a page whose top frame is `main`. */
function invokeEvent(sender: FakeFrame | null, main: FakeFrame): InvokeEventLike {
  return { senderFrame: sender, sender: { mainFrame: main } } as unknown as InvokeEventLike;
}

function setup() {
  const call = vi.fn(async (_method: string, _input: unknown): Promise<Result<unknown>> => ({ ok: true, value: 'ran' }));
  return { call, handle: guardedApiHandler(call) };
}

const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN' } };

describe('IPC from an unexpected frame is refused with FORBIDDEN and nothing runs', () => {
  /** The page's own top frame sends (sender and mainFrame are the same object). */
  const top = (url: string) => {
    const page = frame(url);
    return { sender: page as FakeFrame | null, main: page };
  };
  /** A frame inside the app's page sends. */
  const sub = (url: string) => {
    const main = frame('app://renderer/index.html');
    return { sender: frame(url, main) as FakeFrame | null, main };
  };

  const cases: [string, { sender: FakeFrame | null; main: FakeFrame }][] = [
    ['a subframe of the app page, even at an app:// URL', sub('app://renderer/index.html')],
    ['a foreign subframe inside the app page', sub('https://example.com/')],
    ['a page of another origin', top('https://example.com/')],
    ['app:// with another host', top('app://evil/index.html')],
    ['app:// with a look-alike host', top('app://renderer.evil.com/index.html')],
    ['file://', top('file:///opt/field-recorder/dist/renderer/index.html')],
    ['browser mode’s http://127.0.0.1 in the desktop app', top('http://127.0.0.1:5180/index.html')],
    ['http://localhost', top('http://localhost:5180/')],
    ['about:blank', top('about:blank')],
    ['a data: URL', top('data:text/html,<p>x</p>')],
    ['an unparsable URL', top('not a url')],
    ['a destroyed frame (senderFrame null)', { sender: null, main: frame('app://renderer/index.html') }],
    ['a frame that is not its page’s main frame, at the app URL', { sender: frame('app://renderer/index.html'), main: frame('app://renderer/index.html') }],
  ];

  for (const [name, { sender, main }] of cases) {
    it(name, async () => {
      const { call, handle } = setup();
      await expect(handle(invokeEvent(sender, main), 'sync.status', undefined)).resolves.toMatchObject(FORBIDDEN);
      expect(call).not.toHaveBeenCalled();
    });
  }

  it('the sender is checked before the method name: a malformed call from a foreign frame is FORBIDDEN too', async () => {
    const { call, handle } = setup();
    const foreign = frame('https://example.com/');
    await expect(handle(invokeEvent(foreign, foreign), 42, { anything: true })).resolves.toMatchObject(FORBIDDEN);
    expect(call).not.toHaveBeenCalled();
  });
});

describe('IPC from the app’s own app:// main frame', () => {
  it('is dispatched with the method and input unchanged', async () => {
    const { call, handle } = setup();
    const page = frame('app://renderer/index.html#/interceptions/new');
    const input = { query: 'x' };
    await expect(handle(invokeEvent(page, page), 'arrivals.search', input)).resolves.toEqual({ ok: true, value: 'ran' });
    expect(call).toHaveBeenCalledExactlyOnceWith('arrivals.search', input);
  });

  it('a call without a method name is refused as VALIDATION, not run', async () => {
    const { call, handle } = setup();
    const page = frame('app://renderer/index.html');
    await expect(handle(invokeEvent(page, page), undefined, {})).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(call).not.toHaveBeenCalled();
  });
});
