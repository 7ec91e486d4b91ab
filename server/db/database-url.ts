/**
 * What an administrator is told when DATABASE_URL is wrong or PostgreSQL cannot be reached.
 * pg's own errors ("connect ECONNREFUSED 127.0.0.1:5432", "getaddrinfo ENOTFOUND base") name
 * neither DATABASE_URL nor what to do; these say both, and never repeat the URL's password.
 */

export class DatabaseUrlError extends Error {}

const EXAMPLE = 'postgres://user:password@127.0.0.1:5432/central';

/** Where DATABASE_URL points, without its password: `user "fr" at 127.0.0.1:5432, database "central"`. */
function place(url: URL): string {
  const user = url.username ? `user "${decodeURIComponent(url.username)}" at ` : '';
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  return `${user}${url.hostname || 'localhost'}:${url.port || '5432'}${database ? `, database "${database}"` : ''}`;
}

/**
 * Which PostgreSQL DATABASE_URL names, for the start line and the CLI: host, port and database,
 * never the user or password. Two centres (a test and a live one) are told apart by it.
 */
export function describePostgres(text: string): string {
  try {
    const url = new URL(text);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    return `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || '5432'}${database ? `, database ${database}` : ''} (DATABASE_URL)`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/** Refuses, before any connection, a DATABASE_URL that is not a PostgreSQL URL at all. */
export function checkDatabaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DatabaseUrlError(`DATABASE_URL is not a URL. It should look like ${EXAMPLE}.`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DatabaseUrlError(`DATABASE_URL must start with postgres:// (it starts with ${url.protocol}//). It should look like ${EXAMPLE}.`);
  }
  return url;
}

/** The reason a first connection failed, in words; other errors are returned unchanged. */
export function explainConnectionError(error: unknown, text: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const url = checkDatabaseUrl(text);
  const where = `PostgreSQL (DATABASE_URL: ${place(url)})`;
  const nothingChanged = 'Nothing was changed.';
  switch (code) {
    case 'ECONNREFUSED':
      return new DatabaseUrlError(`Could not connect to ${where}: nothing is listening there. Start PostgreSQL, or correct the host and port in DATABASE_URL. ${nothingChanged}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseUrlError(`Could not connect to ${where}: there is no computer named "${url.hostname}". Correct the host in DATABASE_URL. ${nothingChanged}`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return new DatabaseUrlError(`Could not connect to ${where}: it did not answer. Check the host, the port and the network. ${nothingChanged}`);
    case '28P01':
      return new DatabaseUrlError(`${where} refused the user or its password: correct them in DATABASE_URL. ${nothingChanged}`);
    case '28000':
      return new DatabaseUrlError(`${where} does not let this user connect from here: check the user in DATABASE_URL and PostgreSQL's pg_hba.conf. ${nothingChanged}`);
    case '3D000':
      return new DatabaseUrlError(`${where}: that database does not exist. Create it (createdb), or correct its name in DATABASE_URL. ${nothingChanged}`);
    default:
      return error;
  }
}
