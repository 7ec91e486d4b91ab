import type { Database } from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/domain/errors';
import { v1Initial } from './migrations/001-initial';
import { v2ReturnsAndSync } from './migrations/002-returns-and-sync';
import { v3ContentHashes } from './migrations/003-content-hashes';
import { v4OfficerVerifiers } from './migrations/004-officer-verifiers';
import { v5Retention } from './migrations/005-retention';
import { v6AuditChain } from './migrations/006-audit-chain';
import { v7SearchMergesWhenIdle } from './migrations/007-search-merges-when-idle';
import { v8AuditNotes } from './migrations/008-audit-notes';
import { v9FormDrafts } from './migrations/009-form-drafts';
import { v10NameSpellings } from './migrations/010-name-spellings';
import { v11ConflictBase } from './migrations/011-conflict-base';
import { v12ArrivalsByStatus } from './migrations/012-arrivals-by-status';
import { v13DashboardFromIndex } from './migrations/013-dashboard-from-index';
import { v14AbdNamesRefiled } from './migrations/014-abd-names-refiled';
import { v15FormDraftBase } from './migrations/015-form-draft-base';
import { v16AbdiNamesJoined } from './migrations/016-abdi-names-joined';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Append only. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [v1Initial, v2ReturnsAndSync, v3ContentHashes, v4OfficerVerifiers, v5Retention, v6AuditChain, v7SearchMergesWhenIdle, v8AuditNotes, v9FormDrafts, v10NameSpellings, v11ConflictBase, v12ArrivalsByStatus, v13DashboardFromIndex, v14AbdNamesRefiled, v15FormDraftBase, v16AbdiNamesJoined];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to SCHEMA_VERSION in one transaction (all steps or none), and
 * refuses a database written by a newer app rather than guess at its shape.
 */
export function migrate(db: Database): void {
  const current = schemaVersionOf(db);
  if (current > SCHEMA_VERSION) {
    throw new AppError(
      'UNAVAILABLE',
      `This database was written by a newer version of the field recorder (schema ${current}; this app knows up to ${SCHEMA_VERSION}). ` +
        'Install the current version of the app. Nothing in the database has been changed.',
    );
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
