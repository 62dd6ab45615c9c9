import { median } from '../lib/dashboard/weeks';

// What one Lighthouse report says about a page, and what several runs of it add up to, against issue 13's targets:
// performance at least 98 and LCP at most 1.8 s (medians: one run swings by half a second on a 2-core machine),
// accessibility and best practices 100 in every run.

export const TARGETS = { performance: 98, lcpMs: 1800, accessibility: 100, bestPractices: 100 };

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
};

type Report = {
  runtimeError?: { code?: string; message?: string };
  categories?: Record<string, { score: number | null } | undefined>;
  audits?: Record<string, { numericValue?: number } | undefined>;
};

/** One report's figures, or why it has none: Lighthouse answers some failures with a report whose scores are null. */
export function runOf(report: Report): LighthouseRun | { error: string } {
  if (report.runtimeError?.code) return { error: report.runtimeError.code };
  const score = (category: string) => report.categories?.[category]?.score;
  const value = (audit: string) => report.audits?.[audit]?.numericValue;
  const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
  const values = ['largest-contentful-paint', 'first-contentful-paint', 'total-blocking-time'].map(value);
  if (scores.some((s) => typeof s !== 'number') || values.some((v) => typeof v !== 'number'))
    return { error: 'NO_SCORES' };
  const [performance, accessibility, bestPractices, seo] = scores.map((s) => Math.round(s! * 100)) as number[];
  const [lcpMs, fcpMs, tbtMs] = values.map((v) => Math.round(v!)) as number[];
  return {
    performance: performance!,
    accessibility: accessibility!,
    bestPractices: bestPractices!,
    seo: seo!,
    lcpMs: lcpMs!,
    fcpMs: fcpMs!,
    tbtMs: tbtMs!,
  };
}

/** One line for a page: medians with their range, the worst of the 100-or-nothing scores, and the targets missed. */
export function summarise(path: string, results: (LighthouseRun | { error: string })[]): string {
  const runs = results.filter((result): result is LighthouseRun => !('error' in result));
  const errors = results.flatMap((result) => ('error' in result ? [result.error] : []));
  const failed = `failed=${errors.length}${errors.length ? ` (${[...new Set(errors)].join('; ')})` : ''}`;
  if (runs.length === 0) return `lighthouse page=${path} runs=${results.length} ${failed}`;
  const of = (key: keyof LighthouseRun) => runs.map((run) => run[key]);
  const mid = (key: keyof LighthouseRun) => median(of(key))!;
  const worst = (key: keyof LighthouseRun) => Math.min(...of(key));
  const range = (key: keyof LighthouseRun) => `${Math.min(...of(key))}-${Math.max(...of(key))}`;
  const missed = [
    mid('performance') < TARGETS.performance && 'performance',
    mid('lcpMs') > TARGETS.lcpMs && 'lcp',
    worst('accessibility') < TARGETS.accessibility && 'accessibility',
    worst('bestPractices') < TARGETS.bestPractices && 'best_practices',
  ].filter(Boolean);
  return [
    `lighthouse page=${path} runs=${results.length} ${failed}`,
    `performance=${mid('performance')} (${range('performance')})`,
    `lcp_ms=${mid('lcpMs')} (${range('lcpMs')})`,
    `fcp_ms=${mid('fcpMs')} tbt_ms=${mid('tbtMs')}`,
    `accessibility=${worst('accessibility')} best_practices=${worst('bestPractices')} seo=${worst('seo')}`,
    missed.length ? `missed=${missed.join(',')}` : 'targets=met',
  ].join(' ');
}
