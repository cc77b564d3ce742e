// A secret from standard input: typed at a prompt that does not echo it (asked twice), or the
// first line piped in by a script. Never from the command line, where `ps` and shell history see it.
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

async function promptHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(question);
    muted = true;
    const value = await answer;
    process.stderr.write('\n');
    return value;
  } finally {
    rl.close();
  }
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export async function readSecret(label: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await promptHidden(`${label}: `);
  const again = await promptHidden(`${label} (again): `);
  if (first !== again) throw new Error('the two entries differ');
  return first;
}
