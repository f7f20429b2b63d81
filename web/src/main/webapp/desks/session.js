// Signing in and out with the demo accounts: the API checks the password once and keeps the
// signed-in account in a server session (an HttpOnly cookie); the console keeps no password or token.
import { api, ApiError } from './api.js';

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
  await api.delete('session');
}
