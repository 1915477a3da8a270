/**
 * Sign-in (/connexion): e-mail and password, errors in plain words, then back to where the person
 * came from (`?retour=`) or the editing area.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOidcSignIn, useSession } from '../../auth/session';
import { useMessages, type Messages } from '../../i18n/i18n';
import { oidcProblem, safeReturnPath, signInProblem, type OidcProblem, type SignInProblem } from './signin';
import './signin.css';

type Problem = SignInProblem | OidcProblem;

const MESSAGES: Messages<{
  title: string; intro: string; returning: string; email: string; emailHint: string; password: string; showPassword: string;
  submit: string; submitting: string; errors: Record<SignInProblem, string>; signedIn: (name: string) => string; continue: string; home: string;
  withProvider: (label: string) => string; providerHint: (label: string) => string; or: string; oidcErrors: Record<OidcProblem, (label: string) => string>;
}> = {
  fr: {
    title: 'Se connecter',
    intro: 'La connexion donne accès aux coordonnées des interlocuteurs et, pour les éditeurs, à la modification de l’annuaire.',
    returning: 'Une fois connecté·e, vous reviendrez à la page que vous consultiez.',
    email: 'Adresse e-mail', emailHint: 'Par exemple prenom.nom@example.fr', password: 'Mot de passe', showPassword: 'Afficher le mot de passe',
    submit: 'Se connecter', submitting: 'Connexion…',
    errors: {
      UNAUTHENTICATED: 'L’adresse e-mail ou le mot de passe est incorrect. Vérifiez votre saisie et réessayez.',
      RATE_LIMITED: 'Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.',
      BAD_USER_INPUT: 'Saisissez une adresse e-mail valide et votre mot de passe.',
      MISSING: 'Saisissez votre adresse e-mail et votre mot de passe.',
      UNAVAILABLE: 'Le service de connexion ne répond pas pour l’instant. Réessayez dans un moment.',
    },
    signedIn: (name) => `Vous êtes connecté·e en tant que ${name}.`, continue: 'Continuer', home: 'Aller à l’accueil',
    withProvider: (label) => `Se connecter avec ${label}`,
    providerHint: (label) => `Agents publics : utilisez votre compte professionnel via ${label}, sans mot de passe à retenir ici.`,
    or: 'ou avec votre adresse e-mail',
    oidcErrors: {
      OIDC_STATE: (label) => `La connexion avec ${label} n’a pas abouti : elle a expiré ou a été commencée dans un autre navigateur. Recommencez.`,
      OIDC_ACCESS_DENIED: (label) => `La connexion avec ${label} a été annulée.`,
      OIDC_PROVIDER_ERROR: (label) => `${label} a refusé la connexion. Recommencez, ou connectez-vous avec votre adresse e-mail.`,
      OIDC_UNAVAILABLE: (label) => `${label} ne répond pas pour l’instant. Réessayez dans un moment.`,
      OIDC_INVALID_TOKEN: (label) => `La réponse de ${label} n’a pas pu être vérifiée ; par sécurité, la connexion est refusée. Recommencez.`,
      OIDC_ACR: (label) => `${label} ne vous a pas authentifié·e avec le niveau de sécurité demandé.`,
      OIDC_EMAIL_MISSING: (label) => `${label} n’a pas transmis votre adresse e-mail : la connexion est impossible.`,
      OIDC_EMAIL_TAKEN: () => 'Un compte utilise déjà cette adresse e-mail : connectez-vous avec votre mot de passe, ou demandez à un administrateur de relier les deux.',
      OIDC_ACCOUNT_DISABLED: () => 'Ce compte est désactivé.',
    },
  },
  en: {
    title: 'Sign in',
    intro: 'Signing in shows the contacts’ details and, for editors, lets you change the directory.',
    returning: 'Once signed in, you will return to the page you were on.',
    email: 'E-mail address', emailHint: 'E.g. first.last@example.fr', password: 'Password', showPassword: 'Show password',
    submit: 'Sign in', submitting: 'Signing in…',
    errors: {
      UNAUTHENTICATED: 'The e-mail address or the password is wrong. Check what you typed and try again.',
      RATE_LIMITED: 'Too many sign-in attempts. Wait a few minutes before trying again.',
      BAD_USER_INPUT: 'Type a valid e-mail address and your password.',
      MISSING: 'Type your e-mail address and your password.',
      UNAVAILABLE: 'The sign-in service is not answering right now. Try again in a moment.',
    },
    signedIn: (name) => `You are signed in as ${name}.`, continue: 'Continue', home: 'Go to the home page',
    withProvider: (label) => `Sign in with ${label}`,
    providerHint: (label) => `Public agents: use your work account through ${label}, with no password to remember here.`,
    or: 'or with your e-mail address',
    oidcErrors: {
      OIDC_STATE: (label) => `Signing in with ${label} did not complete: it expired or was started in another browser. Try again.`,
      OIDC_ACCESS_DENIED: (label) => `Signing in with ${label} was cancelled.`,
      OIDC_PROVIDER_ERROR: (label) => `${label} refused the sign-in. Try again, or sign in with your e-mail address.`,
      OIDC_UNAVAILABLE: (label) => `${label} is not answering right now. Try again in a moment.`,
      OIDC_INVALID_TOKEN: (label) => `The answer from ${label} could not be verified, so the sign-in was refused. Try again.`,
      OIDC_ACR: (label) => `${label} did not authenticate you at the required security level.`,
      OIDC_EMAIL_MISSING: (label) => `${label} did not share your e-mail address, so you cannot be signed in.`,
      OIDC_EMAIL_TAKEN: () => 'An account already uses this e-mail address: sign in with its password, or ask an administrator to join the two.',
      OIDC_ACCOUNT_DISABLED: () => 'This account is disabled.',
    },
  },
};

function isOidcProblem(code: Problem): code is OidcProblem {
  return code.startsWith('OIDC_');
}

export function SignInPage() {
  const t = useMessages(MESSAGES);
  const { user, signIn } = useSession();
  const oidc = useOidcSignIn();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = safeReturnPath(params.get('retour'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  // A refused sign-in at the provider comes back as /connexion?erreur=<CODE> (gateway/src/auth/oidc/routes.ts).
  const [problem, setProblem] = useState<{ code: Problem; at: number } | null>(() => {
    const code = oidcProblem(params.get('erreur'));
    return code ? { code, at: 0 } : null;
  });
  const [signingIn, setSigningIn] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  // Each new error takes the focus, so that it is read out and the person knows where they are.
  useEffect(() => {
    if (problem) errorRef.current?.focus();
  }, [problem]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setProblem({ code: 'MISSING', at: Date.now() });
      return;
    }
    setBusy(true);
    setProblem(null);
    setSigningIn(true);
    try {
      await signIn(email.trim(), password);
      navigate(target, { replace: true });
    } catch (error) {
      setSigningIn(false);
      setProblem({ code: signInProblem(error), at: Date.now() });
    } finally {
      setBusy(false);
    }
  };

  if (user && !signingIn) {
    return (
      <div className="signin">
        <h1>{t.title}</h1>
        <p>{t.signedIn(user.name)}</p>
        <p><Link className="button" to={target}>{t.continue}</Link></p>
      </div>
    );
  }

  const emailMissing = problem?.code === 'MISSING' && !email.trim();
  const passwordMissing = problem?.code === 'MISSING' && !password;
  const wrong = problem?.code === 'UNAUTHENTICATED' || problem?.code === 'BAD_USER_INPUT';
  return (
    <div className="signin">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {params.get('retour') && <p className="hint">{t.returning}</p>}
      {problem && (
        <div className="signin-error" role="alert" tabIndex={-1} ref={errorRef} id="signin-error">
          <p>{isOidcProblem(problem.code) ? t.oidcErrors[problem.code](oidc?.label ?? 'ProConnect') : t.errors[problem.code]}</p>
        </div>
      )}
      {oidc && (
        <div className="signin-oidc">
          <a className="button signin-oidc-button" href={`${oidc.loginPath}?retour=${encodeURIComponent(target)}`}>{t.withProvider(oidc.label)}</a>
          <p className="hint">{t.providerHint(oidc.label)}</p>
          <p className="signin-or">{t.or}</p>
        </div>
      )}
      <form noValidate onSubmit={submit} aria-busy={busy || undefined}>
        <div className="field">
          <label htmlFor="signin-email">{t.email}</label>
          <p className="hint" id="signin-email-hint">{t.emailHint}</p>
          <input id="signin-email" type="email" autoComplete="username" inputMode="email" spellCheck={false} value={email}
            onChange={(e) => setEmail(e.target.value)} aria-required="true"
            aria-invalid={emailMissing || wrong || undefined}
            aria-describedby={['signin-email-hint', problem && (emailMissing || wrong) ? 'signin-error' : ''].filter(Boolean).join(' ')} />
        </div>
        <div className="field">
          <label htmlFor="signin-password">{t.password}</label>
          <input id="signin-password" type={showPassword ? 'text' : 'password'} autoComplete="current-password" value={password}
            onChange={(e) => setPassword(e.target.value)} aria-required="true"
            aria-invalid={passwordMissing || wrong || undefined}
            aria-describedby={problem && (passwordMissing || wrong) ? 'signin-error' : undefined} />
          <div className="checkbox">
            <input id="signin-show" type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
            <label htmlFor="signin-show">{t.showPassword}</label>
          </div>
        </div>
        <button type="submit" disabled={busy}>{busy ? t.submitting : t.submit}</button>
      </form>
    </div>
  );
}
