import { defineConfig } from '@playwright/test';

const PORT = 4173;
const SCALE_SPECS = /(large-datasets|facts-scale|map-scale)\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // The large generated datasets, written once per run (e2e/generated.ts).
  globalSetup: './e2e/generated.ts',
  fullyParallel: true,
  // Two cores: two workers keep Chromium with software WebGL responsive.
  workers: 2,
  retries: 0,
  // Journeys (a whole tour, reloads, several axe runs) take 20–30 s on two busy cores.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'de-DE',
    viewport: { width: 1280, height: 800 },
    // A trace records every test's screencast and DOM to keep a failing one's: a quarter of
    // the suite's time on two cores (tour.spec 1.4 min with, 1.1 without). CI prints the error
    // and the page's aria snapshot either way; PW_TRACE=1 records traces to debug a failure.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      // Root in CI needs --no-sandbox. The background-networking flags stop Chromium from
      // calling home, which this machine's closed network refuses. WebGL runs on SwiftShader;
      // never add --disable-software-rasterizer, it turns WebGL off.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
        '--disable-gpu-compositing',
      ],
    },
  },
  // The scale tests (10,000 to 100,000 facts) load both cores for seconds at a time: they run
  // after the others, so a keyboard journey or a tour never shares the machine with them.
  projects: [
    { name: 'app', testIgnore: SCALE_SPECS },
    { name: 'scale', testMatch: SCALE_SPECS, dependencies: ['app'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
