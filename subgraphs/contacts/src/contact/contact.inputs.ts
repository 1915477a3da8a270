/** Inputs of the contact queries and mutations. */
import { DateScalar, ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, ID, InputType } from 'type-graphql';
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
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the contacts of this actor.' }) organizationId?: string | null;
  @Field(() => [ActorKind], { nullable: true, description: 'Only contacts whose organisation is of one of these kinds (as recorded with the contact).' })
  organizationKinds?: ActorKind[] | null;
}

const ORGANIZATION_ID = 'Id of the Actor the contact works for. Its existence is not checked: actors live in another subgraph.';
const ORGANIZATION_KIND = "ActorKind of that organisation, recorded with the contact so that lists can filter on it. Needs organizationId.";

@InputType({ description: 'A new contact. E-mail and phone must be professional details published by the source.' })
export class CreateContactInput {
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => [ContactRole]) roles!: ContactRole[];
  @Field(() => ID, { nullable: true, description: ORGANIZATION_ID }) organizationId?: string | null;
  @Field(() => ActorKind, { nullable: true, description: ORGANIZATION_KIND }) organizationKind?: ActorKind | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => TerritoryInput) territory!: TerritoryInput;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Digits, spaces, +, dots and parentheses; 6 to 30 characters.' }) phone?: string | null;
  @Field(() => DateScalar, { nullable: true }) lastVerifiedOn?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to a contact: omitted fields stay as they are, null clears an optional field.' })
export class UpdateContactInput {
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
  @Field(() => [ContactRole], { nullable: true }) roles?: ContactRole[] | null;
  @Field(() => ID, {
    nullable: true,
    description: `${ORGANIZATION_ID} Changing it without organizationKind forgets the recorded kind.`,
  })
  organizationId?: string | null;
  @Field(() => ActorKind, { nullable: true, description: ORGANIZATION_KIND }) organizationKind?: ActorKind | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => TerritoryInput, { nullable: true }) territory?: TerritoryInput | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => DateScalar, { nullable: true }) lastVerifiedOn?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
}
