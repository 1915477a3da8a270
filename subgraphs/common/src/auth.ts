/**
 * Who is asking. Bearer JWTs (HS256, signed with JWT_SECRET) carry a subject, a role and, for
 * editors, the territories they edit; the gateway and every subgraph verify them, so a subgraph
 * never trusts an unverified claim. Who may edit what is decided here, in requireEditorFor.
 */
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { forbidden, unauthenticated } from './errors.js';
import { territories as territoryIndex, type TerritoryCodes } from './territory.js';

export const ROLES = ['member', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** Stable subject id of the signed-in person; null when anonymous. */
  id: string | null;
  role: Role | 'anonymous';
  name: string | null;
  /** The territories an editor edits, e.g. `region:84`, `departement:42` (see requireEditorFor). */
  territories: string[];
}

export const ANONYMOUS: Viewer = Object.freeze({ id: null, role: 'anonymous', name: null, territories: Object.freeze([]) as unknown as string[] });

const ISSUER = 'ecosystem-graph';
const AUDIENCE = 'ecosystem-graph';

function key(secret: string): Uint8Array {
  if (secret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters long.');
  return new TextEncoder().encode(secret);
}

export interface TokenClaims {
  sub: string;
  role: Role;
  name?: string;
  /** Territory grants (`region:84`, `departement:42`); omitted from the token when empty. */
  territories?: readonly string[];
  /** Lifetime, e.g. "12h" or "30d". */
  expiresIn?: string;
}

export async function mintToken(claims: TokenClaims, secret: string): Promise<string> {
  const territories = claims.territories?.length ? { territories: [...claims.territories] } : {};
  return new SignJWT({ role: claims.role, ...(claims.name ? { name: claims.name } : {}), ...territories })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(key(secret));
}

/** The viewer of an `Authorization` header value: anonymous when absent, an error when invalid. */
export async function viewerFromAuthorization(header: string | undefined, secret: string): Promise<Viewer> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  try {
    const { payload } = await jwtVerify(match[1]!, key(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const role = payload.role;
    if (typeof payload.sub !== 'string' || !ROLES.includes(role as Role)) throw unauthenticated('The token has no valid subject or role.');
    const granted = payload.territories ?? [];
    if (!Array.isArray(granted) || !granted.every((t) => typeof t === 'string' && TERRITORY_GRANT.test(t))) {
      throw unauthenticated('The token has an invalid territories claim.');
    }
    return { id: payload.sub, role: role as Role, name: typeof payload.name === 'string' ? payload.name : null, territories: granted as string[] };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The token has expired: sign in again.');
    if (error instanceof joseErrors.JOSEError) throw unauthenticated('The token is not valid.');
    throw error;
  }
}

const RANK: Record<Viewer['role'], number> = { anonymous: 0, member: 1, editor: 2, admin: 3 };

/** Throws UNAUTHENTICATED for anonymous viewers and FORBIDDEN when the role is too low. */
export function requireRole(viewer: Viewer, minimum: Role): void {
  if (viewer.role === 'anonymous') throw unauthenticated();
  if (RANK[viewer.role] < RANK[minimum]) throw forbidden(`This needs the ${minimum} role; you are signed in as ${viewer.role}.`);
}

/** Whether contact e-mails and phones may be shown: only to signed-in people. */
export function canSeePersonalData(viewer: Viewer): boolean {
  return viewer.role !== 'anonymous';
}

// ---------------------------------------------------------------------------------------------
// Territory scoping of editors.
//
// An account's territories are grants of the form `region:<INSEE code>` or `departement:<code>`.
// An admin edits everywhere; an editor edits a record when one of their grants covers the record's
// place: a `departement:` grant covers the records whose département is that one; a `region:`
// grant covers the records of that région, whatever their département. A record placed only at
// the région level is covered only by that région's grant (not by a grant on one of its
// départements), and a record with no territory only by admins. An editor without any grant edits
// nothing. Members never edit.

/** The form of one territory grant. */
export const TERRITORY_GRANT = /^(region|departement):([0-9]{2}|2A|2B|97[1-6])$/;

/**
 * Checks and normalises territory grants (trims, drops duplicates, sorts), against the official map:
 * `region:84` must be a région code, `departement:42` a département code. Returns the problems, one
 * line per refused entry, so that callers can name them all at once.
 */
export function checkTerritoryGrants(values: readonly string[]): { grants: string[]; problems: string[] } {
  const index = territoryIndex();
  const grants = new Set<string>();
  const problems: string[] = [];
  for (const raw of values) {
    const value = String(raw).trim();
    const match = TERRITORY_GRANT.exec(value);
    const known = match && (match[1] === 'region' ? index.region(match[2]!) : index.department(match[2]!));
    if (!known) {
      problems.push(`"${raw}" is not a territory: write region:<code> (e.g. region:84) or departement:<code> (e.g. departement:42), with an existing INSEE code.`);
    } else {
      grants.add(value);
    }
  }
  return { grants: [...grants].sort(), problems };
}

/** The most precise of a place's département and région, as a grant would name it. */
function describePlace(place: TerritoryCodes): string {
  if (place.departmentCode) return `departement:${place.departmentCode}`;
  if (place.regionCode) return `region:${place.regionCode}`;
  return 'aucun territoire';
}

/** Whether one of the viewer's grants covers the place (the rules above; admins aside). */
export function coversPlace(grants: readonly string[], place: TerritoryCodes): boolean {
  const department = place.departmentCode;
  const region = place.regionCode ?? (department ? territoryIndex().department(department)?.region ?? null : null);
  return grants.some((grant) => {
    const match = TERRITORY_GRANT.exec(grant);
    if (!match) return false;
    return match[1] === 'region' ? match[2] === region : department !== null && match[2] === department;
  });
}

/** Whether the viewer may edit records at this place. */
export function canEditPlace(viewer: Viewer, place: TerritoryCodes): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role !== 'editor') return false;
  return coversPlace(viewer.territories, place);
}

function checkEditor(viewer: Viewer): boolean {
  requireRole(viewer, 'editor');
  if (viewer.role === 'admin') return true;
  if (!viewer.territories.length) {
    throw forbidden('Aucun territoire ne vous est attribué : un éditeur sans territoire ne peut rien modifier. Demandez à un administrateur de vous en attribuer un (npm run user -- territories).');
  }
  return false;
}

/**
 * The one gate of every mutation: UNAUTHENTICATED for anonymous viewers, FORBIDDEN for members, for
 * editors without territory, and for editors whose territories do not cover `place`. Admins pass.
 */
export function requireEditorFor(viewer: Viewer, place: TerritoryCodes): void {
  if (checkEditor(viewer)) return;
  if (coversPlace(viewer.territories, place)) return;
  const where = describePlace(place);
  const what = where === 'aucun territoire' ? 'cette fiche n’a pas de territoire : seul un administrateur peut la modifier' : `cette fiche est dans ${where}`;
  throw forbidden(`Vous éditez les territoires ${viewer.territories.join(', ')} ; ${what}.`);
}

/**
 * The gate of a link between records (a partnership between two actors): the viewer must cover at
 * least one of the places. Same errors as requireEditorFor.
 */
export function requireEditorForAny(viewer: Viewer, places: readonly TerritoryCodes[]): void {
  if (checkEditor(viewer)) return;
  if (places.some((place) => coversPlace(viewer.territories, place))) return;
  throw forbidden(
    `Vous éditez les territoires ${viewer.territories.join(', ')} ; ces fiches sont dans ${places.map(describePlace).join(' et ')} : ` +
      'il faut couvrir au moins l’une des deux pour modifier leur partenariat.',
  );
}
