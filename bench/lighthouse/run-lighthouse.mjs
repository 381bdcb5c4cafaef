// Runs Lighthouse's performance, accessibility and best-practices categories on each URL given, with the mobile (default) and the
// desktop preset, in Chromium at CHROME_PATH. Prints one JSON line per URL and form factor:
// { url, formFactor, score, accessibility, bestPractices, lcpMs, tbtMs, fcpMs, cls }. Used by `npm run bench -- --lighthouse`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../chromium-args.mjs';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const urls = process.argv.slice(2);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  for (const url of urls) {
    for (const [formFactor, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          },
          config,
        );
        const { categories, audits } = result.lhr;
        samples.push({
          score: Math.round((categories.performance.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
          bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
          lcpMs: audits['largest-contentful-paint'].numericValue,
          tbtMs: audits['total-blocking-time'].numericValue,
          fcpMs: audits['first-contentful-paint'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
        });
      }
      // The median of each figure over the runs (Lighthouse's own advice for variance).
      const summary = { url, formFactor, runs };
      for (const key of Object.keys(samples[0])) {
        summary[key] = median(samples.map((s) => s[key]));
      }
      console.log(JSON.stringify(summary));
    }
  }
} finally {
  chrome.kill();
}
