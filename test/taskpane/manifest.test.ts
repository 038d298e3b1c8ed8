import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from '../helpers/seeds';

const MANIFEST = join(ROOT, 'manifest.xml');
const XSD = join(ROOT, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
const xml = readFileSync(MANIFEST, 'utf8');

function xmllint(file: string) {
  return spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
}

/** office-addin-manifest pulls an ESM-only chain that jest cannot load: read it in plain node. */
function readWithOfficeAddinManifest(file: string): Record<string, unknown> {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(file)})
    .then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(String(e)); process.exit(3); });`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`office-addin-manifest: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const withXsd = existsSync(XSD) ? describe : describe.skip;

withXsd('manifest.xml against the offline Office add-in schema', () => {
  it('validates', () => {
    const r = xmllint(MANIFEST);
    expect(r.stderr).toContain('validates');
    expect(r.status).toBe(0);
  });

  it('rejects a broken copy (negative control: Requirements before Hosts, wider permission)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const moved = xml
      .replace(/\s*<Requirements>[\s\S]*?<\/Requirements>/, '')
      .replace('<Hosts>\n    <Host Name="Workbook"/>', '<Requirements><Sets><Set Name="ExcelApi" MinVersion="1.9"/></Sets></Requirements>\n  <Hosts>\n    <Host Name="Workbook"/>');
    writeFileSync(join(dir, 'a.xml'), moved);
    expect(xmllint(join(dir, 'a.xml')).status).not.toBe(0);
    writeFileSync(join(dir, 'b.xml'), xml.replace('<Permissions>ReadWriteDocument', '<Permissions>EverythingPlease'));
    expect(xmllint(join(dir, 'b.xml')).status).not.toBe(0);
  });
});

describe('manifest.xml as office-addin-manifest reads it', () => {
  const m = readWithOfficeAddinManifest(MANIFEST);

  it('has the id, Vietnamese name and description, and only ReadWriteDocument', () => {
    expect(m.id).toBe('6dd529c1-46d3-444b-af94-2e206934d8df');
    expect(m.displayName).toBe('Phụ lục nhiệm vụ');
    expect(m.description).toMatch(/^Nhập, kiểm tra và theo dõi phụ lục nhiệm vụ/);
    expect(m.permissions).toBe('ReadWriteDocument');
    expect(m.hosts).toEqual(['Workbook']);
    expect(m.defaultSettings).toEqual({ sourceLocation: 'https://localhost:3000/taskpane.html' });
  });
});
import { MIN_EXCEL_API } from '../../src/render/office/requirements';

describe('manifest.xml content', () => {
  it('requires only ExcelApi 1.4 (defined names), after <Hosts>: newer sets are detected at run time', () => {
    // 1.9 hid the add-in from Excel 2019 (volume licence, ExcelApi 1.8); the renderer skips what
    // needs more than 1.4 (src/render/office/requirements.ts) and the pane says what is missing.
    expect(xml).toMatch(/<\/Hosts>\s*<Requirements>\s*<Sets DefaultMinVersion="1.4">\s*<Set Name="ExcelApi" MinVersion="1.4"\/>/);
    expect(MIN_EXCEL_API).toBe('1.4');
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tab = xml.match(/<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/);
    expect(tab).not.toBeNull();
    expect(tab![1]).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(xml).toContain('<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>');
  });

  it('points every URL at the dev server, and every icon at a real PNG of its size', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((x) => x[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith('https://localhost:3000')).toBe(true);
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)].map((x) => Number(x[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`))).toEqual([size, size]);
    }
  });
});
