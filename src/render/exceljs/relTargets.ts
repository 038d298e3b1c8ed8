/**
 * Workbooks saved by other writers (openpyxl, some online tools) name their parts in the
 * relationship files with absolute targets ("/xl/tables/table1.xml"); ExcelJS resolves only
 * relative ones and fails on the table. This rewrites absolute targets of internal parts as paths
 * relative to the relationship file's source folder; and drops table columns' calculated-column
 * formulas, which ExcelJS cannot read. Everything else is left byte for byte.
 */
import JSZip from 'jszip';

const relative = (fromDir: string[], target: string[]): string => {
  let same = 0;
  while (same < fromDir.length && same < target.length - 1 && fromDir[same] === target[same]) same++;
  return [...fromDir.slice(same).map(() => '..'), ...target.slice(same)].join('/');
};

/** The package with relative relationship targets; the same bytes when nothing needed rewriting. */
export async function relativeTargets(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // not a zip: the reader says so in its own words
  }
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    const m = /^(.*?)_rels\/[^/]+\.rels$/.exec(name);
    if (!m || m[1] === '') continue; // the package's own _rels/.rels targets are absolute by design
    const fromDir = m[1].replace(/\/$/, '').split('/');
    const xml = await zip.file(name)!.async('string');
    const fixed = xml.replace(/(<Relationship\b[^>]*?\bTarget=")\/([^"]+)"/g, (all, head: string, target: string) =>
      /TargetMode="External"/.test(all) ? all : `${head}${relative(fromDir, target.split('/'))}"`,
    );
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  // A table column's calculatedColumnFormula (Excel writes one for every calculated column, and
  // Phụ lục for Tình trạng) makes ExcelJS's table reader fail ("Cannot set properties of
  // undefined"): it is dropped for reading; the cells keep their formulas.
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes('calculatedColumnFormula')) continue;
    const fixed = xml.replace(/<(\w+:)?calculatedColumnFormula\b[^>]*\/>/g, '').replace(/<(\w+:)?calculatedColumnFormula\b[^>]*>[\s\S]*?<\/(\w+:)?calculatedColumnFormula>/g, '');
    zip.file(name, fixed);
    changed = true;
  }
  // Uint8Array, not Buffer: the task pane runs this in the browser.
  return changed ? zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}
