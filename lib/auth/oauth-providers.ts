import type { Provider } from 'next-auth/providers/index';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';

function env(...names: string[]): string | undefined {
  for (const name of names) if (process.env[name]) return process.env[name];
  return undefined;
}

/** The OAuth providers whose credentials are set in the environment. */
export function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  const githubId = env('GITHUB_ID', 'AUTH_GITHUB_ID');
  const githubSecret = env('GITHUB_SECRET', 'AUTH_GITHUB_SECRET');
  if (githubId && githubSecret)
    providers.push(GitHubProvider({ clientId: githubId, clientSecret: githubSecret }));
  const googleId = env('GOOGLE_CLIENT_ID', 'AUTH_GOOGLE_ID');
  const googleSecret = env('GOOGLE_CLIENT_SECRET', 'AUTH_GOOGLE_SECRET');
  if (googleId && googleSecret)
    providers.push(GoogleProvider({ clientId: googleId, clientSecret: googleSecret }));
  return providers;
}

/** Id and label of each enabled OAuth provider, for the sign-in buttons. */
export function enabledOAuthButtons(): { id: string; name: string }[] {
  return oauthProviders().map((p) => ({ id: p.id, name: p.name }));
}
