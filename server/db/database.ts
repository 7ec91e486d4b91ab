/**
 * The one small query interface the server uses, over either PostgreSQL (pg) or PGlite.
 * Both run the SAME SQL. Parameters are primitives only (string, number, boolean, null);
 * JSON goes in as a string with an explicit `::jsonb` cast, so both drivers send it alike.
 * bigint columns come back as JS numbers on both (versions and seqs stay far below 2^53).
 */
export type SqlParam = string | number | boolean | null;

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Several statements without parameters (migrations only). */
  script(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `work` in one READ COMMITTED transaction: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL's SQLSTATE for a unique-constraint violation. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
