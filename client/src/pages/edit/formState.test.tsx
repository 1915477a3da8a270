/** @jest-environment jsdom */
import {
  EMPTY_ACTOR, EMPTY_CONTACT, EMPTY_OPPORTUNITY, EMPTY_PARTNERSHIP, splitThemes, toActorInput, toContactInput, toOpportunityInput, toPartnershipInput,
} from './formState';

describe('form state → mutation input', () => {
  it('builds a CreateOpportunityInput: trimmed text, empty as null, themes and missions as lists', () => {
    const input = toOpportunityInput({
      ...EMPTY_OPPORTUNITY,
      kind: 'INTERNSHIP', title: '  Stage innovation publique ', description: 'Six mois au labo.',
      host: { id: 'host-1', name: 'Mines Saint-Étienne', kind: 'UNIVERSITY' },
      partners: [{ id: 'p-1', name: 'Ville de Saint-Étienne' }],
      themes: 'innovation publique, , design des politiques publiques',
      territory: { regionCode: '84', departmentCode: '42', communeCode: '42218', communeName: 'Saint-Étienne' },
      deadline: '2026-12-01', durationMonths: '6', missions: 'Enquêter\n\n Prototyper ', applyUrl: ' https://example.fr/candidater ',
    });
    expect(input).toEqual({
      kind: 'INTERNSHIP', status: 'OPEN', title: 'Stage innovation publique', description: 'Six mois au labo.',
      hostId: 'host-1', partnerIds: ['p-1'], toolSlug: null, themes: ['innovation publique', 'design des politiques publiques'],
      territory: { regionCode: '84', departmentCode: '42', communeCode: '42218' },
      placeName: null, startsOn: null, deadline: '2026-12-01', durationMonths: 6, remuneration: null, contractType: null,
      missions: ['Enquêter', 'Prototyper'], profile: null, howToApply: null, applyUrl: 'https://example.fr/candidater',
    });
  });

  it('leaves judging to the API: no host gives an empty id, a bad URL goes as typed', () => {
    const input = toOpportunityInput({ ...EMPTY_OPPORTUNITY, applyUrl: 'javascript:x' });
    expect(input.hostId).toBe('');
    expect(input.applyUrl).toBe('javascript:x');
    expect(input.territory).toEqual({ regionCode: null, departmentCode: null, communeCode: null });
  });

  it('builds a CreateActorInput, with a level only for a collectivité', () => {
    const lab = toActorInput({ ...EMPTY_ACTOR, kind: 'LAB', collectivityLevel: 'COMMUNE', name: 'LabEx', identifiers: { ...EMPTY_ACTOR.identifiers, rnsr: ' 200212720X ' } });
    expect(lab.collectivityLevel).toBeNull();
    expect(lab.identifiers).toEqual({ siren: null, rnsr: '200212720X', uai: null, ror: null, insee: null });
    expect(lab.parentId).toBeNull();
    const commune = toActorInput({ ...EMPTY_ACTOR, kind: 'COLLECTIVITY', collectivityLevel: 'COMMUNE', parent: { id: 'epci-1', name: 'Saint-Étienne Métropole' } });
    expect(commune.collectivityLevel).toBe('COMMUNE');
    expect(commune.parentId).toBe('epci-1');
  });

  it('builds a CreateContactInput with the organisation and its kind', () => {
    const input = toContactInput({
      ...EMPTY_CONTACT, displayName: 'Marie Jaisson', roles: ['FACILITATOR'], organization: { id: 'msh', name: 'MSH Paris Nord', kind: 'LAB' },
      territory: { regionCode: '', departmentCode: '93', communeCode: '', communeName: '' }, email: ' ',
    });
    expect(input).toMatchObject({ displayName: 'Marie Jaisson', roles: ['FACILITATOR'], organizationId: 'msh', organizationKind: 'LAB', email: null });
    expect(input.territory).toEqual({ regionCode: null, departmentCode: '93', communeCode: null });
    expect(toContactInput(EMPTY_CONTACT)).toMatchObject({ organizationId: null, organizationKind: null });
  });

  it('builds an AddPartnershipInput with the intensity as a number', () => {
    expect(toPartnershipInput('a-1', { ...EMPTY_PARTNERSHIP, partner: { id: 'a-2', name: 'Campus Condorcet' }, toolSlug: 'chaires', intensity: '3' }))
      .toEqual({ actorId: 'a-1', partnerId: 'a-2', toolSlug: 'chaires', intensity: 3, startedOn: null, note: null });
  });

  it('splits themes on commas', () => {
    expect(splitThemes(' santé,innovation publique ,')).toEqual(['santé', 'innovation publique']);
  });
});
