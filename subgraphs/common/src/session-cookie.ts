/**
 * The cookie that tells the client a session may be restored. The refresh token itself is httpOnly
 * and scoped to /auth, so scripts cannot see it; this companion holds no secret, only "1", is set and
 * cleared with it (gateway/src/auth/routes.ts), and spares an anonymous visitor's page a call to
 * /auth/refresh that can only fail. Import-free: the client bundles it.
 */
export const SESSION_HINT_COOKIE = 'ecosystem_session';
