import { describe, expect, it } from 'vitest';
import { type LighthouseRun, runOf, summarise } from '@/scripts/lighthouse-runs';

// The Lighthouse benchmark's arithmetic: what one report says, and the line several runs of a page add up to.

function report({ performance = 0.99, lcp = 1650.4, accessibility = 1 } = {}) {
  return {
    categories: {
      performance: { score: performance },
      accessibility: { score: accessibility },
      'best-practices': { score: 1 },
      seo: { score: 1 },
    },
    audits: {
      'largest-contentful-paint': { numericValue: lcp },
      'first-contentful-paint': { numericValue: 770.2 },
      'total-blocking-time': { numericValue: 55.5 },
    },
  };
}

const run = (performance: number, lcpMs: number, accessibility = 100): LighthouseRun => ({
  performance,
  accessibility,
  bestPractices: 100,
  seo: 100,
  lcpMs,
  fcpMs: 770,
  tbtMs: 56,
});

describe('runOf', () => {
  it('reads the four scores out of 100 and the three timings in whole milliseconds', () => {
    expect(runOf(report())).toEqual(run(99, 1650));
  });

  it('gives the reason for a run that failed, whether Lighthouse names it or only leaves the scores empty', () => {
    expect(runOf({ ...report(), runtimeError: { code: 'NO_LCP', message: 'x' } })).toEqual({ error: 'NO_LCP' });
    expect(runOf(report({ performance: null as unknown as number }))).toEqual({ error: 'NO_SCORES' });
    expect(runOf({})).toEqual({ error: 'NO_SCORES' });
  });
});

describe('summarise', () => {
  it('gives medians with their range, and says the targets are met when the medians are within them', () => {
    const line = summarise('/', [run(99, 1500), run(97, 1900), run(100, 1700), { error: 'NO_LCP' }, run(98, 1600)]);
    expect(line).toBe(
      'lighthouse page=/ runs=5 failed=1 (NO_LCP) performance=98.5 (97-100) lcp_ms=1650 (1500-1900) fcp_ms=770 tbt_ms=56 ' +
        'accessibility=100 best_practices=100 seo=100 targets=met',
    );
  });

  it('names each target missed: a median over the line, or accessibility below 100 in any run', () => {
    const line = summarise('/profiles', [run(97, 1900), run(99, 2000, 96), run(97, 1700)]);
    expect(line).toContain('performance=97 (97-99) lcp_ms=1900 (1700-2000)');
    expect(line).toContain('accessibility=96');
    expect(line.endsWith('missed=performance,lcp,accessibility')).toBe(true);
  });

  it('reports a page whose every run failed, with each reason once and no figures', () => {
    expect(summarise('/about', [{ error: 'NO_LCP' }, { error: 'NO_SCORES' }, { error: 'NO_LCP' }])).toBe(
      'lighthouse page=/about runs=3 failed=3 (NO_LCP; NO_SCORES)',
    );
  });
});
