/** The roles of contacts in the public contract. */
import { registerEnumType } from 'type-graphql';

export enum ContactRole {
  FACILITATOR = 'FACILITATOR',
  RESEARCHER = 'RESEARCHER',
  DOCTORAL_CANDIDATE = 'DOCTORAL_CANDIDATE',
  AGENT = 'AGENT',
  ELECTED_OFFICIAL = 'ELECTED_OFFICIAL',
  OTHER = 'OTHER',
}

export const CONTACT_ROLES: readonly ContactRole[] = Object.values(ContactRole);

registerEnumType(ContactRole, {
  name: 'ContactRole',
  description: 'What a contact does in the research–territory ecosystem. A contact may have several roles.',
  valuesConfig: {
    FACILITATOR: { description: 'Builds bridges between research and territories: partnership officer, mediator, network coordinator.' },
    RESEARCHER: { description: 'Researcher or lecturer-researcher.' },
    DOCTORAL_CANDIDATE: { description: 'Doctoral candidate, e.g. a CIFRE doctoral candidate hosted by a collectivité.' },
    AGENT: { description: 'Civil servant or employee of a collectivité or a public body.' },
    ELECTED_OFFICIAL: { description: 'Elected official of a collectivité.' },
    OTHER: { description: 'Any other professional capacity.' },
  },
});
