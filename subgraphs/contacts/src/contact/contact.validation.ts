/** Turns mutation inputs into checked column values, naming every bad field at once. */
import {
  InputProblems, isUuid, normalizeThemes, optionalText, provenanceFromInput, requiredText, territories,
  type ProvenanceColumns, type TerritoryCodes, type Viewer,
} from '@ecosystem/common';
import { ActorKind } from '@ecosystem/common';
import type { Contact } from './contact.entity.js';
import { CONTACT_ROLES, type ContactRole } from './contact.enums.js';
import type { CreateContactInput, UpdateContactInput } from './contact.inputs.js';

/** Simple RFC 5322-ish address (the WHATWG `input type=email` rule, with a dotted domain). */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
export const MAX_EMAIL_LENGTH = 254;
const PHONE = /^[0-9 +.()]{6,30}$/;

export function checkEmail(value: string | null | undefined, field: string, problems: InputProblems): string | null {
  const email = optionalText(value, field, MAX_EMAIL_LENGTH, problems);
  if (email !== null) problems.check(EMAIL.test(email), field, 'Must be an e-mail address, e.g. "prenom.nom@example.fr".');
  return email;
}

export function checkPhone(value: string | null | undefined, field: string, problems: InputProblems): string | null {
  if (value === null || value === undefined) return null;
  const phone = value.trim();
  if (!phone) return null;
  problems.check(
    PHONE.test(phone) && /\d/.test(phone),
    field,
    'Must be a phone number of 6 to 30 characters: digits, spaces, +, dots and parentheses, e.g. "+33 1 23 45 67 89".',
  );
  return phone;
}

const isRole = (value: string): value is ContactRole => (CONTACT_ROLES as readonly string[]).includes(value);

/** Roles without duplicates; at least one. Takes plain strings too, for the seed. */
export function checkRoles(roles: readonly string[] | null | undefined, field: string, problems: InputProblems): ContactRole[] {
  const unique = [...new Set(roles ?? [])];
  problems.check(unique.length > 0, field, 'Give at least one role.');
  problems.check(unique.every(isRole), field, `Roles are ${CONTACT_ROLES.join(', ')}.`);
  return unique.filter(isRole);
}

export function checkOrganization(
  id: string | null | undefined,
  kind: ActorKind | null | undefined,
  problems: InputProblems,
): { organizationId: string | null; organizationKind: ActorKind | null } {
  const organizationId = id?.trim() || null;
  if (organizationId) problems.check(isUuid(organizationId), 'input.organizationId', 'Must be an actor id (a UUID).');
  if (kind) {
    problems.check(Object.values(ActorKind).includes(kind), 'input.organizationKind', 'Not an ActorKind.');
    problems.check(!!organizationId, 'input.organizationKind', 'Give organizationId too: this is the kind of that organisation.');
  }
  return { organizationId: organizationId?.toLowerCase() ?? null, organizationKind: kind ?? null };
}

export interface CheckedContact {
  displayName: string;
  jobTitle: string | null;
  roles: ContactRole[];
  organizationId: string | null;
  organizationKind: ActorKind | null;
  themes: string[];
  place: TerritoryCodes;
  email: string | null;
  phone: string | null;
  lastVerifiedOn: string | null;
  source: ProvenanceColumns;
}

/** The fields every contact write checks the same way, whatever the mutation. */
interface ContactFields {
  displayName: string | null | undefined;
  jobTitle: string | null | undefined;
  roles: readonly ContactRole[] | null | undefined;
  organizationId: string | null | undefined;
  organizationKind: ActorKind | null | undefined;
  themes: readonly string[] | null | undefined;
  email: string | null | undefined;
  phone: string | null | undefined;
  lastVerifiedOn: string | null | undefined;
}

function checkFields(input: ContactFields, problems: InputProblems): Omit<CheckedContact, 'place' | 'source'> {
  return {
    displayName: requiredText(input.displayName, 'input.displayName', 200, problems),
    jobTitle: optionalText(input.jobTitle, 'input.jobTitle', 500, problems),
    roles: checkRoles(input.roles, 'input.roles', problems),
    ...checkOrganization(input.organizationId, input.organizationKind, problems),
    themes: normalizeThemes(input.themes, 'input.themes', problems),
    email: checkEmail(input.email, 'input.email', problems),
    phone: checkPhone(input.phone, 'input.phone', problems),
    lastVerifiedOn: input.lastVerifiedOn ?? null,
  };
}

const NOWHERE: TerritoryCodes = { regionCode: null, departmentCode: null, epciCode: null, communeCode: null };

export function checkCreateContact(input: CreateContactInput, viewer: Viewer): CheckedContact {
  const problems = new InputProblems();
  const checked: CheckedContact = {
    ...checkFields(
      {
        displayName: input.displayName,
        jobTitle: input.jobTitle,
        roles: input.roles,
        organizationId: input.organizationId,
        organizationKind: input.organizationKind,
        themes: input.themes,
        email: input.email,
        phone: input.phone,
        lastVerifiedOn: input.lastVerifiedOn,
      },
      problems,
    ),
    place: territories().validate(input.territory, 'input.territory', problems) ?? NOWHERE,
    source: provenanceFromInput(input.source, viewer, 'input.source', problems),
  };
  problems.throwIfAny();
  return checked;
}

/**
 * The contact after `input` is applied to `existing`: omitted fields are kept, null clears the
 * optional ones (and is refused for the required ones). Changing the organisation without giving
 * its kind forgets the recorded kind, which would otherwise describe the previous organisation.
 */
export function checkUpdateContact(input: UpdateContactInput, existing: Contact, viewer: Viewer): CheckedContact {
  const given = (key: keyof UpdateContactInput) => input[key] !== undefined;
  const problems = new InputProblems();
  const organizationId = given('organizationId') ? input.organizationId : existing.organizationId;
  const sameOrganization = (organizationId?.trim().toLowerCase() || null) === existing.organizationId;
  const checked: CheckedContact = {
    ...checkFields(
      {
        displayName: given('displayName') ? input.displayName : existing.displayName,
        jobTitle: given('jobTitle') ? input.jobTitle : existing.jobTitle,
        roles: given('roles') ? input.roles : existing.roles,
        organizationId,
        organizationKind: given('organizationKind') ? input.organizationKind : sameOrganization ? existing.organizationKind : null,
        themes: given('themes') ? input.themes : existing.themes,
        email: given('email') ? input.email : existing.email,
        phone: given('phone') ? input.phone : existing.phone,
        lastVerifiedOn: given('lastVerifiedOn') ? input.lastVerifiedOn : existing.lastVerifiedOn,
      },
      problems,
    ),
    // The place is required: null keeps it, like omitting it. The stored one is not re-checked.
    place: input.territory ? territories().validate(input.territory, 'input.territory', problems) ?? NOWHERE : existing.place,
    source: input.source ? provenanceFromInput(input.source, viewer, 'input.source', problems) : existing.source,
  };
  problems.throwIfAny();
  return checked;
}
