/**
 * Who is asking. Bearer JWTs (HS256, signed with JWT_SECRET) carry a subject and a role; the
 * gateway and every subgraph verify them, so a subgraph never trusts an unverified claim.
 */
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { forbidden, unauthenticated } from './errors.js';

export const ROLES = ['member', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** Stable subject id of the signed-in person; null when anonymous. */
  id: string | null;
  role: Role | 'anonymous';
  name: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ id: null, role: 'anonymous', name: null });

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
  /** Lifetime, e.g. "12h" or "30d". */
  expiresIn?: string;
}

export async function mintToken(claims: TokenClaims, secret: string): Promise<string> {
  return new SignJWT({ role: claims.role, ...(claims.name ? { name: claims.name } : {}) })
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
    return { id: payload.sub, role: role as Role, name: typeof payload.name === 'string' ? payload.name : null };
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
