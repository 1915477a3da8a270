/** Statuses and horizons of research needs. */
import { registerEnumType } from 'type-graphql';

export enum ResearchNeedStatus {
  OPEN = 'OPEN',
  TURNED_INTO_OPPORTUNITY = 'TURNED_INTO_OPPORTUNITY',
  CLOSED = 'CLOSED',
}

export enum ResearchNeedHorizon {
  SHORT_TERM = 'SHORT_TERM',
  MEDIUM_TERM = 'MEDIUM_TERM',
  LONG_TERM = 'LONG_TERM',
}

registerEnumType(ResearchNeedStatus, {
  name: 'ResearchNeedStatus',
  description: 'Where a research need stands.',
  valuesConfig: {
    OPEN: { description: 'Published: the requester is looking for partners.' },
    TURNED_INTO_OPPORTUNITY: { description: 'An opportunity was created from it (see `opportunity`): candidates apply there.' },
    CLOSED: { description: 'No longer sought (answered elsewhere or given up).' },
  },
});

registerEnumType(ResearchNeedHorizon, {
  name: 'ResearchNeedHorizon',
  description: 'When the requester hopes to start working on the question.',
  valuesConfig: {
    SHORT_TERM: { description: 'Within a year (an internship, a study, a detachment…).' },
    MEDIUM_TERM: { description: 'In one to three years (a CIFRE thesis, a research-action project…).' },
    LONG_TERM: { description: 'In more than three years (a chair, a lasting partnership…).' },
  },
});
