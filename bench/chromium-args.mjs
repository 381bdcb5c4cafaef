// Chromium flags for every benchmark browser: no calls home (the machine's network is closed)
// and WebGL on SwiftShader. Never add --disable-software-rasterizer: it turns WebGL off.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];
