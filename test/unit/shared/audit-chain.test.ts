import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainGenesis, chainInput, chainLink, sha256Hex, useNativeSha256, verifyChain, type ChainFields } from '../../../shared/audit-chain';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const DEVICE = '0190a1b2-0000-7000-8000-00000000000d';

function fields(seq: number, overrides: Partial<ChainFields> = {}): ChainFields {
  return {
    seq,
    recordType: 'arrival',
    recordId: `0190a1b2-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    baseVersion: null,
    contentHash: nodeSha256(`payload ${seq}`),
    officerId: '0190a1b2-0000-7000-8000-0000000000aa',
    recordedAt: '2025-08-06T03:30:00.000Z',
    ...overrides,
  };
}

/** A well-formed chain of n links from the genesis. */
function chain(n: number): (ChainFields & { chainHash: string })[] {
  let prev = chainGenesis(DEVICE);
  return Array.from({ length: n }, (_, i) => {
    const f = fields(i + 1);
    prev = chainLink(prev, f);
    return { ...f, chainHash: prev };
  });
}

describe('audit chain hash', () => {
  it('is SHA-256 of the UTF-8 text, the same as Node’s', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => sha256Hex(text) === nodeSha256(text)), { numRuns: 300 });
  });

  it('links the same chain with a host’s native SHA-256 as with the pure-JS one', () => {
    const pure = chain(5);
    useNativeSha256(nodeSha256);
    try {
      expect(chain(5)).toEqual(pure);
    } finally {
      useNativeSha256(sha256Hex);
    }
  });

  it('chains the previous hash and every field the centre sees, one per line', () => {
    const genesis = chainGenesis(DEVICE);
    expect(genesis).toBe(nodeSha256(`field-recorder audit chain v1\n${DEVICE}`));
    expect(chainGenesis('0190a1b2-0000-7000-8000-00000000000e')).not.toBe(genesis);
    const f = fields(1);
    expect(chainInput(genesis, f)).toBe([genesis, '1', 'arrival', f.recordId, 'null', f.contentHash, f.officerId, f.recordedAt].join('\n'));
    expect(chainLink(genesis, f)).toBe(nodeSha256(chainInput(genesis, f)));
    expect(chainInput(genesis, { ...f, baseVersion: 7 })).toContain('\n7\n');
  });

  it('changes when any field or the previous hash changes', () => {
    const genesis = chainGenesis(DEVICE);
    const base = chainLink(genesis, fields(1));
    const variants: Partial<ChainFields>[] = [
      { seq: 2 },
      { recordType: 'interception' },
      { recordId: '0190a1b2-0000-7000-8000-0000000000ff' },
      { baseVersion: 1 },
      { contentHash: nodeSha256('other') },
      { officerId: 'someone-else' },
      { recordedAt: '2025-08-06T03:30:00.001Z' },
    ];
    for (const v of variants) expect(chainLink(genesis, { ...fields(1), ...v })).not.toBe(base);
    expect(chainLink(nodeSha256('x'), fields(1))).not.toBe(base);
  });

  it('refuses a field with a newline rather than hash text that reads two ways', () => {
    expect(() => chainLink(chainGenesis(DEVICE), fields(1, { officerId: 'a\nb' }))).toThrow(/newline/);
  });
});

describe('verifyChain', () => {
  it('verifies a well-formed chain', () => {
    const links = chain(5);
    expect(verifyChain(chainGenesis(DEVICE), links)).toEqual({ breaks: [], head: links[4]!.chainHash, alternative: null, verified: 5 });
    // …and from any point of it, given the hash before.
    expect(verifyChain(links[1]!.chainHash, links.slice(2))).toMatchObject({ breaks: [], verified: 3 });
  });

  it('flags an edited entry once and carries on from the hash it claimed', () => {
    const links = chain(5);
    links[2] = { ...links[2]!, officerId: 'forged' };
    const result = verifyChain(chainGenesis(DEVICE), links);
    expect(result.breaks).toEqual([{ seq: 3, reason: 'mismatch', expected: chainLink(links[1]!.chainHash, links[2]!), got: links[2]!.chainHash }]);
    expect(result.verified).toBe(4);
  });

  it('flags a link whose hash alone was replaced once: the next link fits the hash it should have had', () => {
    const links = chain(4);
    links[1] = { ...links[1]!, chainHash: 'f'.repeat(64) };
    expect(verifyChain(chainGenesis(DEVICE), links)).toMatchObject({ breaks: [{ seq: 2, reason: 'mismatch', got: 'f'.repeat(64) }], verified: 3 });
  });

  it('flags a replaced hash at the end of one batch once, not again at the start of the next', () => {
    const links = chain(4);
    const forged = { ...links[1]!, chainHash: 'f'.repeat(64) };
    const first = verifyChain(chainGenesis(DEVICE), [links[0]!, forged]);
    expect(first).toMatchObject({ breaks: [{ seq: 2, reason: 'mismatch' }], head: 'f'.repeat(64), alternative: links[1]!.chainHash });
    expect(verifyChain(first.head, links.slice(2), first.alternative)).toMatchObject({ breaks: [], verified: 2, alternative: null });
    // Without the carried alternative, the next batch's first link would be flagged as well.
    expect(verifyChain(first.head, links.slice(2)).breaks.map((b) => b.seq)).toEqual([3]);
  });

  it('flags a removed or reordered entry', () => {
    const links = chain(5);
    const removed = [links[0]!, links[2]!, links[3]!].map((l, i) => ({ ...l, seq: i + 1 }));
    expect(verifyChain(chainGenesis(DEVICE), removed).breaks.map((b) => b.seq)).toEqual([2, 3]);
    const swapped = [links[0]!, links[2]!, links[1]!, links[3]!];
    expect(verifyChain(chainGenesis(DEVICE), swapped).breaks.length).toBeGreaterThan(0);
  });

  it('flags a change with no chain hash; the next one is checked against the hash it should have had, or anchors', () => {
    const links = chain(4);
    const stripped = links.map((l, i) => (i === 1 ? { ...l, chainHash: undefined } : l));
    const result = verifyChain(chainGenesis(DEVICE), stripped);
    expect(result.breaks).toEqual([{ seq: 2, reason: 'missing', expected: links[1]!.chainHash, got: null }]);
    expect(result.verified).toBe(3);
    const other = stripped.map((l, i) => (i === 2 ? { ...l, chainHash: 'e'.repeat(64) } : l));
    expect(verifyChain(chainGenesis(DEVICE), other)).toMatchObject({ breaks: [{ seq: 2, reason: 'missing' }, { seq: 3, reason: 'mismatch' }], verified: 2 });
  });

  it('takes the first change as the anchor when the hash before it is unknown', () => {
    const links = chain(4);
    expect(verifyChain(null, links.slice(2))).toEqual({ breaks: [], head: links[3]!.chainHash, alternative: null, verified: 1 });
  });
});
