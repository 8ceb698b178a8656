import { describe, expect, it } from 'vitest';
import { fromAppHref, toAppHref } from '../../src/components/app-href';

describe('app paths and the base path the app is served under', () => {
  it('adds the base to an app path', () => {
    expect(toAppHref('/pillars', '/hled/')).toBe('/hled/pillars');
    expect(toAppHref('/', '/hled/')).toBe('/hled/');
    expect(toAppHref('/people/antony-blinken', '/')).toBe('/people/antony-blinken');
    expect(toAppHref('/', '/')).toBe('/');
  });

  it('reads the app path back from an address, and nothing from an address outside the app', () => {
    expect(fromAppHref('/hled/pillars/P1', '/hled/')).toBe('/pillars/P1');
    expect(fromAppHref('/hled/', '/hled/')).toBe('/');
    expect(fromAppHref('/hled', '/hled/')).toBe('/');
    expect(fromAppHref('/other/pillars', '/hled/')).toBeNull();
    expect(fromAppHref('/hledx/pillars', '/hled/')).toBeNull();
    expect(fromAppHref('/pillars', '/')).toBe('/pillars');
  });
});
