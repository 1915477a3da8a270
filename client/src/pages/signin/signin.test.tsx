/** @jest-environment jsdom */
import { SignInError } from '../../auth/session';
import { DEFAULT_RETURN, oidcProblem, safeReturnPath, signInProblem } from './signin';

describe('safeReturnPath', () => {
  it('goes back to a page of this site', () => {
    expect(safeReturnPath('/edition/opportunites/nouvelle')).toBe('/edition/opportunites/nouvelle');
    expect(safeReturnPath('/territoire?departement=42')).toBe('/territoire?departement=42');
  });

  it('goes to the editing area when there is no return path, or one leading elsewhere', () => {
    for (const value of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/connexion', '/connexion?retour=/x']) {
      expect(safeReturnPath(value)).toBe(DEFAULT_RETURN);
    }
  });
});

describe('signInProblem', () => {
  it('tells wrong credentials, too many attempts and bad input apart from an unavailable service', () => {
    expect(signInProblem(new SignInError('UNAUTHENTICATED', 'x'))).toBe('UNAUTHENTICATED');
    expect(signInProblem(new SignInError('RATE_LIMITED', 'x'))).toBe('RATE_LIMITED');
    expect(signInProblem(new SignInError('BAD_USER_INPUT', 'x'))).toBe('BAD_USER_INPUT');
    expect(signInProblem(new SignInError('UNAVAILABLE', 'x'))).toBe('UNAVAILABLE');
    expect(signInProblem(new TypeError('Failed to fetch'))).toBe('UNAVAILABLE');
  });
});

describe('oidcProblem', () => {
  it('names the refusal the gateway sent back, and nothing without one', () => {
    expect(oidcProblem('OIDC_STATE')).toBe('OIDC_STATE');
    expect(oidcProblem('OIDC_EMAIL_TAKEN')).toBe('OIDC_EMAIL_TAKEN');
    expect(oidcProblem('something-new')).toBe('OIDC_PROVIDER_ERROR');
    expect(oidcProblem(null)).toBeNull();
    expect(oidcProblem('')).toBeNull();
  });
});
