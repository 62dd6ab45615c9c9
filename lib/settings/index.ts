import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { log } from '@/lib/observability/log';
import { defaultSettings, parseSection, SETTINGS_SECTIONS, type Settings } from './schema';

export type { Settings } from './schema';

/** Every section, stored values over the defaults. One query, shared by everything rendering the same request. */
export const getSettings = cache(async (): Promise<Settings> => readSettings(db));

/** getSettings for a given client or transaction (actions read the limits inside their transaction). */
export async function readSettings(client: Pick<Database, 'setting'>): Promise<Settings> {
  const rows = await client.setting.findMany();
  const stored = new Map(rows.map((row) => [row.key, safeJson(row.value)]));
  return Object.fromEntries(
    SETTINGS_SECTIONS.map((section) => [section, parseSection(section, stored.get(section))]),
  ) as Settings;
}

/**
 * getSettings for what happens after a write has committed (composing its emails): with the database unreachable it
 * answers the defaults, logged, so the saved write is not turned into an error.
 */
export async function settingsOrDefaults(): Promise<Settings> {
  try {
    return await getSettings();
  } catch (error) {
    log('error', 'settings unreadable: defaults used', {
      error: error instanceof Error ? error.message : String(error),
    });
    return defaultSettings();
  }
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
