/**
 * The manifest an office installs points at its own server (PHULUC_ADDIN_URL at build time),
 * not at localhost: scripts/manifest-url.js and the copy step of webpack.config.js.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../helpers/seeds';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, normaliseAddinUrl } = require('../../scripts/manifest-url.js');

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const XSD = join(ROOT, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

describe('normaliseAddinUrl', () => {
  it.each([
    ['https://intranet.so-tc.gov.vn/phuluc', 'https://intranet.so-tc.gov.vn/phuluc/'],
    ['https://intranet.so-tc.gov.vn/phuluc/', 'https://intranet.so-tc.gov.vn/phuluc/'],
    ['  https://10.0.0.5:8443/  ', 'https://10.0.0.5:8443/'],
  ])('%s → %s', (raw, url) => {
    expect(normaliseAddinUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['http://intranet/phuluc/', /https:\/\//],
    ['intranet/phuluc', /không phải địa chỉ web/],
    ['https://intranet/phuluc/?v=1', /"\?"/],
  ])('refuses %s in Vietnamese', (raw, message) => {
    const r = normaliseAddinUrl(raw);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(message);
  });
});

describe('manifestFor', () => {
  const out = manifestFor(xml, 'https://intranet.so-tc.gov.vn/phuluc/');

  it('leaves no development address and moves every one under the base', () => {
    expect(out).not.toContain('localhost');
    const before = [...xml.matchAll(/https:\/\/localhost:3000\/([^"<]*)/g)].map((m) => m[1]);
    const after = [...out.matchAll(/https:\/\/intranet\.so-tc\.gov\.vn\/phuluc\/([^"<]*)/g)].map((m) => m[1]);
    expect(after).toEqual(before);
    expect(out).toContain('<SourceLocation DefaultValue="https://intranet.so-tc.gov.vn/phuluc/taskpane.html"/>');
    expect(out).toContain('<AppDomain>https://intranet.so-tc.gov.vn</AppDomain>');
  });

  (existsSync(XSD) ? it : it.skip)('still validates against the offline schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'manifest-url-')), 'manifest.xml');
    writeFileSync(file, out);
    const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
  });
});

describe('webpack copies the manifest for the address given at build time', () => {
  async function manifestPattern(env: Record<string, string | undefined>) {
    const saved = process.env.PHULUC_ADDIN_URL;
    if (env.PHULUC_ADDIN_URL === undefined) delete process.env.PHULUC_ADDIN_URL;
    else process.env.PHULUC_ADDIN_URL = env.PHULUC_ADDIN_URL;
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = await require(join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
      const copy = config.plugins.find((p: { patterns?: unknown }) => Array.isArray(p.patterns));
      const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
      return { pattern, said: quiet.mock.calls.map((c) => String(c[0])) };
    } finally {
      quiet.mockRestore();
      if (saved === undefined) delete process.env.PHULUC_ADDIN_URL;
      else process.env.PHULUC_ADDIN_URL = saved;
    }
  }

  it('rewrites the addresses when PHULUC_ADDIN_URL is set', async () => {
    const { pattern } = await manifestPattern({ PHULUC_ADDIN_URL: 'https://may-chu/phuluc' });
    expect(pattern.to).toBe('manifest.xml');
    const written = String(pattern.transform(Buffer.from(xml)));
    expect(written).toContain('https://may-chu/phuluc/taskpane.html');
    expect(written).not.toContain('localhost');
  });

  it('keeps the development address without it, and says so', async () => {
    const { pattern, said } = await manifestPattern({ PHULUC_ADDIN_URL: undefined });
    expect(String(pattern.transform(Buffer.from(xml)))).toContain('https://localhost:3000/taskpane.html');
    expect(said.join('\n')).toMatch(/PHULUC_ADDIN_URL/);
  });
});
