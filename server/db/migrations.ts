import type { Migration } from './migrate';
import { initial } from './migrations/001-initial';
import { payloadOnce } from './migrations/002-payload-once';
import { officerSessions } from './migrations/003-officer-sessions';
import { auditChain } from './migrations/004-audit-chain';
import { chainAlternative } from './migrations/005-chain-alternative';
import { leanChangeWrites } from './migrations/006-lean-change-writes';

/** Append-only: a released migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly Migration[] = [initial, payloadOnce, officerSessions, auditChain, chainAlternative, leanChangeWrites];
