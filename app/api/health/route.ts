// Liveness: the process is up and serving. It touches nothing else, so a slow database never restarts the app.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
