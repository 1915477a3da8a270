/**
 * Seed data: people the seed documents name in a professional capacity.
 *
 * Rules followed:
 *  - Only people named with a professional role. E-mail addresses and phone numbers are
 *    included only when the document publishes them for that person; organisational
 *    addresses (e.g. collectif@nosservicespublics.fr) belong to opportunities.
 *  - lastVerifiedOn is the document date; it is left out when the document is undated
 *    (the INET toolbox dates from the 2019-2020 promotion but carries no publication date).
 *
 * Not written:
 *  - Placeholder names in the Ville de Paris page's front matter (« relatedPeople » Georges
 *    Leblanc and Amelio Duffour, the « Event1 / Alex Cayco Gajic » template text): template
 *    data, not real contacts of the CIFRE scheme.
 *  - François Ascher, quoted by the toolbox for a formula about POPSU (no current role).
 *  - Authors cited in the internship's bibliography (Brandsen, Hofstad, Torfing…).
 */
import type { SeedContact, SeedSource } from '@ecosystem/common';

const RETRIEVED_ON = '2026-11-24';

const SRC_TOOLBOX: SeedSource = {
  name: 'INET — « Boîte à outils pour bâtir les partenariats entre recherche et territoires » (élèves ingénieurs en chef, promotion Wangari Muta Maathai 2019-2020)',
  license: 'Citation ; faits résumés par nos soins',
  retrievedOn: RETRIEVED_ON,
};

/** Shared job title of the three authors, named as such in the toolbox's introduction. */
const TOOLBOX_AUTHOR_TITLE =
  "Élève ingénieur·e en chef territorial·e à l'INET (promotion Wangari Muta Maathai, 2019-2020), co-auteur·rice de la « Boîte à outils pour bâtir les partenariats entre recherche et territoires »";

export const CONTACTS: readonly SeedContact[] = [
  {
    ref: 'contact:marie-jaisson',
    displayName: 'Marie Jaisson',
    jobTitle: 'Co-directrice de la MSH Paris Nord',
    roles: ['RESEARCHER', 'FACILITATOR'],
    organizationRef: 'org:msh-paris-nord',
    communeCode: '93066', // seat of the organisation (Saint-Denis), as in the actors seed
    themes: ['recherche', 'sciences humaines et sociales'],
    source: SRC_TOOLBOX,
  },
  {
    ref: 'contact:denis-cristol',
    displayName: 'Denis Cristol',
    // The toolbox writes « CNPT », a typo for CNFPT.
    jobTitle: "Directeur de l'ingénierie du CNFPT",
    roles: ['AGENT'],
    organizationRef: 'org:cnfpt',
    communeCode: '75056', // seat of the organisation (Paris), as in the actors seed
    themes: ['formation', 'fonction publique territoriale'],
    source: SRC_TOOLBOX,
  },
  {
    ref: 'contact:francoise-anne-braun',
    displayName: 'Françoise Anne-Braun',
    jobTitle: "Chargée de projets, référente des partenariats de la recherche à l'INET (CNFPT)",
    roles: ['FACILITATOR', 'AGENT'],
    organizationRef: 'org:inet',
    communeCode: '67482', // seat of the organisation (Strasbourg), as in the actors seed
    themes: ['recherche', 'fonction publique territoriale', 'formation'],
    // Office line as published by the toolbox (a mobile number is also published, not kept).
    phone: '03 88 15 52 90',
    source: SRC_TOOLBOX,
  },
  {
    ref: 'contact:laurent-tremel',
    displayName: 'Laurent Trémel',
    jobTitle:
      "Chargé de mission médiation scientifique et partenariats universitaires, centre de ressources et de recherche du Musée national de l'Éducation",
    roles: ['FACILITATOR'],
    organizationRef: 'org:munae',
    themes: ['culture scientifique', 'recherche'],
    communeCode: '76540', // Rouen, adresse publiée par la boîte à outils
    email: 'Laurent.TREMEL@reseau-canope.fr',
    phone: '02 32 08 71 09',
    source: SRC_TOOLBOX,
  },
  {
    ref: 'contact:boris-chevrot',
    displayName: 'Boris Chevrot',
    jobTitle:
      'Agent contractuel de la communauté de communes du Clunisois (50 %) et chercheur au Collège de France (50 %)',
    roles: ['AGENT', 'RESEARCHER'],
    organizationRef: 'epci:200040293',
    departmentCode: '71', // the CC du Clunisois lies in Saône-et-Loire (decoupage-administratif)
    themes: ['recherche', 'fonction publique territoriale'],
    source: SRC_TOOLBOX,
  },
  // The three authors of the toolbox, named as such in a public INET document written as part
  // of their training as territorial civil servants: their public professional capacity.
  {
    ref: 'contact:yosr-kbairi',
    displayName: 'Yosr Kbairi',
    jobTitle: TOOLBOX_AUTHOR_TITLE,
    roles: ['OTHER'],
    organizationRef: 'org:inet',
    communeCode: '67482', // seat of the organisation (Strasbourg), as in the actors seed
    themes: ['fonction publique territoriale', 'recherche'],
    source: SRC_TOOLBOX,
  },
  {
    ref: 'contact:florian-marczak',
    displayName: 'Florian Marczak',
    jobTitle: TOOLBOX_AUTHOR_TITLE,
    roles: ['OTHER'],
    organizationRef: 'org:inet',
    communeCode: '67482', // seat of the organisation (Strasbourg), as in the actors seed
    themes: ['fonction publique territoriale', 'recherche'],
    source: SRC_TOOLBOX,
  },
  {
    ref: 'contact:emilie-ruin',
    displayName: 'Emilie Ruin',
    jobTitle: TOOLBOX_AUTHOR_TITLE,
    roles: ['OTHER'],
    organizationRef: 'org:inet',
    communeCode: '67482', // seat of the organisation (Strasbourg), as in the actors seed
    themes: ['fonction publique territoriale', 'recherche'],
    source: SRC_TOOLBOX,
  },
];
