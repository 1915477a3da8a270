/** Texts of the toolbox pages. */
import type { Messages } from '../../i18n/i18n';

export const MARKS: Messages<{ levels: (levels: number[]) => string; level: string }> = {
  fr: {
    levels: (levels) => levels.length === 1 ? `Niveau d'intensité ${levels[0]}` : `Niveaux d'intensité ${levels.slice(0, -1).join(', ')} et ${levels[levels.length - 1]}`,
    level: 'niveau',
  },
  en: {
    levels: (levels) => levels.length === 1 ? `Intensity level ${levels[0]}` : `Intensity levels ${levels.slice(0, -1).join(', ')} and ${levels[levels.length - 1]}`,
    level: 'level',
  },
};

export const TOOLBOX: Messages<{
  title: string; intro: string; source: string; families: string; scale: string; scaleIntro: string; level: (n: number) => string;
  tools: string; filterFamily: string; filterIntensity: string; anyFamily: string; anyIntensity: string; reset: string;
  count: (n: number) => string; none: string; open: string;
}> = {
  fr: {
    title: 'Boîte à outils des partenariats recherche–territoires',
    intro: "27 outils pour bâtir des partenariats entre le monde de la recherche et les collectivités territoriales, rangés en quatre familles et situés sur une échelle d'intensité en cinq niveaux. Ils résument, avec nos mots, la boîte à outils conçue par des élèves ingénieurs en chef de l'INET (CNFPT).",
    source: 'Source :', families: 'Les quatre familles', scale: "L'échelle d'intensité",
    scaleIntro: "Un partenariat gagne en intensité pas à pas : de l'interconnaissance à la capitalisation. Chaque outil sert un ou plusieurs niveaux.",
    level: (n) => `Niveau ${n}`,
    tools: 'Les outils', filterFamily: 'Famille', filterIntensity: "Niveau d'intensité", anyFamily: 'Toutes les familles', anyIntensity: 'Tous les niveaux',
    reset: 'Tout afficher', count: (n) => n === 0 ? 'Aucun outil ne correspond.' : `${n} outil${n > 1 ? 's' : ''}.`,
    none: 'Aucun outil de cette famille ne sert ce niveau. Choisissez un autre niveau ou une autre famille.', open: 'Lire la fiche',
  },
  en: {
    title: 'Research–territory partnership toolbox',
    intro: '27 tools to build partnerships between research and local authorities, sorted into four families and placed on a five-level intensity scale. They summarise, in our own words, the toolbox designed by INET (CNFPT) senior-engineer trainees. Tool sheets are in French.',
    source: 'Source:', families: 'The four families', scale: 'The intensity scale',
    scaleIntro: 'A partnership grows in intensity step by step: from mutual knowledge to capitalisation. Each tool serves one or more levels.',
    level: (n) => `Level ${n}`,
    tools: 'The tools', filterFamily: 'Family', filterIntensity: 'Intensity level', anyFamily: 'All families', anyIntensity: 'All levels',
    reset: 'Show all', count: (n) => n === 0 ? 'No tool matches.' : `${n} tool${n > 1 ? 's' : ''}.`,
    none: 'No tool of this family serves this level. Choose another level or family.', open: 'Read the sheet',
  },
};

export const NEXT: Messages<{
  title: string; intro: string; current: string; choose: string; zero: string; levelOption: (n: number, title: string) => string;
  toolsOfLevel: (n: number) => string; toolsCount: (level: number, n: number) => string; actors: string; actorsIntro: string; first: string; second: string; searchHint: string;
  results: (n: number) => string; pick: string; change: string; between: (a: string, b: string, level: number) => string;
  noPartnership: (a: string, b: string) => string; through: string; sameActor: string; notFound: string;
}> = {
  fr: {
    title: 'Et ensuite ?',
    intro: "Où en sont deux acteurs, et quels outils essayer maintenant ? Indiquez leur intensité actuelle : la boîte à outils propose les outils du niveau suivant.",
    current: 'Intensité actuelle entre les deux acteurs', choose: 'Choisir un niveau…', zero: '0 — Ils ne se connaissent pas encore',
    levelOption: (n, title) => `${n} — ${title}`, toolsOfLevel: (n) => `Outils du niveau ${n}`,
    toolsCount: (level, n) => `${n} outil${n > 1 ? 's' : ''} pour le niveau ${level}.`,
    actors: 'Partir de deux acteurs (facultatif)', actorsIntro: "Choisissez deux acteurs de l'annuaire : leur intensité actuelle est lue dans leurs partenariats.",
    first: 'Premier acteur', second: 'Second acteur', searchHint: 'Au moins deux lettres, par exemple « MSH Paris Nord ».',
    results: (n) => n === 0 ? 'Aucun acteur trouvé.' : `${n} acteur${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''}.`,
    pick: 'Choisir', change: 'Changer',
    between: (a, b, level) => `${a} et ${b} ont un partenariat d'intensité ${level}.`,
    noPartnership: (a, b) => `Aucun partenariat n'est enregistré entre ${a} et ${b} : niveau 0.`,
    through: 'Outil :', sameActor: 'Choisissez deux acteurs différents.', notFound: 'Acteur introuvable.',
  },
  en: {
    title: 'What next?',
    intro: 'Where do two actors stand, and which tools should they try now? Give their current intensity: the toolbox suggests the tools of the next level.',
    current: 'Current intensity between the two actors', choose: 'Choose a level…', zero: '0 — They do not know each other yet',
    levelOption: (n, title) => `${n} — ${title}`, toolsOfLevel: (n) => `Tools of level ${n}`,
    toolsCount: (level, n) => `${n} tool${n > 1 ? 's' : ''} for level ${level}.`,
    actors: 'Start from two actors (optional)', actorsIntro: 'Choose two actors of the directory: their current intensity is read from their partnerships.',
    first: 'First actor', second: 'Second actor', searchHint: 'At least two letters, e.g. “MSH Paris Nord”.',
    results: (n) => n === 0 ? 'No actor found.' : `${n} actor${n > 1 ? 's' : ''} found.`,
    pick: 'Choose', change: 'Change',
    between: (a, b, level) => `${a} and ${b} have a partnership of intensity ${level}.`,
    noPartnership: (a, b) => `No partnership is recorded between ${a} and ${b}: level 0.`,
    through: 'Tool:', sameActor: 'Choose two different actors.', notFound: 'Actor not found.',
  },
};

export const TOOL: Messages<{
  back: string; family: string; intensities: string; summary: string; objective: string; interests: string; forCollectivity: string; forResearch: string;
  process: string; examples: string; links: string; source: string; licence: string; retrievedOn: string; opportunities: string;
  opportunitiesCount: (n: number) => string; noOpportunity: string; notFoundTitle: string; notFound: string; next: string;
}> = {
  fr: {
    back: 'Toute la boîte à outils', family: 'Famille', intensities: "Niveaux d'intensité", summary: 'En bref', objective: 'Objectif',
    interests: "Ce que l'outil apporte", forCollectivity: 'Pour la collectivité', forResearch: 'Pour la recherche',
    process: 'Mise en œuvre', examples: 'Exemples', links: 'Pour aller plus loin', source: 'Source', licence: 'Licence :', retrievedOn: 'Consultée le',
    opportunities: 'Opportunités qui utilisent cet outil',
    opportunitiesCount: (n) => `${n} opportunité${n > 1 ? 's' : ''}, ouvertes, closes ou pourvues.`,
    noOpportunity: "Aucune opportunité de l'annuaire n'utilise encore cet outil.",
    notFoundTitle: 'Outil introuvable', notFound: "Cet outil ne fait pas partie de la boîte à outils. L'adresse est peut-être incomplète.",
    next: 'Et ensuite ? Trouver les outils du niveau suivant dans la boîte à outils',
  },
  en: {
    back: 'The whole toolbox', family: 'Family', intensities: 'Intensity levels', summary: 'In short', objective: 'Objective',
    interests: 'What the tool brings', forCollectivity: 'For the local authority', forResearch: 'For research',
    process: 'How it works', examples: 'Examples', links: 'Further reading', source: 'Source', licence: 'Licence:', retrievedOn: 'Read on',
    opportunities: 'Opportunities using this tool',
    opportunitiesCount: (n) => `${n} opportunit${n > 1 ? 'ies' : 'y'}, open, closed or filled.`,
    noOpportunity: 'No opportunity of the directory uses this tool yet.',
    notFoundTitle: 'Tool not found', notFound: 'This tool is not part of the toolbox. The address may be incomplete.',
    next: 'What next? Find the tools of the next level in the toolbox',
  },
};
