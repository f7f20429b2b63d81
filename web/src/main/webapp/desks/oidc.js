// Signing in with the production login: at the office's identity provider, by OpenID Connect's
// authorization code flow with PKCE as a public client. The tokens are kept in this page's memory
// only, never in the browser's storage: a reload signs in again, which the provider's own session
// makes a quick round trip without its login page. Only the one-time PKCE verifier waits in the
// tab's storage while the provider's page is open.

const PENDING = 'appeals.oidc.pending';
/** Refreshed this long before the access token expires, so that no call goes out with a stale one. */
const EARLY_MS = 30_000;

let provider = null;
let tokens = null;

/** Reads the provider's discovery document: where to sign in, get tokens and sign out. */
export async function configure(issuer, clientId) {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, { credentials: 'omit' });
  if (!response.ok) throw new Error(`the identity provider answered ${response.status}`);
  const discovery = await response.json();
  provider = { issuer, clientId, authorize: discovery.authorization_endpoint, token: discovery.token_endpoint,
    endSession: discovery.end_session_endpoint };
}

function redirectUri() {
  return `${location.origin}/`;
}

function random(bytes) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function claims(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
}

/** Leaves for the provider's login page; the page comes back to {@link completeSignIn}. */
export async function signIn(language) {
  const pending = { verifier: random(32), state: random(16), nonce: random(16) };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier)));
  const url = new URL(provider.authorize);
  url.search = new URLSearchParams({
    client_id: provider.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri(),
    state: pending.state, nonce: pending.nonce, code_challenge: challenge, code_challenge_method: 'S256',
    ui_locales: language,
  }).toString();
  location.assign(url);
  return new Promise(() => {}); // the page is leaving
}

/**
 * When the provider has sent the browser back with a code: exchanges it for tokens (checking the
 * state and the ID token's nonce) and takes it out of the address bar. False when there is none.
 */
export async function completeSignIn() {
  const params = new URLSearchParams(location.search);
  if (!params.has('code') && !params.has('error')) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', location.pathname);
  if (!pending || params.get('state') !== pending.state) return false; // not this tab's sign-in
  if (params.has('error')) throw new Error(params.get('error_description') || params.get('error'));
  await tokenRequest({ grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
    code_verifier: pending.verifier });
  if (claims(tokens.id).nonce !== pending.nonce) {
    tokens = null;
    throw new Error('the identity provider answered another sign-in');
  }
  return true;
}

async function tokenRequest(form) {
  const response = await fetch(provider.token, {
    method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: provider.clientId, ...form }),
  });
  if (!response.ok) {
    tokens = null;
    throw new Error(`the identity provider refused the ${form.grant_type} (${response.status})`);
  }
  const answer = await response.json();
  tokens = { access: answer.access_token, refresh: answer.refresh_token, id: answer.id_token ?? tokens?.id,
    expiresAt: Date.now() + answer.expires_in * 1000 };
}

export function signedIn() {
  return tokens !== null;
}

/**
 * The Authorization header for the next call, the token refreshed first when it is about to
 * expire; null once the provider's session has ended (the API then answers 401 and the desk signs
 * in again, its drafts kept in the tab's storage).
 */
export async function authorization() {
  if (!tokens) return null;
  if (Date.now() > tokens.expiresAt - EARLY_MS) {
    try {
      await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh });
    } catch {
      return null;
    }
  }
  return `Bearer ${tokens.access}`;
}

/** Ends the provider's session too, then comes back to the console, which asks for a sign-in again. */
export async function signOut() {
  const url = new URL(provider.endSession);
  url.search = new URLSearchParams({ client_id: provider.clientId, post_logout_redirect_uri: redirectUri(),
    ...(tokens?.id ? { id_token_hint: tokens.id } : {}) }).toString();
  tokens = null;
  location.assign(url);
  return new Promise(() => {}); // the page is leaving: nothing after this may send it elsewhere
}
