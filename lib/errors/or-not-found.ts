import { notFound } from 'next/navigation';
import { NotFoundError } from './app-error';

/** For pages: what `work` returns, or Next's not-found page when it throws NotFoundError. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
