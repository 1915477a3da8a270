/** What the actor editor asks `possibleDuplicates`, and how a DUPLICATE refusal reaches the form. */
import { duplicateProbe } from './PossibleDuplicates';
import { EMPTY_ACTOR } from './formState';
import { localizeProblem, problemFromGraphQLErrors } from './apiErrors';

describe('duplicateProbe', () => {
  it('waits for a name of three characters or an identifier', () => {
    expect(duplicateProbe({ ...EMPTY_ACTOR, name: 'Mi' }, undefined)).toBeNull();
    expect(duplicateProbe({ ...EMPTY_ACTOR, identifiers: { ...EMPTY_ACTOR.identifiers, uai: ' 0420094Z ' } }, undefined)).toMatchObject({
      name: '', identifiers: { uai: '0420094Z', siren: null }, territory: null, kind: null,
    });
  });

  it('sends the kind, the level of a collectivité only, and excludes the record being edited', () => {
    const probe = duplicateProbe({ ...EMPTY_ACTOR, name: ' Mines Saint-Étienne ', kind: 'UNIVERSITY', collectivityLevel: 'COMMUNE' }, 'id-1');
    expect(probe).toMatchObject({ name: 'Mines Saint-Étienne', kind: 'UNIVERSITY', collectivityLevel: null, excludeId: 'id-1' });
    expect(duplicateProbe({ ...EMPTY_ACTOR, name: 'Lyon', kind: 'COLLECTIVITY', collectivityLevel: 'COMMUNE' }, undefined)?.collectivityLevel).toBe('COMMUNE');
  });
});

it('shows a DUPLICATE refusal next to the identifier it names', () => {
  const problem = problemFromGraphQLErrors([
    { message: 'An actor with UAI 0420094Z already exists (x): edit it instead of creating a duplicate.', extensions: { code: 'DUPLICATE', field: 'input.identifiers.uai', existingId: 'x' } },
  ]);
  expect(problem).toEqual({ kind: 'invalid', fields: [{ field: 'input.identifiers.uai', message: expect.stringMatching(/UAI 0420094Z already exists/) }] });
  expect(localizeProblem((problem as { fields: Array<{ message: string }> }).fields[0]!.message, 'fr')).toEqual({
    text: "Une fiche a déjà l'UAI 0420094Z (x) : modifiez-la plutôt que d'en créer une seconde.", lang: 'fr',
  });
});
