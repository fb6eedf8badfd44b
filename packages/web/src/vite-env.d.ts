/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API's origin in AWS; empty when the API serves the web app from the same origin. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
