// Signing in and out. With the server's own accounts the API checks the password once and keeps the
// signed-in account in a server session (an HttpOnly cookie); the console keeps no password or token.
// With the production login the console signs in at the office's identity provider (oidc.js).
import { api, ApiError } from './api.js';
import * as oidc from './oidc.js';

let method = { method: 'password' };

/**
 * Learns how this server signs in; with the production login, finishes a sign-in the provider has
 * just sent back, or leaves for the provider's login page when nobody is signed in.
 */
export async function prepare(language) {
  method = (await api.get('session/sign-in')).body;
  if (method.method !== 'oidc') return;
  await oidc.configure(method.issuer, method.clientId);
  api.authorization = oidc.authorization;
  await oidc.completeSignIn();
  if (!oidc.signedIn()) await oidc.signIn(language);
}

/** Whether the console signs in with its own form (the server's accounts). */
export function byPassword() {
  return method.method !== 'oidc';
}

/** Asks for a sign-in again: the console's form, or the provider's page (the drafts stay in the tab). */
export function signInAgain(language) {
  return byPassword() ? null : oidc.signIn(language);
}

/** The signed-in account ({username, roles}), or null. */
export async function current() {
  try {
    return (await api.get('session')).body;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(username, password) {
  return (await api.post('session', { username, password })).body;
}

export async function signOut() {
  await api.delete('session').catch(() => {});
  if (!byPassword()) await oidc.signOut();
}

/** Keeps the desk language the account chose, for its next sign-in on any computer. */
export async function chooseLanguage(language) {
  await api.put('session/language', { language });
}
