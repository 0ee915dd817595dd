import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARRIERS, getCarrier } from './index';
import { carrierForUrl, hostBelongsTo, isSecureUrl } from './match';
import { contentScriptMatches } from './script-matches';

const idFor = (url: string) => carrierForUrl(url)?.id;

describe('carrierForUrl', () => {
  it('finds the carrier on its domains and their subdomains', () => {
    expect(idFor('https://www.opt.nc/x')).toBe('opt-nc');
    expect(idFor('https://opt.nc/')).toBe('opt-nc');
    expect(idFor('https://espace-client.mobilis.nc/contact?x=1#top')).toBe('opt-nc');
    expect(idFor('https://helia.nc')).toBe('opt-nc');
    expect(idFor('https://support.airalo.com/hc/en-us/requests/new')).toBe('airalo');
    expect(idFor('https://www.getnomad.app/help')).toBe('nomad');
  });

  it('refuses lookalikes: the domain must end on a label boundary', () => {
    expect(idFor('https://opt.nc.example.com')).toBeUndefined();
    expect(idFor('https://opt-nc.com')).toBeUndefined();
    expect(idFor('https://notopt.nc')).toBeUndefined();
    expect(idFor('https://airalo.com.evil.io/login')).toBeUndefined();
    expect(idFor('https://myairalo.com')).toBeUndefined();
    expect(idFor('https://example.com/?next=https://opt.nc/')).toBeUndefined();
    expect(idFor('https://opt.nc@evil.example/')).toBeUndefined();
  });

  it('ignores host case and a trailing dot', () => {
    expect(idFor('https://WWW.OPT.NC/Assistance')).toBe('opt-nc');
    expect(idFor('https://www.opt.nc./x')).toBe('opt-nc');
  });

  it('returns nothing for an invalid URL', () => {
    expect(idFor('not a url')).toBeUndefined();
    expect(idFor('')).toBeUndefined();
    expect(idFor('opt.nc')).toBeUndefined();
  });

  it('hostBelongsTo works on labels', () => {
    expect(hostBelongsTo('a.b.opt.nc', 'opt.nc')).toBe(true);
    expect(hostBelongsTo('xopt.nc', 'opt.nc')).toBe(false);
  });
});

describe('isSecureUrl and contentScriptMatches', () => {
  it('treats only https as secure', () => {
    expect(isSecureUrl('https://www.opt.nc/')).toBe(true);
    expect(isSecureUrl('http://www.opt.nc/')).toBe(false);
    expect(isSecureUrl('nonsense')).toBe(false);
  });

  it('lists an https-only pattern covering every domain of every carrier', () => {
    const patterns = contentScriptMatches(CARRIERS);
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
    const domains = CARRIERS.flatMap((carrier) => carrier.domains);
    expect(patterns.sort()).toEqual(domains.map((domain) => `https://*.${domain}/*`).sort());
  });
});

describe('registry data', () => {
  const dataDir = resolve(process.cwd(), 'src/carriers/data');
  const files = readdirSync(dataDir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

  it('lists carriers in the alphabetical order a reader expects (the collator agrees)', () => {
    const names = CARRIERS.map((carrier) => carrier.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('registers every carrier file, each under a unique id', () => {
    expect(CARRIERS.length).toBe(files.length);
    const ids = CARRIERS.map((carrier) => carrier.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(id).not.toBe('other');
      expect(getCarrier(id)?.id).toBe(id);
    }
  });

  it('lists lowercase host names only, none claimed twice or nested in another carrier', () => {
    const owners = CARRIERS.flatMap((carrier) =>
      carrier.domains.map((domain) => ({ domain, id: carrier.id })),
    );
    for (const { domain } of owners) {
      expect(domain).toBe(domain.toLowerCase());
      expect(domain).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
    }
    for (const a of owners) {
      for (const b of owners) {
        if (a === b) continue;
        expect(hostBelongsTo(a.domain, b.domain), `${a.domain} (${a.id}) vs ${b.domain} (${b.id})`).toBe(
          false,
        );
      }
    }
  });

  it('the original brief’s New Caledonian Orange and Airtel contacts are never presented as verified', () => {
    for (const carrier of CARRIERS.filter((c) => ['orange', 'airtel'].includes(c.id))) {
      for (const contact of carrier.contacts) {
        if (/\.nc\b|\+687/.test(contact.value)) expect(contact.verified, contact.value).toBe(false);
      }
    }
  });
});
