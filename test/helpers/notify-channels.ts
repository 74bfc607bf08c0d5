// Issue 8: a local SMTP server that parses what arrives (smtp-server + mailparser) and a local HTTP
// SMS gateway that can be told to fail, for the tests of message delivery.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  messageId: string;
  language: string;
}

export interface LocalSmtp {
  url: string;
  mails: ReceivedMail[];
  /** While true the server refuses every recipient (550, naming the address, as servers do). */
  reject: boolean;
  /** Resolves when `n` mails have arrived in all. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalSmtp(): Promise<LocalSmtp> {
  const mails: ReceivedMail[] = [];
  const control = { reject: false };
  const server = new SMTPServer({
    onRcptTo(address, _session, callback) {
      if (!control.reject) return callback();
      const error = new Error(`mailbox <${address.address}> unavailable`) as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? '',
            language: String(parsed.headers.get('content-language') ?? ''),
          });
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    get reject() {
      return control.reject;
    },
    set reject(v: boolean) {
      control.reject = v;
    },
    async waitFor(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (mails.length < n) {
        if (Date.now() > until) throw new Error(`expected ${n} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedSms {
  id: string;
  to: string;
  text: string;
}

export interface LocalGateway {
  url: string;
  received: ReceivedSms[];
  /** The status the gateway answers with (200 by default). */
  status: number;
  close(): Promise<void>;
}

export async function startLocalGateway(): Promise<LocalGateway> {
  const gateway: LocalGateway = {
    url: '',
    received: [],
    status: 200,
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      if (gateway.status >= 200 && gateway.status < 300)
        gateway.received.push(JSON.parse(body) as ReceivedSms);
      res.writeHead(gateway.status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  gateway.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return gateway;
}
