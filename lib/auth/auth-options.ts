import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { findLiveSessionUser } from './find-live-session-user';
import { findOrCreateOAuthUser, OAuthEmailTakenError } from './find-or-create-oauth-user';
import { oauthProviders } from './oauth-providers';
import { requestIp } from './request-ip';
import { revokeSession, SESSION_MAX_AGE_SECONDS } from './revoke-session';
import { verifyCredentials } from './verify-credentials';

/**
 * next-auth configuration: credentials plus any configured OAuth, JWT sessions that are
 * checked against the database on every read, so signing out, a password change or a
 * deleted account ends them even where a copy of the cookie survives.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        if (!credentials?.email || !credentials.password) {
          throw new Error('Enter your email and password.');
        }
        return verifyCredentials({
          email: credentials.email,
          password: credentials.password,
          ip: requestIp(req.headers ?? {}),
        });
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (!account || account.provider === 'credentials') return true;
      try {
        const local = await findOrCreateOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email,
          name: user.name,
        });
        // The jwt callback reads these; the provider's own id means nothing to us.
        user.id = local.id;
        user.sessionVersion = local.sessionVersion;
        return true;
      } catch (err) {
        if (err instanceof OAuthEmailTakenError) return '/signin?error=OAuthAccountNotLinked';
        throw err;
      }
    },
    async jwt({ token, user }) {
      // A fresh id per sign-in, so that signing out can end this session and no other.
      if (user) return { ...token, uid: user.id, sv: user.sessionVersion ?? 0, sid: randomUUID() };
      // Every read of a session passes here: getServerSession on the server and the refresh
      // at /api/auth/session. An ended one becomes an empty token, which speaks for nobody
      // and, unlike a thrown error, is not logged as a fault on every replay.
      const live = await findLiveSessionUser(token);
      return live ? { ...token, name: live.name, email: live.email } : {};
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? '', name: token.name ?? '', email: token.email ?? '' };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await revokeSession(token);
    },
  },
};
