import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  noticeOnServerError,
  serverErrorNotice,
  withErrorTitle,
  withNoticeInBody,
} from '@/lib/request/server-error-notice';

describe('the error page parts', () => {
  it('put the notice just inside <body> and replace the title, leaving every other byte as it was', () => {
    const head = '<html><head><title>Find a pen pal: “Zoë” · Beyond Bars</title></head>';
    expect(withErrorTitle(head)).toBe('<html><head><title>Something went wrong · Beyond Bars</title></head>');
    const body = Buffer.from('<body class="x"><p>é “quoted”</p>');
    const noticed = withNoticeInBody(body, '<noscript>N</noscript>')!;
    expect(Buffer.isBuffer(noticed)).toBe(true);
    expect(noticed.toString()).toBe('<body class="x"><noscript>N</noscript><p>é “quoted”</p>');
  });

  it('leave a part of the page without a title or a <body> tag alone', () => {
    const script = '<script>self.__next_f.push([1,"x"])</script>';
    expect(withErrorTitle(script)).toBeNull();
    expect(withNoticeInBody(script, 'N')).toBeNull();
  });

  it('name the reference, escaped, and speak to staff in the console as its error page does', () => {
    expect(serverErrorNotice('abc-123')).toContain('quote the reference <strong>abc-123</strong>');
    expect(serverErrorNotice('<b>')).toContain('&lt;b&gt;');
    expect(serverErrorNotice('r', false)).toContain('write to us at <a href="mailto:');
    expect(serverErrorNotice('r', true)).toContain('tell whoever runs the site and quote the reference');
    expect(serverErrorNotice('r', true)).toContain('<a href="/admin">Dashboard</a>');
  });
});

describe('noticeOnServerError', () => {
  // As Next answers: the status and headers set on the response, sent with the first write.
  const answer = (res: ServerResponse, status: number, type: string) => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
  };
  const pages: Record<string, (res: ServerResponse) => void> = {
    '/failed': (res) => {
      answer(res, 500, 'text/html; charset=utf-8');
      res.write('<!DOCTYPE html><html><head><title>Directory</title></head>');
      res.write('<body><div hidden></div>');
      res.end('<script>rest</script></body></html>');
    },
    '/failed-whole': (res) => {
      const body = '<html><head><title>Directory</title></head><body></body></html>';
      answer(res, 500, 'text/html');
      res.setHeader('Content-Length', Buffer.byteLength(body));
      res.end(body);
    },
    '/fine': (res) => {
      answer(res, 200, 'text/html');
      res.end('<html><head><title>Fine</title></head><body>ok</body></html>');
    },
    '/failed-json': (res) => {
      answer(res, 500, 'application/json');
      res.end('{"body":"<body>"}');
    },
  };
  const server = createServer((req, res) => {
    noticeOnServerError(res, 'req-1', false);
    pages[req.url!]!(res);
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('adds the notice to a page that failed, streamed or whole, with a title that says so', async () => {
    for (const path of ['/failed', '/failed-whole']) {
      const response = await fetch(base + path);
      const html = await response.text();
      expect(response.status).toBe(500);
      expect(html).toContain(`<body>${serverErrorNotice('req-1')}`);
      expect(html).toContain('<title>Something went wrong · Beyond Bars</title>');
    }
  });

  it('leaves pages that did not fail, and answers that are not pages, untouched', async () => {
    expect(await (await fetch(`${base}/fine`)).text()).toBe(
      '<html><head><title>Fine</title></head><body>ok</body></html>',
    );
    expect(await (await fetch(`${base}/failed-json`)).text()).toBe('{"body":"<body>"}');
  });
});
