import { defineConfig } from "vite";

// base "./": every asset URL is relative, so the console works at /console/
// and behind a reverse proxy under any path prefix. The dev server proxies the
// API to a running server (MOLTNET_DEV_SERVER, default http://127.0.0.1:8787).
export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, assetsDir: "assets", sourcemap: false, target: "es2022" },
  server: { proxy: { "/v1": { target: process.env.MOLTNET_DEV_SERVER ?? "http://127.0.0.1:8787" } } },
});
