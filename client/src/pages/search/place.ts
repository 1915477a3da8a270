/** A place in words from a Territory, for lists: "Saint-Denis · Seine-Saint-Denis (93) · Île-de-France". */

export interface TerritoryWords {
  communeName?: string | null;
  epciName?: string | null;
  departmentName?: string | null;
  departmentCode?: string | null;
  regionName?: string | null;
}

/** The commune, département (with its code) and région, leaving out the one that is the actor itself. */
export function placeParts(territory: TerritoryWords, ownName?: string): string[] {
  const parts: string[] = [];
  if (territory.communeName) parts.push(territory.communeName);
  if (territory.departmentName) {
    parts.push(territory.departmentCode ? `${territory.departmentName} (${territory.departmentCode})` : territory.departmentName);
  }
  if (territory.regionName) parts.push(territory.regionName);
  return ownName ? parts.filter((part) => part !== ownName && !part.startsWith(`${ownName} (`)) : parts;
}

export function formatPlace(territory: TerritoryWords, ownName?: string): string {
  return placeParts(territory, ownName).join(' · ');
}

/** The first sentence of a description, cut at about `max` characters on a word boundary. */
export function firstLine(text: string | null | undefined, max = 180): string {
  if (!text) return '';
  const clean = text.replace(/\s+/g, ' ').trim();
  const sentence = clean.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? clean;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}
