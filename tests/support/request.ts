import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';

// A stand-in for the incoming request in integration tests: its cookies, headers and what got revalidated.
type Cookie = { name: string; value: string; options?: Record<string, unknown> };

export const request = {
  cookies: new Map<string, Cookie>(),
  headers: new Headers(),
  revalidated: [] as string[],
  /** Work scheduled with next/server's after(), run by runAfterResponse() as Next would once the response is sent. */
  afterResponse: [] as (() => unknown)[],
};

export async function runAfterResponse() {
  const tasks = request.afterResponse.splice(0);
  for (const task of tasks) await task();
}

export function resetRequest() {
  request.cookies.clear();
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.7' });
  request.revalidated = [];
  request.afterResponse = [];
}

const cookieStore = {
  get: (name: string) => request.cookies.get(name),
  getAll: () => [...request.cookies.values()],
  has: (name: string) => request.cookies.has(name),
  set: (name: string, value: string, options?: Record<string, unknown>) => {
    request.cookies.set(name, { name, value, options });
  },
  delete: (name: string) => {
    request.cookies.delete(name);
  },
};

export const nextHeadersMock = {
  cookies: async () => cookieStore,
  headers: async () => request.headers,
};

export const nextCacheMock = {
  revalidatePath: (path: string, type?: string) => {
    request.revalidated.push(type ? `${path} (${type})` : path);
  },
  revalidateTag: (tag: string) => {
    request.revalidated.push(`tag:${tag}`);
  },
};

export const nextServerAfter = (task: (() => unknown) | Promise<unknown>) => {
  request.afterResponse.push(typeof task === 'function' ? task : () => task);
};
