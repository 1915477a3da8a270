/** The pure parts of revisions: snapshots, diffs and the redaction of personal data. */
import 'reflect-metadata';
import { RevisionAction, RevisionEntityType } from './graphql-types.js';
import { diffSnapshots, redactRevision, snapshotOf, type RevisionRecord } from './revisions.js';

it('snapshots content only, names the place territory, and writes dates as ISO strings', () => {
  const archivedAt = new Date('2026-11-24T10:00:00.000Z');
  const snapshot = snapshotOf({ id: 'x', ref: 'api:x', version: 3, updatedAt: new Date(), name: 'A', place: { communeCode: '42218' }, archivedAt, themes: ['a'] });
  expect(snapshot).toEqual({ name: 'A', territory: { communeCode: '42218' }, archivedAt: '2026-11-24T10:00:00.000Z', themes: ['a'] });
});

it('diffs nested objects by leaf and lists as wholes, in field order', () => {
  const changes = diffSnapshots(
    { name: 'A', themes: ['a', 'b'], territory: { communeCode: '42218', departmentCode: '42' }, website: null },
    { name: 'A', themes: ['b', 'a'], territory: { communeCode: '69123', departmentCode: '69' }, website: undefined as unknown as null },
  );
  expect(changes).toEqual([
    { field: 'territory.communeCode', before: '42218', after: '69123' },
    { field: 'territory.departmentCode', before: '42', after: '69' },
    { field: 'themes', before: ['a', 'b'], after: ['b', 'a'] },
  ]);
  expect(diffSnapshots(null, { name: 'A' })).toEqual([{ field: 'name', before: null, after: 'A' }]);
});

it('blanks hidden fields in states and changes, keeping the fact that they changed', () => {
  const record: RevisionRecord = {
    id: 'r', entityType: RevisionEntityType.CONTACT, entityId: 'c', version: 2, action: RevisionAction.UPDATE, authorId: 'a', authorName: 'A', authorRole: 'editor',
    at: new Date(), before: { email: 'a@example.fr', phone: null, displayName: 'X' }, after: { email: 'b@example.fr', phone: null, displayName: 'Y' },
    changes: [{ field: 'displayName', before: 'X', after: 'Y' }, { field: 'email', before: 'a@example.fr', after: 'b@example.fr' }], revertedTo: null,
  };
  const redacted = redactRevision(record, ['email', 'phone']);
  expect(JSON.stringify(redacted)).not.toMatch(/example\.fr/);
  expect(redacted.changes).toEqual([{ field: 'displayName', before: 'X', after: 'Y' }, { field: 'email', before: null, after: null }]);
  expect(redacted.after).toEqual({ email: null, phone: null, displayName: 'Y' });
});
