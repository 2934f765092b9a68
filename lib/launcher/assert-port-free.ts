import net from 'node:net';
import { UsageError } from '../cli/run-cli';

/** Throws a one-sentence error when `port` is already taken. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(
        new UsageError(
          `Port ${port} is already in use; stop whatever is using it or set PORT to another port.`,
        ),
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}
