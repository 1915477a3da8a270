/**
 * Reads an import's input, a local file or an http(s) URL, as a stream: CSV (delimiter sniffed from
 * the header line, UTF-8 BOM dropped) or JSON (an array of objects, an object holding one, or one
 * object per line). The bytes are hashed on the way, so a rerun of the same content is recognised.
 */
import { parse } from 'csv-parse';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export type RawRecord = Record<string, unknown>;

export interface ReadInput {
  rows: RawRecord[];
  /** sha256 of the bytes read. */
  fingerprint: string;
  bytes: number;
  /** The date of the extract when the input tells it: Last-Modified of a URL, else the file's modification date. */
  modifiedOn: string | null;
}

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

async function open(location: string): Promise<{ stream: Readable; modifiedOn: string | null }> {
  if (isUrl(location)) {
    const response = await fetch(location, { redirect: 'follow' });
    if (!response.ok || !response.body) throw new Error(`GET ${location} answered ${response.status} ${response.statusText}.`);
    const lastModified = response.headers.get('last-modified');
    const date = lastModified ? new Date(lastModified) : null;
    return {
      stream: Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>),
      modifiedOn: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null,
    };
  }
  const info = await stat(location);
  return { stream: createReadStream(location), modifiedOn: info.mtime.toISOString().slice(0, 10) };
}

/** The most frequent of ; , tab and | in the header line. */
export function sniffDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t', '|'].map((d) => [d, headerLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
}

export async function readInput(location: string, format: 'csv' | 'json', options: { delimiter?: string } = {}): Promise<ReadInput> {
  const { stream, modifiedOn } = await open(location);
  const hash = createHash('sha256');
  let bytes = 0;
  const counted = async function* (): AsyncGenerator<Buffer> {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      hash.update(buffer);
      bytes += buffer.length;
      yield buffer;
    }
  };
  const rows = format === 'csv' ? await readCsv(counted(), options.delimiter) : await readJson(counted());
  return { rows, fingerprint: hash.digest('hex'), bytes, modifiedOn };
}

async function readCsv(chunks: AsyncGenerator<Buffer>, delimiter: string | undefined): Promise<RawRecord[]> {
  let parser: ReturnType<typeof parse> | null = null;
  const rows: RawRecord[] = [];
  let head = '';
  const start = (firstLine: string) => {
    parser = parse({ columns: (header: string[]) => header.map((h) => h.trim()), bom: true, delimiter: delimiter ?? sniffDelimiter(firstLine), relax_column_count: true, trim: false, skip_empty_lines: true });
    parser.on('readable', () => {
      let row: RawRecord | null;
      while ((row = parser!.read() as RawRecord | null) !== null) rows.push(row);
    });
    return new Promise<void>((resolve, reject) => {
      parser!.on('end', resolve);
      parser!.on('error', reject);
    });
  };
  let done: Promise<void> | null = null;
  const pending: Buffer[] = [];
  for await (const chunk of chunks) {
    if (!parser) {
      pending.push(chunk);
      head += chunk.toString('utf8');
      if (!head.includes('\n')) continue;
      done = start(head.split('\n')[0]!);
      for (const p of pending) if (!parser!.write(p)) await new Promise((r) => parser!.once('drain', r));
      continue;
    }
    if (!(parser as ReturnType<typeof parse>).write(chunk)) await new Promise((r) => parser!.once('drain', r));
  }
  if (!parser) {
    done = start(head.split('\n')[0] ?? '');
    for (const p of pending) parser!.write(p);
  }
  (parser as unknown as ReturnType<typeof parse>).end();
  await done;
  return rows;
}

async function readJson(chunks: AsyncGenerator<Buffer>): Promise<RawRecord[]> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  const text = Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/, '').trim();
  if (!text) return [];
  if (text.startsWith('[')) return asRecords(JSON.parse(text));
  try {
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return asRecords(value);
    if (value && typeof value === 'object') {
      const list = Object.values(value).find(Array.isArray);
      if (list) return asRecords(list);
      return asRecords([value]);
    }
  } catch {
    // Not one JSON document: JSON lines.
  }
  return asRecords(text.split(/\r?\n/).filter((line) => line.trim()).map((line) => JSON.parse(line) as unknown));
}

function asRecords(list: unknown[]): RawRecord[] {
  return list.map((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new Error(`JSON record ${index + 1} is not an object.`);
    return item as RawRecord;
  });
}
