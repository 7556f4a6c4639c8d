// The shape of law-catalogue.yaml (compiled by scripts/build-data.mjs).

export interface LawEntry {
  id: string;
  jurisdiction: string;
  kind: 'law' | 'code';
  /** The official number first ("94-V"), then other spellings of it. */
  numbers: string[];
  /** ISO date of adoption. */
  date: string;
  /** Laws of different countries on one subject share it. */
  topic: string;
  title: { ru: string; kk?: string; en: string };
  /**
   * Titles drafts give the law that are not its official one («Жеке деректер және оларды қорғау
   * туралы» for «Дербес деректер …»): a quoted one finds the law, and is reported as a wrong title.
   */
  misnamed?: { ru?: string[]; kk?: string[] };
  source: string;
  note?: string;
  /** Fields the catalogue is not sure of ("title.kk", "date"): never reported or fixed. */
  unsure: string[];
}

export interface LawCatalogueFile {
  /** When the entries were last checked, and how. */
  checked: string;
  method: string;
  laws: LawEntry[];
}
