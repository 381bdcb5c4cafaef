// Chromium flags for every benchmark browser: no calls home (the machine's network is closed)
// and WebGL on SwiftShader. Never add --disable-software-rasterizer: it turns WebGL off.
//
// The page is composited as readers' browsers do it by default: through the GPU path (here
// SwiftShader's GL), the figure of record since issue 26. BENCH_SOFTWARE_COMPOSITING=1
// composites in software instead, as Chrome does on a machine without a usable GPU and as the
// benchmark did in sessions 5–10 (docs/decisions.md, "The benchmark composites in software").
// BENCH_GPU_COMPOSITING=1, the old switch, is the default now and still accepted.
export const SOFTWARE_COMPOSITING = process.env.BENCH_SOFTWARE_COMPOSITING === '1';
const COMPOSITING = SOFTWARE_COMPOSITING ? ['--disable-gpu-compositing'] : [];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  ...COMPOSITING,
];
