/**
 * CI-only: the public corpus (`../shared/corpus`, or PHULUC_CORPUS) is never copied into the
 * project; when it is not there this suite is skipped. Plans must not be taken for regulations or
 * procedure lists, and the three documents that are not plans must be refused.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { importProgramme } from '../../src/core/import';
import { ROOT } from '../helpers/seeds';

const dir = [process.env.PHULUC_CORPUS ?? '', join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((d) => d && existsSync(join(d, 'README.md')));
const suite = dir ? describe : describe.skip;
const read = (name: string) => readFileSync(join(dir ?? '', `${name}.txt`), 'utf8');

suite('corpus: what kind of document', () => {
  it.each([
    'hcm-qd2853-2025-ruirothientai',
    'hanoi-kh308-2025-dulieu',
    'hanoi-kh310-2025-hatang5g',
    'daklak-kh0129-2025-nhuyeupham',
    'daklak-kh0130-2025-khacphuc-luto',
    'dongnai-kh179-2025-kinhteso-xahoiso',
    'chinhphu-nq394-2025-phongtrao-bvmt',
    'ttg-qd2597-2025-cds-hatang',
    'bvhttdl-cv6225-2025-nhiemvu',
  ])('%s is a programme', (name) => {
    expect(importProgramme(read(name)).documentKind).toBeUndefined();
  });

  it.each([
    ['nghean-qd95-2025-quyche', 'regulation'],
    ['bxd-qd2109-2025-tthc-noibo', 'procedures'],
    ['bnnmt-qd5042-2025-tthc-noibo', 'procedures'],
  ])('%s is refused as %s', (name, kind) => {
    const p = importProgramme(read(name));
    expect(p.documentKind).toBe(kind);
    expect(p.tables).toEqual([]);
  });
});
