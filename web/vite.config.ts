import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The gateway serves the build at /app/; `npm run dev -w @hpig/web` proxies the API to a running `npm start`.
const gateway = process.env["GATEWAY_URL"] ?? "http://localhost:4000";

export default defineConfig({
  base: "/app/",
  plugins: [react()],
  // The gateway's explorer keeps React 18 at the workspace root; urql and wouter must use the app's React 19.
  resolve: { dedupe: ["react", "react-dom"] },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { "/graphql": gateway, "/spreadsheets": gateway, "/exports": gateway },
  },
});
