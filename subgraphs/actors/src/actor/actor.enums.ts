/** Collectivity levels of the public contract; ActorKind is shared from the common kit. */
import { ActorKind } from '@ecosystem/common';
import { registerEnumType } from 'type-graphql';

export { ActorKind };

export enum CollectivityLevel {
  REGION = 'REGION',
  DEPARTMENT = 'DEPARTMENT',
  EPCI = 'EPCI',
  COMMUNE = 'COMMUNE',
}


registerEnumType(CollectivityLevel, {
  name: 'CollectivityLevel',
  description: 'Level of a collectivité, from the largest to the smallest.',
  valuesConfig: {
    REGION: { description: 'Région (or collectivité territoriale unique).' },
    DEPARTMENT: { description: 'Département.' },
    EPCI: { description: 'EPCI à fiscalité propre (métropole, CU, CA, CC) or EPT of the Grand Paris.' },
    COMMUNE: { description: 'Commune.' },
  },
});
