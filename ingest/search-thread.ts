// Builds the search index on a thread of its own in a big run: the main thread hands it each article's terms in the home list's order.
import { parentPort, Worker } from 'node:worker_threads';
import { type FolderWriter, folderWriter } from './folder-writer';
import { type TermsData, termsText } from './ingest-cache';
import { createSearchIndex, type PackedTerms } from './search-index';
import { workerUrl } from './worker-pool';

/** What the thread is started with: where it writes, and the folder being replaced, as the main thread's writer sees them. */
export interface SearchThreadData {
  role: 'search';
  root: string;
  previous: { root: string; files: Readonly<Record<string, string>> } | null;
}

/** A document's terms travel as text, or as the range of its bytes in the message's `bytes`. */
type Doc = [group: string, summaryJson: string, terms: PackedTerms | [start: number, end: number]];
type ToSearchThread = { docs: Doc[]; bytes: Uint8Array } | { finish: true };
/** Sent once the index is written: the fingerprints of the files written, for the cache. */
type FromSearchThread = { files: Record<string, string> };

export interface SearchIndexWriter {
  /** Articles must arrive in the home list's order. */
  add(group: string, terms: TermsData, summaryJson: string): void;
  /** Resolves once every file of the index is written. */
  finish(): Promise<void>;
  /** Stops the work of a run that failed. */
  abort(): Promise<void>;
}

/** Documents per message: few messages, and the thread is never far behind. */
const DOCS_PER_MESSAGE = 256;

/** The index built in this thread, written through the run's own folder writer. */
export function searchIndexHere(out: FolderWriter): SearchIndexWriter {
  const index = createSearchIndex(out.text);
  return {
    add: (group, terms, summaryJson) => index.add(group, termsText(terms), summaryJson),
    finish: async () => index.finish(),
    abort: async () => {},
  };
}

/** The index built on a worker thread, which writes its files itself; `setFile` hears their fingerprints at the end. */
export function searchIndexOnThread(data: Omit<SearchThreadData, 'role'>, setFile: (relative: string, fingerprint: string) => void): SearchIndexWriter {
  const worker = new Worker(workerUrl(), { workerData: { role: 'search', ...data } satisfies SearchThreadData, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
  const written = new Promise<FromSearchThread>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index thread stopped early (exit code ${code})`)));
  });
  // A run that fails before `finish` never awaits this; its failure must not surface as an unhandled rejection.
  written.catch(() => {});
  let docs: Doc[] = [];
  // Cached terms are copied out of the cache file's bytes into one small array per message: a view
  // into the whole file would be copied whole with every message.
  let byteParts: Uint8Array[] = [];
  let byteCount = 0;
  const sendDocs = () => {
    worker.postMessage({ docs, bytes: Buffer.concat(byteParts, byteCount) } satisfies ToSearchThread);
    docs = [];
    byteParts = [];
    byteCount = 0;
  };
  return {
    add(group, terms, summaryJson) {
      if (typeof terms === 'string') {
        docs.push([group, summaryJson, terms]);
      } else {
        docs.push([group, summaryJson, [byteCount, byteCount + terms.length]]);
        byteParts.push(terms);
        byteCount += terms.length;
      }
      if (docs.length === DOCS_PER_MESSAGE) sendDocs();
    },
    async finish() {
      if (docs.length > 0) sendDocs();
      worker.postMessage({ finish: true } satisfies ToSearchThread);
      const { files } = await written;
      for (const [relative, fingerprint] of Object.entries(files)) setFile(relative, fingerprint);
      await worker.terminate();
    },
    abort: async () => {
      await worker.terminate();
    },
  };
}

/** The worker's side: builds the index from the messages, writes it, and reports what it wrote. */
export function serveSearchIndex(data: SearchThreadData): void {
  const files: Record<string, string> = {};
  const setFile = (relative: string, fingerprint: string) => {
    files[relative] = fingerprint;
  };
  const previous = data.previous && { ...data.previous, setFile };
  const index = createSearchIndex(folderWriter(data.root, previous).text);
  parentPort?.on('message', (message: ToSearchThread) => {
    if ('docs' in message) {
      const { bytes } = message;
      for (const [group, summaryJson, terms] of message.docs) {
        index.add(group, typeof terms === 'string' ? terms : termsText(bytes.subarray(terms[0], terms[1])), summaryJson);
      }
      return;
    }
    index.finish();
    parentPort?.postMessage({ files } satisfies FromSearchThread);
  });
}
