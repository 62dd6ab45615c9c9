// Enough of RFC 5322 and MIME to read back what nodemailer writes for our messages: a plain-text part and an HTML
// part, alone or in a multipart/alternative.

export type ParsedEml = { to: string; subject: string; text: string; html: string };

export function parseEml(raw: string): ParsedEml {
  // The message's final line break is not part of its text (inside a multipart it ends the closing boundary).
  const message = parsePart(raw.replace(/\r?\n$/, ''));
  const parts = leafParts(message);
  const body = (type: string) => {
    const part = parts.find((candidate) => contentType(candidate) === type);
    return part ? decodeBody(part.body, part.headers.get('content-transfer-encoding')).replace(/\r\n/g, '\n') : '';
  };
  return {
    to: message.headers.get('to') ?? '',
    subject: decodeEncodedWords(message.headers.get('subject') ?? ''),
    text: body('text/plain'),
    html: body('text/html'),
  };
}

type Part = { headers: Map<string, string>; body: string };

function parsePart(raw: string): Part {
  // Headers end at the first blank line.
  const [, head = '', body = ''] = /^([\s\S]*?)\r?\n\r?\n([\s\S]*)$/.exec(raw) ?? [];
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function contentType(part: Part): string {
  return (part.headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

/** The parts that carry content: a multipart body split at its boundary lines, recursively. */
function leafParts(part: Part): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(part.headers.get('content-type') ?? '')?.[1];
  if (!contentType(part).startsWith('multipart/') || !boundary) return [part];
  const delimiter = `--${boundary}`;
  const sections = part.body.split(new RegExp(`(?:^|\\r?\\n)${escapeRegExp(delimiter)}(?:--)?[ \\t]*(?=\\r?\\n|$)`));
  // Before the first boundary is the preamble, after the closing one the epilogue.
  return sections.slice(1, -1).flatMap((section) => leafParts(parsePart(section.replace(/^\r?\n/, ''))));
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decodeBody(body: string, encoding = '7bit'): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    default:
      return body;
  }
}

// Soft line breaks (=CRLF) join lines; =XX is one byte of the UTF-8 text.
function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

// RFC 2047 header words such as =?UTF-8?Q?Caf=C3=A9?=; whitespace between two encoded words is not part of the text.
function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replaceAll('_', ' ')),
    );
}
