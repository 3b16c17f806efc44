// Worker entry used when the library runs from its TypeScript sources (vitest, tsx): worker
// threads on Node 20 cannot load .ts files by themselves, so this plain module registers tsx's
// loader in the worker and then imports worker.ts (and, through it, a .ts model module).
// Runs from dist/ use the compiled worker.js directly and never load this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
