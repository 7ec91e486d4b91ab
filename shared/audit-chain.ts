/**
 * The audit chain: every change a device records (one audit entry, one outbox row, one
 * pushed change) carries a hash over the change's fields and the hash of the change before
 * it, so an entry edited, removed, inserted or reordered after the fact no longer fits.
 *
 * One code path for the app (which makes the hashes when it saves, and re-walks its chain
 * when asked) and the central API (which recomputes them on every push): both import this
 * file. Pure TypeScript with an audited pure-JS SHA-256 (@noble/hashes), so it runs in the
 * shared tsconfig (no Node, no DOM) and synchronously inside a SQLite transaction.
 *
 * Only fields the centre receives are chained (seq, record type and id, base version,
 * content hash, officer, recorded-at): the centre can then check every link itself. The
 * content hash binds the whole record as saved, so the field-by-field history can be derived
 * from the chained payloads; the audit row's own diff text and officer name are not chained.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** Bumped only if the canonical text below ever changes (it is part of the genesis). */
export const AUDIT_CHAIN_VERSION = 1;

/** The fields of one chained change, as they travel in a PushChange. */
export interface ChainFields {
  seq: number;
  recordType: string;
  recordId: string;
  baseVersion: number | null;
  contentHash: string;
  officerId: string;
  /** The device-clock time as the device wrote it (never the centre's clamped time). */
  recordedAt: string;
}

/** sha256 hex of UTF-8 text, in pure JS: the same answer everywhere, a few µs per link. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

let linkHash: (text: string) => string = sha256Hex;

/**
 * Lets a host with a native SHA-256 (Node's crypto, in the app's engine and at the centre)
 * hash the chain with it: the centre hashes every pushed change, and the pure-JS hash was a
 * measurable part of a push's CPU there. The answer must be the same hex digest; the unit
 * tests hold both to the same vectors.
 */
export function useNativeSha256(hash: (text: string) => string): void {
  linkHash = hash;
}

/** The hash a device's chain starts from: fixed per device, so chains of two devices never join. */
export function chainGenesis(deviceId: string): string {
  return linkHash(`field-recorder audit chain v${AUDIT_CHAIN_VERSION}\n${deviceId}`);
}

/**
 * The exact text hashed for one link: the previous hash and the fields, one per line. No
 * field can hold a newline (the wire schemas restrict them to ids, numbers, hex, record
 * type names, printable officer ids and ISO times), so the text is unambiguous; chainLink
 * refuses one anyway rather than hash something that could be read two ways.
 */
export function chainInput(prevHash: string, f: ChainFields): string {
  const parts = [prevHash, String(f.seq), f.recordType, f.recordId, f.baseVersion === null ? 'null' : String(f.baseVersion), f.contentHash, f.officerId, f.recordedAt];
  for (const part of parts) if (part.includes('\n')) throw new Error('An audit chain field cannot contain a newline');
  return parts.join('\n');
}

/** The chain hash of one change: sha256(previous chain hash + its fields). */
export function chainLink(prevHash: string, fields: ChainFields): string {
  return linkHash(chainInput(prevHash, fields));
}

/** Why a link did not verify, in the words both sides use. */
export type ChainBreakReason = 'mismatch' | 'missing';

export interface ChainCheck {
  seq: number;
  reason: ChainBreakReason;
  /** What the chain says this change's hash must be (null when the previous hash was unknown). */
  expected: string | null;
  /** What the change claimed (null when it carried no chain hash). */
  got: string | null;
}

/**
 * Verifies consecutive changes against a starting hash. After a break it carries on from
 * the hash the change *claimed* (or, if the next link was made from the hash the broken one
 * should have had, from that), so one altered entry is flagged once, not with everything
 * after it. A change with no chain hash is a break; the one after it is checked against the
 * hash the missing one should have had, and if it does not fit that, it becomes the new anchor.
 * `prevHash` null: the hash before the first change is unknown, so the first change anchors.
 * `alternativeHash`: what the last link of the previous batch should have been when it did
 * not verify (`alternative` of that batch's result), so a break at a batch's end is flagged
 * once too, not again with the next batch's first change.
 */
export function verifyChain(
  prevHash: string | null,
  changes: ReadonlyArray<ChainFields & { chainHash?: string | null | undefined }>,
  alternativeHash: string | null = null,
): { breaks: ChainCheck[]; head: string | null; alternative: string | null; verified: number } {
  const breaks: ChainCheck[] = [];
  let prev = prevHash;
  /** After a break, what the broken link should have been: the next link may fit that instead. */
  let alternative: string | null = alternativeHash;
  let verified = 0;
  for (const change of changes) {
    const got = change.chainHash ?? null;
    let expected: string | null = null;
    for (const from of [prev, alternative]) {
      if (from === null) continue;
      const link = chainLink(from, change);
      expected ??= link;
      if (link === got) expected = link;
    }
    if (got === null) breaks.push({ seq: change.seq, reason: 'missing', expected, got });
    else if (expected !== null && expected !== got) breaks.push({ seq: change.seq, reason: 'mismatch', expected, got });
    else if (expected !== null) verified++;
    alternative = expected !== got ? expected : null;
    prev = got;
  }
  return { breaks, head: prev ?? alternative, alternative: prev === null ? null : alternative, verified };
}
