/**
 * The facilitator's workspace through the gateway: priority targets (CRUD), who sees them (their
 * owner only), the toolbox's next step for each (one level up, never more; mutual knowledge first),
 * concurrent edits and the cache policy. The action plan's CSV is parsed back in
 * client/e2e/workspace.e2e.test.ts (downloaded from the page) and client/src/pages/edit/workspace/csv.test.ts.
 */
import { PARTNERSHIP_TOOLS, stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let camille: string; // editor of the Loire
let dominique: string; // editor of the Loire too
let member: string;

const SAINT_ETIENNE = stableId('commune:42218');
const MINES = stableId('org:mines-saint-etienne');

beforeAll(async () => {
  stack = await startStack();
  camille = await stack.token('editor', 'camille', ['departement:42']);
  dominique = await stack.token('editor', 'dominique', ['departement:42']);
  member = await stack.token('member', 'morgan');
});
afterAll(() => stack.stop());

const TARGET = `id version currentIntensity aimedIntensity nextIntensity notes dueOn
  actor { id name } recommendedTool { slug title intensities } nextTools { slug intensities }`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const { data, errors } = await stack.query(query, variables, token);
  expect(errors).toBeUndefined();
  return data;
}

const ADD = `mutation($input: AddWorkspaceTargetInput!) { addWorkspaceTarget(input: $input) { ${TARGET} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWorkspaceTargetInput!) { updateWorkspaceTarget(id: $id, input: $input) { ${TARGET} } }`;
const MINE = `query { myTargets { ${TARGET} } }`;

describe('priority targets', () => {
  it('adds, lists by due date, edits and removes one\'s own targets', async () => {
    const a = (await ok(ADD, { input: { actorId: MINES, aimedIntensity: 4, notes: 'Rencontrer la direction de la recherche', dueOn: '2027-03-01' } }, camille)).addWorkspaceTarget;
    expect(a).toMatchObject({ version: 1, currentIntensity: 0, aimedIntensity: 4, nextIntensity: 1, dueOn: '2027-03-01', actor: { id: MINES } });
    const b = (await ok(ADD, { input: { actorId: SAINT_ETIENNE, currentIntensity: 2, aimedIntensity: 3, dueOn: '2027-01-15' } }, camille)).addWorkspaceTarget;
    const c = (await ok(ADD, { input: { actorId: stableId('commune:42095'), currentIntensity: 1, aimedIntensity: 2 } }, camille)).addWorkspaceTarget;

    // Soonest due first, undated last.
    expect((await ok(MINE, {}, camille)).myTargets.map((t: any) => t.id)).toEqual([b.id, a.id, c.id]);

    const edited = (await ok(UPDATE, { id: a.id, input: { currentIntensity: 1, notes: null, dueOn: '2026-12-01', expectedVersion: 1 } }, camille)).updateWorkspaceTarget;
    expect(edited).toMatchObject({ version: 2, currentIntensity: 1, aimedIntensity: 4, nextIntensity: 2, notes: null, dueOn: '2026-12-01' });
    expect((await ok(MINE, {}, camille)).myTargets.map((t: any) => t.id)).toEqual([a.id, b.id, c.id]);

    // A stale version (another tab) is refused and writes nothing.
    const stale = await stack.query(UPDATE, { id: a.id, input: { notes: 'perdu', expectedVersion: 1 } }, camille);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await ok(MINE, {}, camille)).myTargets.find((t: any) => t.id === a.id).notes).toBeNull();

    // The same actor twice is refused, naming the field.
    const twice = await stack.query(ADD, { input: { actorId: MINES, aimedIntensity: 2 } }, camille);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actorId' });

    expect((await ok(`mutation($id: ID!) { removeWorkspaceTarget(id: $id) }`, { id: c.id }, camille)).removeWorkspaceTarget).toBe(c.id);
    expect((await ok(MINE, {}, camille)).myTargets.map((t: any) => t.id)).toEqual([a.id, b.id]);
    const actorPage = await ok(`query($id: ID!) { actor(id: $id) { myTarget { id aimedIntensity } } }`, { id: MINES }, camille);
    expect(actorPage.actor.myTarget).toEqual({ id: a.id, aimedIntensity: 4 });
  });

  it('refuses bad input, naming every field at once, and writes nothing', async () => {
    const before = (await ok(MINE, {}, dominique)).myTargets.length;
    const bad = await stack.query(ADD, { input: { actorId: 'not-an-id', currentIntensity: 6, aimedIntensity: 0, notes: 'x'.repeat(4001) } }, dominique);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields.map((f: any) => f.field).sort()).toEqual(['input.actorId', 'input.aimedIntensity', 'input.currentIntensity', 'input.notes']);
    const missing = await stack.query(ADD, { input: { actorId: '00000000-0000-4000-8000-000000000000', aimedIntensity: 2 } }, dominique);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actorId' });
    expect((await ok(MINE, {}, dominique)).myTargets.length).toBe(before);
  });

  it('shows a workspace to its owner only: another editor of the same territory neither sees nor edits it', async () => {
    const own = (await ok(ADD, { input: { actorId: stableId('commune:42187'), aimedIntensity: 2, notes: 'Élu très disponible' } }, camille)).addWorkspaceTarget;
    const theirs = (await ok(MINE, {}, dominique)).myTargets;
    expect(theirs.map((t: any) => t.id)).not.toContain(own.id);
    for (const attempt of [
      stack.query(UPDATE, { id: own.id, input: { notes: 'pris' } }, dominique),
      stack.query(`mutation($id: ID!) { removeWorkspaceTarget(id: $id) }`, { id: own.id }, dominique),
    ]) {
      // NOT_FOUND, not FORBIDDEN: someone else's target id reveals nothing.
      expect((await attempt).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await ok(`query($id: ID!) { actor(id: $id) { myTarget { id } } }`, { id: stableId('commune:42187') }, dominique)).actor.myTarget).toBeNull();
    expect((await ok(MINE, {}, camille)).myTargets.find((t: any) => t.id === own.id).notes).toBe('Élu très disponible');
    // Members and visitors have no workspace.
    expect((await stack.query(MINE, {}, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(MINE, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok(`query($id: ID!) { actor(id: $id) { name myTarget { id } } }`, { id: stableId('commune:42187') })).actor.myTarget).toBeNull();
  });

  it('is never cacheable: private, no-store', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${camille}` },
      body: JSON.stringify({ query: '{ myTargets { id notes } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('the next step follows the toolbox', () => {
  it('starts with mutual knowledge and climbs one level at a time, never skipping one', async () => {
    const token = await stack.token('editor', 'ladder', ['departement:42']);
    const target = (await ok(ADD, { input: { actorId: MINES, currentIntensity: 0, aimedIntensity: 5 } }, token)).addWorkspaceTarget;
    // No relation yet, even aiming at experimentation (4+): first mutual knowledge, "Connaissance mutuelle" first.
    expect(target.nextIntensity).toBe(1);
    expect(target.recommendedTool.slug).toBe('connaissance-mutuelle');
    expect(target.recommendedTool.intensities).toContain(1);
    const levelOne = PARTNERSHIP_TOOLS.filter((tool) => tool.intensities.includes(1)).map((tool) => tool.slug).sort();
    expect(target.nextTools.map((t: any) => t.slug).sort()).toEqual(levelOne);
    for (let current = 1; current <= 5; current += 1) {
      const step = (await ok(UPDATE, { id: target.id, input: { currentIntensity: current } }, token)).updateWorkspaceTarget;
      if (current === 5) {
        expect(step).toMatchObject({ nextIntensity: null, recommendedTool: null, nextTools: [] });
        continue;
      }
      expect(step.nextIntensity).toBe(current + 1);
      expect(step.nextTools.length).toBeGreaterThan(0);
      expect(step.nextTools.every((t: any) => t.intensities.includes(current + 1))).toBe(true);
      expect(step.recommendedTool.intensities).toContain(current + 1);
    }
    // Aiming lower than reached: nothing to do.
    const reached = (await ok(UPDATE, { id: target.id, input: { currentIntensity: 3, aimedIntensity: 3 } }, token)).updateWorkspaceTarget;
    expect(reached).toMatchObject({ nextIntensity: null, recommendedTool: null });
    // The same rule as the public advice: nextPartnershipTools(currentIntensity) is the next level's tools.
    const advice = await ok(`{ nextPartnershipTools(currentIntensity: 0) { slug } }`, {});
    expect(advice.nextPartnershipTools.map((t: any) => t.slug).sort()).toEqual(levelOne);
  });
});
