import { createInterface } from 'node:readline';

/**
 * The new officer's password, kept out of shell history: the first line of a pipe, or typed at
 * the terminal without being shown. Reading stdin to its end, as before, left an administrator
 * who typed the password and pressed Enter waiting for nothing (it needed Ctrl+D).
 */
export function readPassword(): Promise<string> {
  return process.stdin.isTTY ? typedPassword() : firstLine();
}

function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let line = '';
    lines.once('line', (text) => {
      line = text;
      lines.close();
    });
    lines.once('close', () => resolve(line));
  });
}

function typedPassword(): Promise<string> {
  const stdin = process.stdin;
  // Echo off before the prompt shows: anything typed after it is never printed.
  stdin.setRawMode(true);
  process.stderr.write('Password (not shown; Enter when done): ');
  return new Promise((resolve) => {
    let typed = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          return resolve(typed);
        }
        if (char === '\u0003') {
          // Ctrl+C: raw mode keeps it from the shell, so stop here as the shell would have.
          finish();
          process.exit(130);
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}
