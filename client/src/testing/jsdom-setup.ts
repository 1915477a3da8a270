/** Runs before every jest test file: jsdom lacks TextEncoder/TextDecoder, which react-router needs. */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });
