import { describe, expect, it } from 'vitest';
import { allowNavigation, allowPermission, isTrustedFrame, windowOpenDecision } from '../../../electron/main/policies';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/content-security-policy';

describe('desktop shell policies', () => {
  it('keeps navigation inside app://renderer', () => {
    expect(allowNavigation('app://renderer/index.html#/arrivals')).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'not a url']) {
      expect(allowNavigation(url), url).toBe(false);
    }
  });

  it('denies every new window; only gov.uk guidance goes to the system browser', () => {
    expect(windowOpenDecision('https://www.gov.uk/guidance')).toEqual({ action: 'deny', openExternally: true });
    for (const url of ['https://www.gov.uk.evil.com/', 'http://www.gov.uk/', 'https://example.com/', 'app://renderer/index.html', 'file:///tmp/x']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny', openExternally: false });
    }
  });

  it('refuses every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'usb']) {
      expect(allowPermission(permission)).toBe(false);
    }
  });

  it('accepts IPC only from the app’s own top-level frame', () => {
    const main = { url: 'app://renderer/index.html' };
    expect(isTrustedFrame(main, main)).toBe(true);
    expect(isTrustedFrame({ url: 'app://renderer/index.html' }, main)).toBe(false); // an iframe, even of the app
    const foreign = { url: 'https://example.com/' };
    expect(isTrustedFrame(foreign, foreign)).toBe(false);
    expect(isTrustedFrame(null, main)).toBe(false);
  });

  it('serves a CSP with no inline or remote script and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});
