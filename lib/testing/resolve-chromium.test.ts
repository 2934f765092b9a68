import { describe, expect, it, vi } from 'vitest';
import { resolveChromium } from './resolve-chromium';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('resolveChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(
      resolveChromium({ envPath: '/opt/chrome', exists: only('/opt/chrome', '/usr/bin/chromium') }),
    ).toBe('/opt/chrome');
  });

  it('refuses a CHROMIUM_PATH that does not exist, in one sentence', () => {
    expect(() => resolveChromium({ envPath: '/nope', exists: only() })).toThrow(
      /^CHROMIUM_PATH is set to \/nope, which does not exist; install Debian's chromium/,
    );
  });

  it('falls back to /usr/bin/chromium, then Playwright’s own browser', () => {
    expect(resolveChromium({ envPath: undefined, exists: only('/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    );
    expect(
      resolveChromium({
        envPath: undefined,
        playwrightPath: () => '/pw/chrome',
        exists: only('/pw/chrome'),
      }),
    ).toBe('/pw/chrome');
  });

  it('tries Playwright’s installer, and uses what it installed', () => {
    const installed = new Set<string>();
    const install = vi.fn(() => void installed.add('/pw/chrome'));
    const path = resolveChromium({
      envPath: undefined,
      playwrightPath: () => '/pw/chrome',
      install,
      exists: (p) => installed.has(p),
    });
    expect(install).toHaveBeenCalledOnce();
    expect(path).toBe('/pw/chrome');
  });

  it('says how to provide a browser when the installer fails too', () => {
    const install = vi.fn();
    expect(() =>
      resolveChromium({
        envPath: undefined,
        playwrightPath: () => '/pw/chrome',
        install,
        exists: only(),
      }),
    ).toThrow(
      /^No Chromium was found and Playwright could not download one; install Debian's chromium .*again\.$/,
    );
    expect(install).toHaveBeenCalledOnce();
  });
});
