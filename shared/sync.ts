/**
 * The wire protocol between the app and the central API (DESIGN.md "Sync"). Pure zod:
 * the server parses every request with these schemas, the OpenAPI document is generated
 * from them, and the app's sync client can parse every answer with them.
 *
 * Ids on the wire are lowercase UUIDs (the app makes UUIDv7s) so that comparing them as
 * strings gives the same order as PostgreSQL's uuid type; receipts depend on that.
 */
import { z } from 'zod';
import { ERROR_CODES } from './domain/errors';

export const SYNC_PROTOCOL_VERSION = 1;
/** One push carries at most this many changes… */
export const MAX_BATCH_CHANGES = 2000;
/** …and at most this many bytes of JSON request body (after gzip is undone). */
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;
export const MAX_RECEIPT_RANGES = 256;
/** A differing receipt range with at most this many records at the centre lists them. */
export const RECEIPT_DETAIL_MAX = 50;

const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const WireId = z.string().regex(LOWER_UUID, { error: 'Expected a lowercase UUID' });
export const Seq = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const ServerVersion = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Expected a lowercase SHA-256 hex digest' });
/** 'interception', 'arrival', 'returns_case', …: new types sync without a protocol change. */
export const RecordType = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'Expected a record type such as interception' });
export const OfficerId = z.string().regex(/^[\x21-\x7e]{1,64}$/, { error: 'Expected an officer id (1–64 printable characters)' });
/** A device-clock instant: it labels a change, it never orders one. */
export const DeviceInstant = z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 date-time' });
/** The device's 5-character Crockford base-32 code, part of every reference it makes. */
export const DeviceCode = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{5}$/, { error: 'Expected a 5-character device code' });

export const FieldIssueSchema = z.object({ path: z.string(), message: z.string() });
/** The error body of every 4xx/5xx answer: the same shape as shared/domain/errors.ts. */
export const ErrorBodySchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(FieldIssueSchema).optional(),
});

// ---------------------------------------------------------------- push

/** One outbox row. `payload` is the full record after the change (camelCase, with `id`). */
export const PushChange = z.strictObject({
  seq: Seq,
  recordType: RecordType,
  recordId: WireId,
  baseVersion: ServerVersion.nullable(),
  /** Checked per change, so one bad record is `rejected` instead of blocking the queue. */
  payload: z.unknown(),
  /** sha256 hex of JSON.stringify(payload): the text the device stored in its outbox. */
  contentHash: Sha256Hex,
  officerId: OfficerId,
  recordedAt: DeviceInstant,
  /**
   * The audit chain (shared/audit-chain.ts): chainLink(the previous change's chainHash, or
   * chainGenesis(deviceId) for seq 1, and this change's fields). The app always sends it; it
   * is optional only so that app versions from before the chain can still push. Once a
   * device's chain has started, a change without it is flagged as a break.
   */
  chainHash: Sha256Hex.optional(),
});
export type PushChange = z.infer<typeof PushChange>;

export const PushRequest = z
  .strictObject({
    deviceId: WireId,
    /** Made by the client per batch; resending the same batch with the same id replays the answer. */
    batchId: WireId,
    firstSeq: Seq,
    lastSeq: Seq,
    changes: z.array(PushChange).min(1).max(MAX_BATCH_CHANGES, { error: `At most ${MAX_BATCH_CHANGES} changes per batch` }),
  })
  .superRefine((batch, ctx) => {
    // Contiguous seqs are what let the server tell a gap from a duplicate.
    batch.changes.forEach((change, i) => {
      if (change.seq !== batch.firstSeq + i) {
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'seq'], message: `Expected seq ${batch.firstSeq + i}: a batch holds contiguous seqs from firstSeq` });
      }
    });
    if (batch.lastSeq !== batch.firstSeq + batch.changes.length - 1) {
      ctx.addIssue({ code: 'custom', path: ['lastSeq'], message: 'lastSeq must be the seq of the last change' });
    }
  });
export type PushRequest = z.infer<typeof PushRequest>;

export const ChangeOutcome = z.enum(['applied', 'conflict', 'rejected']);

export const AppliedResult = z.object({
  seq: Seq,
  status: z.literal('applied'),
  /** The record's server version now: the client's next baseVersion for it. */
  version: ServerVersion,
  /** The device clock was ahead of the server's: recordedAt was stored as the server's time. */
  recordedAtClamped: z.boolean().optional(),
});
export const ConflictResult = z.object({
  seq: Seq,
  status: z.literal('conflict'),
  conflictId: WireId,
  /** The centre kept its copy; both are stored until an officer resolves the conflict. */
  serverVersion: ServerVersion,
  serverPayload: z.unknown(),
  serverContentHash: Sha256Hex,
  /**
   * The centre's copy at the change's baseVersion: what both sides started from, so the device
   * can tell which fields each side changed and combine the copies instead of dropping one.
   * Absent when the centre does not hold that version of the record (or from an older centre).
   */
  basePayload: z.unknown().optional(),
});
export const RejectedResult = z.object({
  seq: Seq,
  status: z.literal('rejected'),
  issues: z.array(FieldIssueSchema).min(1),
});
export const DuplicateResult = z.object({
  seq: Seq,
  status: z.literal('duplicate'),
  /** What the centre did with this seq the first time (null if it no longer knows). */
  original: ChangeOutcome.nullable(),
  version: ServerVersion.nullable(),
  /** false: this seq was first received with different content (e.g. a device restored from an old backup). */
  sameContent: z.boolean().nullable(),
  /**
   * A seq that was a conflict or was rejected the first time: that first answer, whole (the
   * centre's copy, or the reasons), so a device that never stored it can still show it.
   */
  first: z.discriminatedUnion('status', [ConflictResult, RejectedResult]).optional(),
});
export const PushResult = z.discriminatedUnion('status', [AppliedResult, DuplicateResult, ConflictResult, RejectedResult]);
export type PushResult = z.infer<typeof PushResult>;

/**
 * A link of a device's audit chain that did not verify at the centre: the change's
 * chainHash is not the hash of its fields and the chain before it (`mismatch`: an entry
 * edited, forged, removed or reordered on the device), or it carried none (`missing`).
 * The change itself was processed as usual: nothing is held back for a break.
 */
export const ChainBreak = z.object({
  seq: Seq,
  reason: z.enum(['mismatch', 'missing']),
  /** What the centre computed (null if the hash before this change was unknown to it). */
  expected: Sha256Hex.nullable(),
  /** What the change carried. */
  got: Sha256Hex.nullable(),
});
export type ChainBreak = z.infer<typeof ChainBreak>;

export const PushResponse = z.object({
  batchId: WireId,
  /** The device's last seq the centre has processed (applied, conflicted or rejected). */
  lastAppliedSeq: z.number().int().min(0),
  results: z.array(PushResult),
  /**
   * Every change a pull would serve after pull cursor `from` up to `to` is one this batch
   * applied: a device whose pull cursor is `from` ('' = from the beginning) may store `to`
   * instead of pulling its own changes back. Absent when the batch applied nothing.
   */
  pullCursorSkip: z.object({ from: z.string(), to: z.string() }).optional(),
  /** Audit-chain links of this batch's fresh changes that did not verify. Absent when all did. */
  chainBreaks: z.array(ChainBreak).optional(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** 409 when firstSeq > lastAppliedSeq + 1: resend from lastAppliedSeq + 1. Nothing was written. */
export const PushGap = ErrorBodySchema.extend({ code: z.literal('CONFLICT'), lastAppliedSeq: z.number().int().min(0) });
export type PushGap = z.infer<typeof PushGap>;

/** GET /v1/sync/chain: the centre's verdict on the calling device's audit chain. */
export const ChainStatusResponse = z.object({
  deviceId: WireId,
  /** The first seq the centre holds the chain from (1: from the genesis); null: no chained change received yet. */
  fromSeq: z.number().int().min(1).nullable(),
  /** The last seq whose chain hash the centre holds. */
  headSeq: z.number().int().min(0).nullable(),
  /** Links checked and found to fit. */
  verified: z.number().int().min(0),
  breakCount: z.number().int().min(0),
  /** The most recent breaks (at most 100), newest first. */
  breaks: z.array(ChainBreak.extend({ detectedAt: z.string() })),
});
export type ChainStatusResponse = z.infer<typeof ChainStatusResponse>;

// ---------------------------------------------------------------- pull

export const PullQuery = z.strictObject({
  /** Opaque; absent or empty means "from the beginning". */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof PullQuery>;

/** The current state of one record changed since the cursor (superseded versions are not resent). */
export const PulledChange = z.object({
  version: ServerVersion,
  recordType: RecordType,
  recordId: WireId,
  payload: z.unknown(),
  /** The hash the writing device sent: store it as is (jsonb may reorder the payload's keys). */
  contentHash: Sha256Hex,
  officerId: OfficerId,
  deviceId: WireId,
  recordedAt: z.string(),
  committedAt: z.string(),
});
export type PulledChange = z.infer<typeof PulledChange>;

export const PullResponse = z.object({
  /** In commit order: a change with a higher version never became visible before a lower one. */
  changes: z.array(PulledChange),
  cursor: z.string(),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponse>;

// ---------------------------------------------------------------- receipt

/**
 * A range of record ids [from, to) with the device's count and digest of the records it
 * holds there. digest = sha256 hex of receiptDigestInput(the records, ordered by id).
 */
export const ReceiptRange = z.strictObject({
  from: WireId,
  /** Exclusive; null means "to the end". */
  to: WireId.nullable(),
  count: z.number().int().min(0),
  hash: Sha256Hex,
});
export const ReceiptRequest = z.strictObject({
  deviceId: WireId,
  recordType: RecordType,
  ranges: z.array(ReceiptRange).min(1).max(MAX_RECEIPT_RANGES),
});
export type ReceiptRequest = z.infer<typeof ReceiptRequest>;

export const ReceiptItem = z.object({ recordId: WireId, version: ServerVersion, contentHash: Sha256Hex });
export const ReceiptRangeAnswer = z.object({
  from: WireId,
  to: WireId.nullable(),
  status: z.enum(['match', 'differs']),
  serverCount: z.number().int().min(0),
  serverHash: Sha256Hex,
  /** For a differing range with at most RECEIPT_DETAIL_MAX records: what the centre holds. */
  serverRecords: z.array(ReceiptItem).optional(),
});
export const ReceiptResponse = z.object({
  recordType: RecordType,
  /** The centre's state as of this version: re-pull up to it before comparing again. */
  asOfVersion: z.number().int().min(0),
  ranges: z.array(ReceiptRangeAnswer),
});
export type ReceiptResponse = z.infer<typeof ReceiptResponse>;

/** The exact text both sides hash for a receipt range: one `id:hash\n` line per record, ids ascending. */
export function receiptDigestInput(records: ReadonlyArray<{ recordId: string; contentHash: string }>): string {
  return [...records]
    .sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0))
    .map((r) => `${r.recordId}:${r.contentHash}\n`)
    .join('');
}

// ---------------------------------------------------------------- enrolment and sign-in

export const EnrolRequest = z.strictObject({
  /** The one-time code an administrator made with the CLI (dashes and case do not matter). */
  code: z.string().min(4).max(40),
  deviceId: WireId,
  deviceCode: DeviceCode,
});
export const EnrolResponse = z.object({
  deviceId: WireId,
  /** Shown once: keep it in safeStorage; send it as `Authorization: Bearer <token>`. */
  deviceToken: z.string(),
  enrolledAt: z.string(),
});

export const OfficerRole = z.enum(['officer', 'supervisor']);
export type OfficerRole = z.infer<typeof OfficerRole>;

export const SignInRequest = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(1024),
});
/**
 * The centre never returns its password hash. For offline sign-in the device derives its
 * own verifier from the password it has just proven, with its own random salt and these
 * parameters, and may use it until `validUntil`; after that the officer must sign in online.
 */
export const OfflineVerifierPolicy = z.object({
  algorithm: z.literal('argon2id'),
  memoryCost: z.number().int(),
  timeCost: z.number().int(),
  parallelism: z.number().int(),
  validUntil: z.string(),
});
/**
 * The officer's session at the centre: send the token as `X-Officer-Token` (next to the
 * device's `Authorization: Bearer <device token>`) on calls that act as this officer, e.g.
 * the supervisor's /v1/admin/… calls. It works only from the device that signed in, and only
 * until `expiresAt` (then sign in online again); the centre stores only its hash.
 */
export const OfficerSession = z.object({ token: z.string(), expiresAt: z.string() });
export const OFFICER_TOKEN_HEADER = 'x-officer-token';

export const SignInResponse = z.object({
  officer: z.object({ id: WireId, name: z.string(), role: OfficerRole }),
  signedInAt: z.string(),
  offline: OfflineVerifierPolicy,
  session: OfficerSession,
});

// ---------------------------------------------------------------- administration (a supervisor, from a device)

/** POST /v1/admin/enrolment-codes: a one-time code for a new device, shown once. */
export const EnrolmentCodeRequest = z.strictObject({
  expiresHours: z.number().positive().max(720, { error: 'An enrolment code lasts at most 720 hours (30 days)' }).optional(),
});
export const EnrolmentCodeResponse = z.object({ code: z.string(), expiresAt: z.string() });
/** POST /v1/admin/devices/{id}/revoke: the device's token (and its officers' sessions) stop working at once. */
export const DeviceRevokeResponse = z.object({ deviceId: WireId, revokedAt: z.string() });

export const HealthResponse = z.object({ status: z.literal('ok'), protocolVersion: z.number().int() });
