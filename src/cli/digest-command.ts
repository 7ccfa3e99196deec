import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDigest, digestSubject } from '../core/digest/digest-model';
import { digestNews, readDigestState } from '../core/digest/digest-state';
import { renderDigestHtml, renderDigestText } from '../core/digest/render-digest';
import type { IndexSnapshot } from '../core/index-snapshot';
import { UsageError, type DigestFormat } from './args';
import { writeFileAtomic } from './write-atomic';

export interface DigestCommand {
  readonly vaultName: string;
  readonly format: DigestFormat;
  readonly to: string | null;
  readonly from: string | null;
  /** smtp://user:pass@host:port, from --smtp or FOLLOW_UP_SMTP_URL; null: print instead of sending. */
  readonly smtp: string | null;
  readonly state: string | null;
  readonly upcomingDays: number;
  readonly snapshot: IndexSnapshot;
  /** The login name, for the default addresses (`name@localhost`): the local mailbox cron mails to. */
  readonly user: string;
}

/**
 * `follow-up digest`: the morning message of SPEC §8. Nothing due, or (with --state) nothing new
 * since the last one today: nothing printed, nothing sent, exit 0, so that cron mails nothing.
 * The mail library is loaded only here, so that no other command pays for it.
 */
export async function digestCommand(
  command: DigestCommand,
  stdout: (text: string) => void,
  stderr: (text: string) => void,
): Promise<number> {
  const digest = buildDigest(command.snapshot, command.upcomingDays);
  if (digest === null) return 0;
  const previous = command.state === null ? null : readState(command.state, stderr);
  const news = digestNews(digest, previous);
  if (!news.send) return 0;

  const text = renderDigestText(digest);
  const html = () => renderDigestHtml(digest, { vaultName: command.vaultName });
  if (command.smtp !== null || command.format === 'eml') {
    const mail = {
      from: command.from ?? `Follow-up Tracker <${command.user}@localhost>`,
      to: command.to ?? `${command.user}@localhost`,
      subject: digestSubject(digest),
      text,
      html: html(),
    };
    const { createTransport } = await import('nodemailer');
    if (command.smtp !== null) {
      try {
        await createTransport(command.smtp).sendMail(mail);
      } catch (error) {
        throw new UsageError(`The digest could not be sent through ${withoutPassword(command.smtp)}: ${reason(error)}`);
      }
    } else {
      const info = await createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(mail);
      stdout((info.message as Buffer).toString('utf8'));
    }
  } else stdout(command.format === 'html' ? html() : text);

  if (command.state !== null) {
    try {
      writeFileAtomic(resolve(command.state), `${JSON.stringify(news.state, null, 2)}\n`);
    } catch (error) {
      throw new UsageError(`Cannot write the state file ${command.state}: ${reason(error)}`);
    }
  }
  return 0;
}

/** A missing state file is a first run; one we cannot read is said on stderr and taken as none. */
function readState(path: string, stderr: (text: string) => void) {
  const file = resolve(path);
  if (!existsSync(file)) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the state file ${path}: ${reason(error)}`);
  }
  const { state, error } = readDigestState(text);
  if (error !== null) stderr(`follow-up: The state file ${path} was not read (${error}); it will be written anew.\n`);
  return state;
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'the SMTP server (its URL does not parse)';
  }
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The mail library wraps socket errors (code ESOCKET) and keeps the system's code in the message.
    if (code === 'ECONNREFUSED' || error.message.includes('ECONNREFUSED')) return 'the server refused the connection';
    if (error.message.includes('ENOTFOUND')) return 'no server has that name';
    if (error.message.includes('ETIMEDOUT')) return 'the server did not answer in time';
    if (code === 'EAUTH') return 'the server refused the user name or password';
    if (code === 'ENOENT') return 'the folder does not exist';
    if (code === 'EACCES') return 'permission denied';
    return error.message.split('\n')[0] ?? String(error);
  }
  return String(error);
}
