import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';

// A stand-in for the incoming request in integration tests: its cookies, headers, what got revalidated and the work
// left for after the response.
type Cookie = { name: string; value: string; options?: Record<string, unknown> };

export const request = {
  cookies: new Map<string, Cookie>(),
  headers: new Headers(),
  revalidated: [] as string[],
  afterResponse: [] as (() => unknown)[],
};

export function resetRequest() {
  request.cookies.clear();
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.7' });
  request.revalidated = [];
  request.afterResponse = [];
}

/** Runs what the request handed to after(), as Next does once the response has gone. */
export async function runAfterResponse() {
  for (const task of request.afterResponse.splice(0)) await task();
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

export const nextServerMock = {
  after: (task: Promise<unknown> | (() => unknown)) => {
    request.afterResponse.push(typeof task === 'function' ? task : () => task);
  },
};
