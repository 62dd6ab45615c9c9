import { createServer, type Socket } from 'node:net';

export type ReceivedMail = { from: string; to: string[]; data: string };

/**
 * A mail server that accepts every message: just enough SMTP for nodemailer (no TLS, no authentication), so a test
 * can point SMTP_URL at a port where nothing listens, then start this on it.
 */
export async function startSmtpSink(port: number) {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let inData = false;
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink.test ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end === -1) return;
          // Lines starting with a dot were sent with a second one (RFC 5321 4.5.2).
          received.push({ ...mail, data: buffer.slice(0, end).replace(/^\.\./gm, '.') });
          buffer = buffer.slice(end + 5);
          inData = false;
          mail = { from: '', to: [], data: '' };
          reply('250 2.0.0 queued');
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end === -1) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        switch (line.slice(0, 4).toUpperCase()) {
          case 'EHLO':
            reply('250-sink.test');
            reply('250 8BITMIME');
            break;
          case 'HELO':
          case 'RSET':
          case 'NOOP':
            reply('250 OK');
            break;
          case 'MAIL':
            mail.from = address;
            reply('250 OK');
            break;
          case 'RCPT':
            mail.to.push(address);
            reply('250 OK');
            break;
          case 'DATA':
            inData = true;
            reply('354 go ahead');
            break;
          case 'QUIT':
            socket.end('221 bye\r\n');
            return;
          default:
            reply('502 not implemented');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
