// Who is on the other end of a request, worked out where the socket is visible (our server, scripts/serve.ts) and
// handed to the app in a header that the server always overwrites. Pure, so it is unit-tested without a server.

/** The header our server sets on every request; whatever a client sent under this name is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-bb-client-address';

/**
 * The client's address: the socket's peer when nothing trusted is in front of us, else the entry `trustedHops`
 * proxies back from the right of X-Forwarded-For. Entries left of that were written by the client and prove nothing.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The chain as our nearest proxy saw it: what it received, then the address it received it from.
  const chain = [...forwarded, peer ?? ''];
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return normaliseAddress(chain[index] ?? '') || 'no-address';
}

/** IPv4-mapped IPv6 as plain IPv4; IPv6 cut to its /64, which one household or server usually holds whole. */
export function normaliseAddress(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!plain.includes(':')) return plain;
  return `${expandIpv6(plain).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array(Math.max(0, missing)).fill('0'), ...right].map((group) =>
    group.toLowerCase().replace(/^0+(?=.)/, ''),
  );
}
