import { describe, expect, it } from 'vitest';
import { collabAllowedOrigins, collabPort, publicCollabUrl } from './collab-config';

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe('collab configuration', () => {
  it('runs beside the web port unless told otherwise', () => {
    expect(collabPort(env({}))).toBe(3001);
    expect(collabPort(env({ PORT: '4000' }))).toBe(4001);
    expect(collabPort(env({ COLLAB_PORT: '9000' }))).toBe(9000);
    expect(() => collabPort(env({ COLLAB_PORT: 'soon' }))).toThrow(/COLLAB_PORT/);
  });
  it('accepts the web app’s origin, its loopback twin and configured extras only', () => {
    expect(collabAllowedOrigins(env({ NEXTAUTH_URL: 'http://localhost:3000' })).sort()).toEqual([
      'http://127.0.0.1:3000',
      'http://localhost:3000',
    ]);
    expect(
      collabAllowedOrigins(
        env({
          NEXTAUTH_URL: 'https://scholia.example',
          COLLAB_ALLOWED_ORIGINS: 'https://b.example/x',
        }),
      ),
    ).toEqual(['https://scholia.example', 'https://b.example']);
  });
  it('points browsers at the page’s host on the collab port, or at COLLAB_URL', () => {
    expect(publicCollabUrl(new URL('http://192.168.1.5:3000/documents/x'), env({}))).toBe(
      'ws://192.168.1.5:3001',
    );
    expect(publicCollabUrl(new URL('https://s.example/'), env({ COLLAB_PORT: '443' }))).toBe(
      'wss://s.example:443',
    );
    expect(
      publicCollabUrl(new URL('https://s.example/'), env({ COLLAB_URL: 'wss://live.s.example' })),
    ).toBe('wss://live.s.example');
  });
});
