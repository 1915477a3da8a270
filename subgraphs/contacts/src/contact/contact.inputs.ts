/** Inputs of the contact queries and mutations. */
import { DateScalar, ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActorKind } from '@ecosystem/common';
import { ContactRole } from './contact.enums.js';

@InputType({ description: 'Every given criterion must match. Lists match any of their values.' })
export class ContactFilter {
  @Field(() => [ContactRole], { nullable: true, description: 'Contacts having at least one of these roles.' }) roles?: ContactRole[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'French full-text search on names, job titles and themes, insensitive to accents and case, tolerant of typos in names. Never matches e-mails or phones.',
  })
  search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Contacts having at least one of these themes.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Contacts working in this région (INSEE code, e.g. "84").' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Contacts working in this département (INSEE code, e.g. "42").' }) departmentCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the contacts of this actor.' }) organizationId?: string | null;
  @Field(() => [ActorKind], { nullable: true, description: 'Only contacts whose organisation is of one of these kinds (as recorded with the contact).' })
  organizationKinds?: ActorKind[] | null;
}

const ORGANIZATION_ID = 'Id of the Actor the contact works for. Its existence is not checked: actors live in another subgraph.';
const ORGANIZATION_KIND = "ActorKind of that organisation, recorded with the contact so that lists can filter on it. Needs organizationId.";

@InputType({ description: 'A new contact. E-mail and phone must be professional details published by the source.' })
export class CreateContactInput {
  @Field({ description: 'Name as the person is publicly known.' }) displayName!: string;
  @Field(() => String, { nullable: true, description: 'Job title as published.' }) jobTitle?: string | null;
  @Field(() => [ContactRole], { description: 'At least one role.' }) roles!: ContactRole[];
  @Field(() => ID, { nullable: true, description: ORGANIZATION_ID }) organizationId?: string | null;
  @Field(() => ActorKind, { nullable: true, description: ORGANIZATION_KIND }) organizationKind?: ActorKind | null;
  @Field(() => [String], { nullable: true, description: 'Keywords; stored in lower case.' }) themes?: string[] | null;
  @Field(() => TerritoryInput, { description: 'Where the contact works; at least one code.' }) territory!: TerritoryInput;
  @Field(() => String, { nullable: true, description: 'Professional e-mail as published by the source; shown to signed-in viewers only.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Digits, spaces, +, dots and parentheses; 6 to 30 characters.' }) phone?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day these details were last checked against the source.' }) lastVerifiedOn?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the details are published; defaults to the editor.' }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to a contact: omitted fields stay as they are, null clears an optional field.' })
export class UpdateContactInput {
  @Field(() => String, { nullable: true, description: 'New public name (cannot be null).' }) displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'New job title; null clears it.' }) jobTitle?: string | null;
  @Field(() => [ContactRole], { nullable: true, description: 'The new roles, replacing the old ones; at least one.' }) roles?: ContactRole[] | null;
  @Field(() => ID, {
    nullable: true,
    description: `${ORGANIZATION_ID} Changing it without organizationKind forgets the recorded kind.`,
  })
  organizationId?: string | null;
  @Field(() => ActorKind, { nullable: true, description: ORGANIZATION_KIND }) organizationKind?: ActorKind | null;
  @Field(() => [String], { nullable: true, description: 'The new keywords, replacing the old ones.' }) themes?: string[] | null;
  @Field(() => TerritoryInput, { nullable: true, description: 'New place; must stay within the editor\'s territories.' }) territory?: TerritoryInput | null;
  @Field(() => String, { nullable: true, description: 'New professional e-mail; null clears it.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'New professional phone; null clears it.' }) phone?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day the details were last checked against the source.' }) lastVerifiedOn?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the new details are published; defaults to the editor.' }) source?: ProvenanceInput | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the editor loaded. When the contact has changed since, the update is refused with CONFLICT (extensions: currentVersion, changedFields) and nothing is written.',
  })
  expectedVersion?: number | null;
}
