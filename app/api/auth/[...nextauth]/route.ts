import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';
import { signInLimitResponse } from '@/lib/auth/sign-in-limit-response';

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions);

export { handler as GET };

/** next-auth's POST routes; a rate-limited credentials sign-in is answered 429 first. */
export async function POST(request: Request, context: Context): Promise<Response> {
  return (await signInLimitResponse(request)) ?? handler(request, context);
}
