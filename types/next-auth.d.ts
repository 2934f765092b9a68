import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    /** The user's session version when the token was issued. */
    sv?: number;
    /** This session's id, fresh at each sign-in; signing out revokes it. */
    sid?: string;
  }
}
