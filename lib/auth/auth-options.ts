import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { findOrCreateOAuthUser, OAuthEmailTakenError } from './find-or-create-oauth-user';
import { oauthProviders } from './oauth-providers';
import { requestIp } from './request-ip';
import { verifyCredentials } from './verify-credentials';

/** next-auth configuration: credentials plus any configured OAuth, stateless JWT sessions. */
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
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
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { id: token.uid ?? '', name: token.name ?? '', email: token.email ?? '' };
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
};
