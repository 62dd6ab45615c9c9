// Types for dist-dir.mjs, which stays plain JavaScript so next.config.mjs can import it.
export declare const distDir: string;
