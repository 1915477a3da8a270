/** @jest-environment jsdom */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { localizeProblem, mapFieldProblems, problemFromError, problemFromGraphQLErrors } from './apiErrors';
import { ACTOR_KEYS, CONTACT_ALIASES, CONTACT_KEYS, OPPORTUNITY_KEYS, TERRITORY_ALIASES } from './formState';

describe('problemFromGraphQLErrors', () => {
  it('lists every field of a BAD_USER_INPUT error', () => {
    const problem = problemFromGraphQLErrors([{
      message: 'Invalid input.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.title', fields: [{ field: 'input.title', message: 'Required.' }, { field: 'input.applyUrl', message: 'Must be an http(s) or mailto: URL.' }] },
    }]);
    expect(problem).toEqual({ kind: 'invalid', fields: [{ field: 'input.title', message: 'Required.' }, { field: 'input.applyUrl', message: 'Must be an http(s) or mailto: URL.' }] });
  });

  it('keeps a bad value refused before validation, with its message', () => {
    expect(problemFromGraphQLErrors([{ message: 'Date cannot represent "2026-13-45"', extensions: { code: 'BAD_USER_INPUT' } }]))
      .toEqual({ kind: 'invalid', fields: [{ field: '', message: 'Date cannot represent "2026-13-45"' }] });
  });

  it('names session and rights problems before anything else', () => {
    expect(problemFromGraphQLErrors([{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }])).toEqual({ kind: 'unauthenticated' });
    expect(problemFromGraphQLErrors([{ message: 'x', extensions: { code: 'FORBIDDEN' } }])).toEqual({ kind: 'forbidden' });
    expect(problemFromGraphQLErrors([{ message: 'x', extensions: { code: 'NOT_FOUND' } }])).toEqual({ kind: 'notFound' });
    expect(problemFromGraphQLErrors([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toEqual({ kind: 'unavailable' });
  });

  it('reads Apollo Client errors, and calls anything else unavailable', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] });
    expect(problemFromError(error)).toEqual({ kind: 'forbidden' });
    expect(problemFromError(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable' });
  });
});

describe('mapFieldProblems', () => {
  it('puts each API field on its form input, in the order of the form', () => {
    const mapped = mapFieldProblems([
      { field: 'input.applyUrl', message: 'Must be an http(s) or mailto: URL.' },
      { field: 'input.territory.communeCode', message: '"99999" is not the INSEE code of a current commune.' },
      { field: 'input.title', message: 'Required.' },
    ], OPPORTUNITY_KEYS, TERRITORY_ALIASES);
    expect(mapped.byKey).toEqual({
      applyUrl: ['Must be an http(s) or mailto: URL.'],
      'territory.communeCode': ['"99999" is not the INSEE code of a current commune.'],
      title: ['Required.'],
    });
    expect(mapped.order).toEqual(['title', 'territory.communeCode', 'applyUrl']);
    expect(mapped.unmatched).toEqual([]);
  });

  it('maps nested identifiers, whole-group problems through aliases, and keeps the unknown apart', () => {
    const mapped = mapFieldProblems([
      { field: 'input.identifiers.siren', message: 'Must be 9 digits.' },
      { field: 'input.territory', message: 'Give at least a région, a département, an EPCI or a commune.' },
      { field: 'input.source.license', message: 'Give the licence of the source.' },
      { field: 'input.location.latitude', message: 'Between -90 and 90.' },
    ], ACTOR_KEYS, TERRITORY_ALIASES);
    expect(mapped.byKey['identifiers.siren']).toEqual(['Must be 9 digits.']);
    expect(mapped.byKey['territory.communeCode']).toEqual(['Give at least a région, a département, an EPCI or a commune.']);
    expect(mapped.unmatched).toEqual(['Give the licence of the source.', 'Between -90 and 90.']);
    expect(mapped.order).toEqual(['identifiers.siren', 'territory.communeCode']);
  });

  it('shows a contact organisation kind problem on the organisation picker', () => {
    const mapped = mapFieldProblems([{ field: 'input.organizationKind', message: 'Not an ActorKind.' }], CONTACT_KEYS, CONTACT_ALIASES);
    expect(mapped.byKey).toEqual({ organizationId: ['Not an ActorKind.'] });
  });

  it('collects several messages for one input', () => {
    const mapped = mapFieldProblems([
      { field: 'input.partnerIds', message: 'Each must be an actor id.' },
      { field: 'input.partnerIds', message: 'The host is not its own partner.' },
    ], OPPORTUNITY_KEYS);
    expect(mapped.byKey.partnerIds).toHaveLength(2);
  });
});

describe('localizeProblem', () => {
  it('words known messages in French and leaves the others in English, saying so', () => {
    expect(localizeProblem('At most 300 characters.', 'fr')).toEqual({ text: '300 caractères au plus.', lang: 'fr' });
    expect(localizeProblem('"99999" is not the INSEE code of a current commune.', 'fr').text).toBe('« 99999 » n\'est le code INSEE d\'aucune commune actuelle.');
    expect(localizeProblem('Something new.', 'fr')).toEqual({ text: 'Something new.', lang: 'en' });
    expect(localizeProblem('Required.', 'en')).toEqual({ text: 'Required.', lang: 'en' });
  });
});
