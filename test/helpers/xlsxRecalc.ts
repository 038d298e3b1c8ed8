/**
 * LibreOffice as an independent reader: recalculates an .xlsx (its own profile per call, with
 * OOXMLRecalcMode forced to "always" — see ../shared/design/VERIFYING-XLSX.md) and saves the
 * result as .xlsx, to be read with openpyxl (data_only). Also renders a PDF when asked.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts `file` with LibreOffice into `outDir` (filter e.g. 'xlsx:Calc MS Excel 2007 XML', 'pdf'). */
export function sofficeConvert(file: string, outDir: string, filter: string): string {
  const prof = mkdtempSync(join(tmpdir(), 'phuluc-lo-'));
  try {
    mkdirSync(join(prof, 'user'), { recursive: true });
    writeFileSync(join(prof, 'user', 'registrymodifications.xcu'), XCU);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${prof}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, file], {
      encoding: 'utf8',
      timeout: 120000,
    });
    const ext = filter.split(':')[0];
    const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${ext}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${file}: ${r.stderr || r.stdout}`);
    return out;
  } finally {
    rmSync(prof, { recursive: true, force: true });
  }
}

/** Recalculated copy of `file` (in a fresh folder). */
export function recalc(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-recalc-'));
  return sofficeConvert(file, dir, 'xlsx:Calc MS Excel 2007 XML');
}
