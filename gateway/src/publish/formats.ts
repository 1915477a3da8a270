/** Small serializers: XML text, CSV cells (RFC 4180), iCalendar lines (RFC 5545), and a backpressure-aware writer. */
import type { Response } from 'express';

// ---------------------------------------------------------------------------------------------
// XML
// ---------------------------------------------------------------------------------------------

// Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F).
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML element or a double- or single-quoted attribute. */
export function xml(value: unknown): string {
  return String(value ?? '')
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

export const UTF8_BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, a comma or a line break. Text that a
 * spreadsheet would run as a formula (starting with = + - @, or a tab or CR) gets a leading `'`.
 * Numbers are written as numbers (a negative longitude is data, not a formula).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = Array.isArray(value) ? value.join('|') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** A CSV column: its header and how to read it from a record. */
export type Column<T> = readonly [header: string, read: (row: T) => unknown];

// ---------------------------------------------------------------------------------------------
// iCalendar
// ---------------------------------------------------------------------------------------------

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function icalText(value: unknown): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space,
 * which counts in their 75 octets; a UTF-8 character is never split. Ends with CRLF.
 */
export function icalLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return `${parts.join('\r\n ')}\r\n`;
}

/** `2024-01-31` → `20240131`. */
export function icalDate(day: string): string {
  return day.replace(/-/g, '');
}

/** The day after `2024-01-31`, as `20240201` (DTEND of an all-day event is exclusive). */
export function icalNextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).replace(/-/g, '');
}

/** An instant in UTC, `20240131T093000Z`. */
export function icalInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// ---------------------------------------------------------------------------------------------
// Streaming
// ---------------------------------------------------------------------------------------------

/**
 * Writes text to the response in chunks of about 64 kB, waiting for 'drain' whenever the socket's
 * buffer is full, so that a slow client slows the export down instead of filling memory.
 */
export class StreamWriter {
  private buffer = '';
  private closed = false;

  constructor(
    private readonly res: Response,
    private readonly chunkSize = 64 * 1024,
  ) {
    res.once('close', () => {
      this.closed = true;
    });
  }

  /** True once the client went away: stop reading pages. */
  get aborted(): boolean {
    return this.closed || this.res.destroyed;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer || this.aborted) {
      this.buffer = '';
      return;
    }
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.res.write(chunk)) await this.drained();
  }

  async end(): Promise<void> {
    await this.flush();
    if (!this.aborted) this.res.end();
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }
}
