/**
 * The toolbox's step-by-step advice ("Et ensuite ?"): from the intensity two actors have reached,
 * the next level to aim for, in words. The toolbox advises climbing the 1–5 scale one step at a time
 * and never experimenting (level 4) before the partners know each other (level 1).
 */
import { TOP_INTENSITY, nextIntensity } from '@ecosystem/common/toolbox-advice';
import type { Language } from '../../i18n/i18n';
import type { ToolFamily } from '../../gql/graphql';

// The rule itself lives in subgraphs/common (toolbox-advice.ts), shared with the API.
export const TOP_LEVEL = TOP_INTENSITY;
export const FAMILY_VALUES: readonly ToolFamily[] = ['UNIVERSITY_TO_TERRITORY', 'TERRITORY_TO_UNIVERSITY', 'SKILLS_TRANSFER', 'BRIDGE'];

function integer(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** The toolbox page's URL state: `?family=BRIDGE&intensity=4&level=1&a=<id>&b=<id>`. */
export function parseToolboxParams(params: URLSearchParams): { family: ToolFamily | null; intensity: number | null; level: number | null; a: string; b: string } {
  const family = params.get('family');
  return {
    family: FAMILY_VALUES.find((value) => value === family) ?? null,
    intensity: integer(params.get('intensity'), 1, TOP_LEVEL),
    level: integer(params.get('level'), 0, TOP_LEVEL),
    a: params.get('a') ?? '',
    b: params.get('b') ?? '',
  };
}

/** The level to aim for next: one step up, and the top level stays the top level. */
export const nextLevel = nextIntensity;

/** The intensity reached between an actor and a partner: the strongest of their partnerships, 0 when they have none. */
export function currentIntensityBetween(partnerships: ReadonlyArray<{ intensity: number; partner: { id: string } }>, partnerId: string): number {
  return partnerships.filter((p) => p.partner.id === partnerId).reduce((max, p) => Math.max(max, p.intensity), 0);
}

const STEP: Record<Language, string[]> = {
  fr: [
    "Ces deux acteurs ne se connaissent pas encore : commencez par l'interconnaissance (niveau 1). Apprenez à vous connaître et rendez les travaux de recherche accessibles à des non-spécialistes.",
    "Vous vous connaissez : l'étape suivante est la réflexivité sur l'action (niveau 2), où la recherche aide à prendre du recul sur les pratiques.",
    "Après la réflexivité vient l'apport de questions, de théories et de nouveaux regards (niveau 3).",
    "La connaissance mutuelle est acquise et les échanges ont mûri : l'exploration et l'expérimentation (niveau 4) deviennent possibles.",
    "Après l'expérimentation, capitalisez (niveau 5) : gardez la trace de ce qui a été fait, tirez-en des enseignements et organisez le dialogue autour d'eux.",
    "Vous êtes au niveau le plus élevé, la capitalisation (niveau 5) : continuez à faire vivre ces enseignements. Voici les outils qui servent ce niveau.",
  ],
  en: [
    'These two actors do not know each other yet: start with mutual knowledge (level 1). Get to know each other and make research accessible to non-specialists.',
    'You know each other: the next step is reflexivity on action (level 2), where research helps step back from practices.',
    'After reflexivity come questions, theories and new perspectives (level 3).',
    'Mutual knowledge is there and the exchanges have matured: exploration and experimentation (level 4) become possible.',
    'After experimentation, capitalise (level 5): keep a record of what was done, draw lessons and organise a dialogue around them.',
    'You are at the highest level, capitalisation (level 5): keep those lessons alive. Here are the tools that serve this level.',
  ],
};

const RULE: Record<Language, { early: string; general: string }> = {
  fr: {
    early: "La boîte à outils conseille de monter l'échelle marche par marche : pas d'expérimentation sans connaissance mutuelle préalable. Depuis le niveau 0 ou 1, ne sautez jamais directement au niveau 4.",
    general: "La boîte à outils conseille de monter l'échelle marche par marche, un niveau à la fois.",
  },
  en: {
    early: 'The toolbox advises climbing the scale step by step: no experimentation without prior mutual knowledge. From level 0 or 1, never jump straight to level 4.',
    general: 'The toolbox advises climbing the scale step by step, one level at a time.',
  },
};

/** The advice for two actors at `current` (0–5): what to aim for, then the toolbox's rule. */
export function nextStepAdvice(current: number, language: Language): { heading: string; paragraphs: string[] } {
  const level = Math.min(Math.max(Math.trunc(current), 0), TOP_LEVEL);
  const next = nextLevel(level);
  const heading = level === TOP_LEVEL
    ? (language === 'fr' ? 'Outils du niveau 5' : 'Tools of level 5')
    : (language === 'fr' ? `Prochaine étape : niveau ${next}` : `Next step: level ${next}`);
  const rule = level <= 1 ? RULE[language].early : RULE[language].general;
  return { heading, paragraphs: level === TOP_LEVEL ? [STEP[language][5]] : [STEP[language][level], rule] };
}
