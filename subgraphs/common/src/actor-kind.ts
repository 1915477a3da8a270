/**
 * The kinds of actors. The actors subgraph owns actors, but `ContactFilter` takes the kind as input
 * too, and composition needs input enums identical in every subgraph: so the enum lives here, once.
 */
import { registerEnumType } from 'type-graphql';

export enum ActorKind {
  LAB = 'LAB',
  UNIVERSITY = 'UNIVERSITY',
  COLLECTIVITY = 'COLLECTIVITY',
  ASSOCIATION = 'ASSOCIATION',
  SATT = 'SATT',
  POLE = 'POLE',
  PUBLIC_BODY = 'PUBLIC_BODY',
  COMPANY = 'COMPANY',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What an actor is.',
  valuesConfig: {
    LAB: { description: 'Research unit or institute (RNSR structure, MSH, IEA…).' },
    UNIVERSITY: { description: 'University, school or grouping of higher education.' },
    COLLECTIVITY: { description: 'Collectivité territoriale or intercommunality: see collectivityLevel.' },
    ASSOCIATION: { description: 'Association (loi 1901), network or collective.' },
    SATT: { description: "Société d'accélération du transfert de technologies." },
    POLE: { description: 'Pôle de compétitivité.' },
    PUBLIC_BODY: { description: 'State agency or public body that is not a university.' },
    COMPANY: { description: 'Company or mutual.' },
  },
});
