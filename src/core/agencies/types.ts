/** The agency catalogue: canonical names with their aliases. */
export interface Agency {
  /** Canonical name, e.g. "Ban Tổ chức Tỉnh ủy". */
  name: string;
  /** Other ways the same agency is written (abbreviations, older names). */
  aliases: string[];
  /** Optional grouping for summaries ("Đảng", "Chính quyền", "Sở" …). */
  group?: string;
}

export interface Catalogue {
  agencies: Agency[];
}

/** What a lead cell resolves to. */
export interface AgencyMatch {
  /** The cell as written. */
  text: string;
  /** Canonical name when the cell names exactly one known agency; null otherwise. */
  canonical: string | null;
  /** Nearest canonical name for a near miss (typo, OCR damage); null when nothing is close. */
  suggestion: string | null;
  /** The agencies named in the cell, when it names several ("A; B", "A, B và C"). */
  parts: string[];
}
