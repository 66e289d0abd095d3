// Worker entry when the ingest runs from TypeScript source (tests, tsx): worker threads do not inherit tsx's loader, so register it here first.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
