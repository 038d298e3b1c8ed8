import { agencyKey, matchAgency, splitAgencies } from '../agencies';
import type { AgencyMatch, Catalogue } from '../agencies/types';

/**
 * Lead cells resolved once per distinct text: tables repeat the same few leads thousands of
 * times, and near-miss matching is the costly part.
 */
export class LeadResolver {
  private readonly cache = new Map<string, AgencyMatch>();

  /** `ocr`: the text lost its diacritics; a close, unambiguous near miss is taken as the agency. */
  constructor(
    readonly catalogue: Catalogue | undefined,
    private readonly ocr = false,
  ) {}

  match(text: string): AgencyMatch | null {
    if (!this.catalogue) return null;
    let m = this.cache.get(text);
    if (!m) {
      m = matchAgency(text, this.catalogue, { ocr: this.ocr });
      this.cache.set(text, m);
    }
    return m;
  }

  /** The agencies a cell names, including several departments in brackets: "Đảng ủy UBND tỉnh (Sở A; Sở B)". */
  parts(text: string): string[] {
    const parts = splitAgencies(text);
    if (parts.length !== 1) return parts;
    const inner = /\(([^()]+)\)\s*$/.exec(parts[0]);
    return inner && splitAgencies(inner[1]).length > 1 ? splitAgencies(inner[1]) : parts;
  }

  /** Same agency, whatever its spelling: canonical name when known, else the comparison key. */
  group(part: string): string {
    return this.match(part)?.canonical ?? agencyKey(part);
  }
}

/** True when the text names an agency of the catalogue (a near miss is not enough: a stray phrase may be close to a short name). */
export function matchesCatalogue(text: string, catalogue: Catalogue | undefined): boolean {
  return !!catalogue && !!matchAgency(text, catalogue).canonical;
}
