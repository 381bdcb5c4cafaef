// Chromium flags for every benchmark browser: no calls home (the machine's network is closed)
// and WebGL on SwiftShader. Never add --disable-software-rasterizer: it turns WebGL off.
//
// The page is composited in software, as Chrome does on a machine without a usable GPU (where
// WebGL runs on SwiftShader). Compositing through SwiftShader's GL instead, which Chrome does
// not normally do for users, cost 25-105 ms of the GPU thread per presented frame, and WebGL
// waits on that same thread: a page that paints early (header, list, then views) paid for its
// frames in its map's start-up (docs/decisions.md, "The benchmark composites in software").
// BENCH_GPU_COMPOSITING=1 measures that configuration again.
const COMPOSITING = process.env.BENCH_GPU_COMPOSITING === '1' ? [] : ['--disable-gpu-compositing'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  ...COMPOSITING,
];
