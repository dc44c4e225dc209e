import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, gzipSync } from "node:zlib";

import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// The gateway serves the build at /app/; `npm run dev -w @hpig/web` proxies the API to a running `npm start`.
const gateway = process.env["GATEWAY_URL"] ?? "http://localhost:4000";

/**
 * A .gz copy beside each script and style sheet, compressed once at build time at the highest
 * level: the gateway sends it to a browser that accepts gzip, spending no CPU per request.
 */
function precompress(): Plugin {
  return {
    name: "hpig-precompress",
    apply: "build",
    writeBundle(options) {
      const assets = join(options.dir ?? "dist", "assets");
      for (const name of readdirSync(assets).filter((file) => /\.(js|css)$/.test(file))) {
        const file = join(assets, name);
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig({
  base: "/app/",
  plugins: [react(), precompress()],
  // The gateway's explorer keeps React 18 at the workspace root; urql and wouter must use the app's React 19.
  resolve: { dedupe: ["react", "react-dom"] },
  // ECharts' own chunk (about 580 kB, 200 kB gzip) is over Vite's 500 kB warning; it is loaded only with a chart.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    proxy: { "/graphql": gateway, "/spreadsheets": gateway, "/exports": gateway },
  },
});
