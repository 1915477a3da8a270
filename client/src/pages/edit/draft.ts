/**
 * Unsaved form input kept in sessionStorage, one entry per form (new actor, actor 123…), so that
 * nothing a person typed is lost on a reload, an error or a sign-in detour. Cleared on success.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'ecosystem.edit-draft.';
const VERSION = 1;

interface Stored<T> {
  v: number;
  savedAt: string;
  value: T;
}

export function draftKey(form: string, id?: string | null): string {
  return `${PREFIX}${form}:${id ?? 'new'}`;
}

export function saveDraft<T>(storage: Storage, key: string, value: T, now = new Date()): void {
  try {
    storage.setItem(key, JSON.stringify({ v: VERSION, savedAt: now.toISOString(), value } satisfies Stored<T>));
  } catch {
    // Storage full or disabled: the form still works, only without the safety net.
  }
}

/**
 * The saved draft, completed with `empty` for keys it lacks (a form that gained a field since);
 * null when there is none or it cannot be read.
 */
export function loadDraft<T extends object>(storage: Storage, key: string, empty: T): T | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Partial<Stored<Partial<T>>>;
    if (stored?.v !== VERSION || typeof stored.value !== 'object' || stored.value === null) return null;
    const value: Record<string, unknown> = { ...(empty as Record<string, unknown>) };
    for (const key of Object.keys(empty)) {
      const saved = (stored.value as Record<string, unknown>)[key];
      const initial = (empty as Record<string, unknown>)[key];
      if (saved !== undefined && sameShape(saved, initial)) value[key] = saved;
    }
    return value as T;
  } catch {
    return null;
  }
}

function sameShape(saved: unknown, initial: unknown): boolean {
  if (initial === null) return saved === null || typeof saved === 'object';
  if (Array.isArray(initial)) return Array.isArray(saved);
  return typeof saved === typeof initial || (typeof initial === 'object' && saved === null);
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Form state backed by a draft. `initial` is the state to start from when there is no draft (the
 * empty form, or the record being edited once loaded). `restored` tells whether a draft was found.
 */
export function useDraftState<T extends object>(key: string, initial: T) {
  const [state, setState] = useState<{ value: T; restored: boolean }>(() => {
    const draft = loadDraft(window.sessionStorage, key, initial);
    return draft ? { value: draft, restored: true } : { value: initial, restored: false };
  });
  const dirty = useRef(false);

  const update = useCallback((change: Partial<T> | ((current: T) => T)) => {
    dirty.current = true;
    setState((current) => ({ ...current, value: typeof change === 'function' ? change(current.value) : { ...current.value, ...change } }));
  }, []);

  useEffect(() => {
    if (dirty.current) saveDraft(window.sessionStorage, key, state.value);
  }, [key, state.value]);

  const clear = useCallback(() => {
    dirty.current = false;
    clearDraft(window.sessionStorage, key);
  }, [key]);

  /** Forgets the draft and starts again from `initial`. */
  const reset = useCallback((next: T) => {
    dirty.current = false;
    clearDraft(window.sessionStorage, key);
    setState({ value: next, restored: false });
  }, [key]);

  return { value: state.value, restored: state.restored, update, clear, reset };
}
