/**
 * The engine's logger. Callers pass only operational facts (method names, counts,
 * error kinds): records are personal data and never go to logs.
 */
type Fields = Record<string, string | number | boolean | null>;

function write(level: 'info' | 'warn' | 'error', message: string, fields: Fields = {}): void {
  if (process.env.FIELD_RECORDER_QUIET === '1' && level !== 'error') return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

export const logger = {
  info: (message: string, fields?: Fields) => write('info', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
};
