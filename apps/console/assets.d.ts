/** Absolute path of the built console (`dist/`, made by `vite build`). */
export declare const consoleAssetsDir: string;
