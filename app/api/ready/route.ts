import { checkReadiness } from '@/lib/observability/readiness';

// Readiness: a load balancer sends traffic only once the database is reachable and fully migrated.
export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
