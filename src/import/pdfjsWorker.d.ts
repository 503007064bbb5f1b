/** pdfjs's worker module, imported into the import worker to run pdfjs there (pdfBrowser.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
