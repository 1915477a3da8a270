/** The official identifiers an actor has, labelled, with a link to the public register when there is one. */

export interface IdentifierValues {
  insee?: string | null;
  siren?: string | null;
  rnsr?: string | null;
  uai?: string | null;
  ror?: string | null;
}

export interface IdentifierItem {
  key: keyof IdentifierValues;
  label: string;
  value: string;
  url?: string;
}

const ORDER: Array<keyof IdentifierValues> = ['insee', 'siren', 'rnsr', 'uai', 'ror'];

export const IDENTIFIER_LABELS: Record<'fr' | 'en', Record<keyof IdentifierValues, string>> = {
  fr: { insee: 'Code INSEE', siren: 'SIREN', rnsr: 'RNSR (répertoire des structures de recherche)', uai: 'UAI (établissement)', ror: 'ROR (Research Organization Registry)' },
  en: { insee: 'INSEE code', siren: 'SIREN', rnsr: 'RNSR (French research structures)', uai: 'UAI (establishment)', ror: 'ROR (Research Organization Registry)' },
};

function registerUrl(key: keyof IdentifierValues, value: string): string | undefined {
  switch (key) {
    case 'siren':
      return /^\d{9}$/.test(value) ? `https://annuaire-entreprises.data.gouv.fr/entreprise/${value}` : undefined;
    case 'ror':
      return /^0[a-z0-9]{8}$/.test(value) ? `https://ror.org/${value}` : undefined;
    default:
      return undefined;
  }
}

/** Only the identifiers present, in a fixed order. */
export function identifierList(identifiers: IdentifierValues, language: 'fr' | 'en'): IdentifierItem[] {
  return ORDER.flatMap((key) => {
    const value = identifiers[key]?.trim();
    if (!value) return [];
    const url = registerUrl(key, value);
    return [{ key, label: IDENTIFIER_LABELS[language][key], value, ...(url ? { url } : {}) }];
  });
}
