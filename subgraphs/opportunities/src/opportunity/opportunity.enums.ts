/** Kinds and statuses of opportunities, and the families of the toolbox. */
import { registerEnumType } from 'type-graphql';

export enum OpportunityKind {
  CIFRE = 'CIFRE',
  INTERNSHIP = 'INTERNSHIP',
  APPRENTICESHIP = 'APPRENTICESHIP',
  CHAIR = 'CHAIR',
  DETACHMENT = 'DETACHMENT',
  SECONDMENT = 'SECONDMENT',
  JOB = 'JOB',
  CALL_FOR_PROJECTS = 'CALL_FOR_PROJECTS',
  EVENT = 'EVENT',
}

export enum OpportunityStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  FILLED = 'FILLED',
}

export enum ToolFamily {
  UNIVERSITY_TO_TERRITORY = 'UNIVERSITY_TO_TERRITORY',
  TERRITORY_TO_UNIVERSITY = 'TERRITORY_TO_UNIVERSITY',
  SKILLS_TRANSFER = 'SKILLS_TRANSFER',
  BRIDGE = 'BRIDGE',
}

registerEnumType(OpportunityKind, {
  name: 'OpportunityKind',
  description: 'What sort of opportunity: a thesis, a placement, a position, a call or an event.',
  valuesConfig: {
    CIFRE: { description: 'CIFRE doctoral thesis (Convention industrielle de formation par la recherche).' },
    INTERNSHIP: { description: 'Internship (stage).' },
    APPRENTICESHIP: { description: 'Apprenticeship (alternance).' },
    CHAIR: { description: 'Research and teaching chair (chaire).' },
    DETACHMENT: { description: 'Détachement of a civil servant.' },
    SECONDMENT: { description: 'Mise à disposition.' },
    JOB: { description: 'Job offer.' },
    CALL_FOR_PROJECTS: { description: 'Call for projects (appel à projets).' },
    EVENT: { description: 'Event: seminar, workshop, conference.' },
  },
});
registerEnumType(OpportunityStatus, {
  name: 'OpportunityStatus',
  description: 'Where an opportunity stands in its life: draft, open, closed or filled.',
  valuesConfig: {
    DRAFT: { description: 'Not published: only editors see it.' },
    OPEN: { description: 'Open to applications.' },
    CLOSED: { description: 'No longer open.' },
    FILLED: { description: 'Filled.' },
  },
});
registerEnumType(ToolFamily, {
  name: 'ToolFamily',
  description: 'The four families of the partnership toolbox.',
  valuesConfig: {
    UNIVERSITY_TO_TERRITORY: { description: 'Tools for universities and labs to go towards collectivités.' },
    TERRITORY_TO_UNIVERSITY: { description: 'Tools for collectivités to go towards universities and labs.' },
    SKILLS_TRANSFER: { description: 'Transfers of know-how and people between the two worlds.' },
    BRIDGE: { description: 'Bridges: places and structures where both worlds already meet.' },
  },
});
