/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { clearDraft, draftKey, loadDraft, saveDraft, useDraftState } from './draft';
import { EMPTY_OPPORTUNITY } from './formState';

beforeEach(() => window.sessionStorage.clear());

describe('drafts in sessionStorage', () => {
  it('keeps one draft per form and record', () => {
    expect(draftKey('opportunity')).not.toBe(draftKey('opportunity', 'a1'));
    expect(draftKey('actor', 'a1')).not.toBe(draftKey('opportunity', 'a1'));
  });

  it('restores what was saved, and completes keys the draft lacks', () => {
    const key = draftKey('opportunity');
    saveDraft(window.sessionStorage, key, { title: 'Stage', applyUrl: 'javascript:x', host: { id: 'h1', name: 'Mines Saint-Étienne' } });
    const restored = loadDraft(window.sessionStorage, key, EMPTY_OPPORTUNITY);
    expect(restored).toEqual({ ...EMPTY_OPPORTUNITY, title: 'Stage', applyUrl: 'javascript:x', host: { id: 'h1', name: 'Mines Saint-Étienne' } });
  });

  it('ignores unreadable drafts and values of the wrong shape', () => {
    const key = draftKey('actor');
    window.sessionStorage.setItem(key, '{not json');
    expect(loadDraft(window.sessionStorage, key, EMPTY_OPPORTUNITY)).toBeNull();
    saveDraft(window.sessionStorage, key, { title: 42, partners: 'x' });
    expect(loadDraft(window.sessionStorage, key, EMPTY_OPPORTUNITY)).toEqual(EMPTY_OPPORTUNITY);
    clearDraft(window.sessionStorage, key);
    expect(loadDraft(window.sessionStorage, key, EMPTY_OPPORTUNITY)).toBeNull();
  });
});

function TitleForm({ id }: { id?: string }) {
  const draft = useDraftState(draftKey('opportunity', id), EMPTY_OPPORTUNITY);
  return (
    <form>
      {draft.restored && <p>restored</p>}
      <label htmlFor="title">Titre</label>
      <input id="title" value={draft.value.title} onChange={(e) => draft.update({ title: e.target.value })} />
      <button type="button" onClick={draft.clear}>saved</button>
    </form>
  );
}

describe('useDraftState', () => {
  it('survives a remount (a reload) until the form is saved', () => {
    const first = render(<TitleForm />);
    fireEvent.change(screen.getByLabelText('Titre'), { target: { value: 'Stage en innovation publique' } });
    first.unmount();

    const second = render(<TitleForm />);
    expect(screen.getByLabelText('Titre')).toHaveProperty('value', 'Stage en innovation publique');
    expect(screen.getByText('restored')).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'saved' }).click());
    second.unmount();

    render(<TitleForm />);
    expect(screen.getByLabelText('Titre')).toHaveProperty('value', '');
    expect(screen.queryByText('restored')).toBeNull();
  });

  it('does not write a draft for a form nobody touched', () => {
    render(<TitleForm id="x" />);
    expect(window.sessionStorage.getItem(draftKey('opportunity', 'x'))).toBeNull();
  });
});
