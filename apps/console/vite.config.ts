import { defineConfig } from "vite";

// base "./": every asset URL is relative, so the console works at /console/
// and behind a reverse proxy under any path prefix.
export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, assetsDir: "assets", sourcemap: false, target: "es2022" },
});
