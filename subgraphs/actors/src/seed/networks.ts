/**
 * Seed data: the SATT network (sociétés d'accélération du transfert de technologies)
 * and the pôles de compétitivité (phase V, 2023-2026).
 *
 * Verification rule. An organisation is kept only when BOTH its name and the commune of
 * its seat were read in an official or public-body source, cited below in `source`:
 * a State or parliamentary page, a regional/municipal council, a public university,
 * a chamber of commerce (a public body), a State-Region observatory, or an official
 * document such as a performance contract signed with the State. Press articles were
 * only used to confirm that a pôle is still labelled in phase V, and they are noted in
 * comments. Nothing here comes from memory. Anything that could not be checked this way
 * was left out, even where a press article gave a city.
 *
 * Sources consulted (stored copies, read through a search index; the date of each
 * stored copy is unknown, so retrievedOn is the date of reading):
 *  - Université Montpellier 2, UM2 Magazine n°4 (décembre 2012) — AxLR created in Montpellier.
 *  - CCI Occitanie, « Moins de Pôles, plus de compétitivité ? » (2019) — seats of
 *    Aerospace Valley (Toulouse) and Eurobiomed (Marseille).
 *  - Contrat de performance 2009-2011 du pôle OPTITEC (État, collectivités, association
 *    POPsud), annexed to a Marseille Provence Métropole deliberation — seat and SIRET.
 *    Ville de Marseille, page « Les pôles de compétitivité », says the same (Optitec at Château-Gombert).
 *  - GREF Bretagne (Carif-Oref), « Pôles de compétitivité. La Bretagne impliquée dans 7
 *    pôles » (2019) — seats of Atlanpôle Biothérapies, Images & Réseaux, Pôle Mer Bretagne
 *    Atlantique, Valorial.
 *  Context only (no seat cities given): entreprises.gouv.fr (DGE), « Labellisation de 55 pôles
 *  de compétitivité pour la phase V (2023-2026) », 27/03/2023; auvergnerhonealpes.fr,
 *  « L'ensemble des pôles de compétitivité de la Région labellisés par l'État », 30/03/2023;
 *  satt.fr (Réseau SATT), which names the SATTs but not where they are based.
 *
 * Known gaps, on purpose: of the 13 SATTs and 55 pôles, most are missing here. No official
 * source in the stored corpus gave their seat commune. See the comment above each array.
 */
import type { SeedActor, SeedSource } from '@ecosystem/common';

const RETRIEVED_ON = '2026-11-24';

const SRC_UM2_MAGAZINE_AXLR: SeedSource = {
  name: 'Université Montpellier 2 — UM2 Magazine n°4 (décembre 2012), « Avec AxLR, la recherche en Languedoc-Roussillon passe à la vitesse supérieure »',
  url: 'https://www.yumpu.com/fr/document/view/4679846/um2-magazine-decembre-2012-numero4/18',
  license: 'Citation',
  retrievedOn: RETRIEVED_ON,
};

const SRC_CCI_OCCITANIE_POLES: SeedSource = {
  name: 'CCI Occitanie — « Moins de Pôles, plus de compétitivité ? » (Voccitanie Eco, 2019)',
  url: 'https://www.occitanie.cci.fr/moins-de-poles-plus-de-competitivite',
  license: 'Citation',
  retrievedOn: RETRIEVED_ON,
};

const SRC_CONTRAT_PERFORMANCE_OPTITEC: SeedSource = {
  name: 'Contrat de performance 2009-2011 du pôle de compétitivité OPTITEC (État, collectivités territoriales, association POPsud) — délibération Marseille Provence Métropole',
  url: 'https://fdocuments.fr/document/2009-11-20-1-contrat-de-performance-2009-2011-du-pole-de-competitivite-optitec.html',
  license: 'Citation',
  retrievedOn: RETRIEVED_ON,
};

const SRC_GREF_BRETAGNE_POLES: SeedSource = {
  name: 'GREF Bretagne (Carif-Oref) — « Pôles de compétitivité. La Bretagne impliquée dans 7 pôles » (2019)',
  url: 'https://gref-bretagne.com/ressources/poles-de-competitivite-la-bretagne-impliquee-dans-7-poles',
  license: 'Citation',
  retrievedOn: RETRIEVED_ON,
};

/**
 * SATT network. The Réseau SATT (satt.fr) and sattnord.fr both put it at 13 SATTs. SATT Grand
 * Centre stopped in 2018 (reported by a regional business site; the brief also mentions it).
 * Only AxLR is kept. For the others, the stored corpus had no official source giving the seat commune:
 *  - Toulouse Tech Transfer (Toulouse), Aquitaine Science Transfert (Talence), Linksium (Grenoble),
 *    PULSALYS (Lyon), SATT Paris-Saclay, Erganeo, SATT Lutech, SATT Nord, SATT Ouest Valorisation,
 *    SATT Conectus: named by satt.fr or by universities, but their cities appear only in press articles.
 *  - SAYENS: Université de Franche-Comté puts the seat of the « SATT Grand Est » in Dijon, but
 *    only press articles say that SATT Grand Est is now SAYENS.
 *  - SATT Sud-Est: a framework agreement with Aix-Marseille Université gives SIREN 539 768 085
 *    and « RCS Marseille », but its seat address is redacted. RCS Marseille covers more than one commune.
 */
export const SATT_NETWORK: readonly SeedActor[] = [
  {
    ref: 'satt:axlr',
    kind: 'SATT',
    name: 'SATT AxLR',
    description:
      "Société d'accélération du transfert de technologies du Languedoc-Roussillon (est de l'Occitanie), créée en 2012 par l'État, les universités et les organismes de recherche du Languedoc-Roussillon. Elle détecte les inventions des laboratoires, finance leur maturation et les transfère vers des entreprises ou des start-up.",
    themes: ['transfert de technologie', 'innovation', 'valorisation de la recherche', 'start-up'],
    communeCode: '34172', // Montpellier (34)
    source: SRC_UM2_MAGAZINE_AXLR,
  },
];

/**
 * Pôles de compétitivité, phase V (2023-2026). The DGE says 55 were labelled on 27 March 2023.
 * Kept: the pôles whose seat commune is stated by an official or public-body source, AND whose
 * phase V label is reported. For phase V the sources are press relays: webtimemedias.com and
 * massiliamundi.com (the 7 pôles of Région Sud), regionsmagazine.com (the 7 pôles shared by
 * Bretagne and Pays de la Loire), lejournaldesentreprises.com (Aerospace Valley).
 * Left out, listed by reason:
 *  - Names confirmed by an official regional page, but the seat commune only in press:
 *    the 13 Auvergne-Rhône-Alpes pôles (Axelera, CARA, CIMES, Innov'Alliance, Lyonbiopôle, Minalogic,
 *    Nuclear Valley, Polymeris, Techtera, Tenerrdis, Végépolys Valley, Xylofutur, Infr@2050).
 *  - DERBI (seat Perpignan according to CCI Occitanie): in March 2023 it was labelled under a 12-month
 *    probation, and whether it is still labelled could not be checked.
 *  - Agri Sud-Ouest Innovation: CCI Occitanie gives Auzeville-Tolosane, a press article gives Toulouse,
 *    and no source found confirms its phase V label.
 *  - EMC2: GREF Bretagne gives « Nantes », but its seat may be in a neighbouring commune (Technocampus)
 *    and this could not be settled.
 *  - The other pôles (Île-de-France, Hauts-de-France, Grand Est, Bourgogne-Franche-Comté, Normandie,
 *    Centre-Val de Loire, the other Nouvelle-Aquitaine and Sud pôles, overseas): seat communes only in press.
 */
export const POLES_DE_COMPETITIVITE: readonly SeedActor[] = [
  {
    ref: 'pole:aerospace-valley',
    kind: 'POLE',
    name: 'Aerospace Valley',
    description:
      "Pôle de compétitivité de la filière aéronautique et spatiale, qui couvre l'Occitanie et la Nouvelle-Aquitaine. Il fédère industriels, laboratoires et écoles autour de projets collaboratifs de R&D.",
    themes: ['aéronautique', 'spatial', 'systèmes embarqués', 'industrie'],
    communeCode: '31555', // Toulouse (31)
    source: SRC_CCI_OCCITANIE_POLES,
  },
  {
    ref: 'pole:eurobiomed',
    kind: 'POLE',
    name: 'Eurobiomed',
    description:
      "Pôle de compétitivité santé du Sud de la France, qui couvre Provence-Alpes-Côte d'Azur et l'Occitanie depuis qu'il a absorbé Cancer-Bio-Santé. Il accompagne les projets innovants en biotechnologies, médicaments et dispositifs médicaux.",
    themes: ['santé', 'biotechnologies', 'dispositifs médicaux'],
    communeCode: '13055', // Marseille (13), commune code, not an arrondissement
    source: SRC_CCI_OCCITANIE_POLES,
  },
  {
    ref: 'pole:optitec',
    kind: 'POLE',
    name: 'Optitec',
    description:
      "Pôle de compétitivité des systèmes complexes d'optique, de photonique et d'imagerie. Il est porté par l'association POPsud, installée au technopôle de Château-Gombert à Marseille.",
    themes: ['optique', 'photonique', 'imagerie'],
    // SIRET 432 314 854 00022 of the association POPsud, as given in the 2009-2011 performance contract.
    identifiers: { siren: '432314854' },
    communeCode: '13055', // Marseille (13): « Technopole Marseille Provence à Château-Gombert, 13388 Marseille »
    source: SRC_CONTRAT_PERFORMANCE_OPTITEC,
  },
  {
    ref: 'pole:atlanpole-biotherapies',
    kind: 'POLE',
    name: 'Atlanpôle Biothérapies',
    description:
      "Pôle de compétitivité des biotechnologies de santé du Grand Ouest, qui travaille sur les biothérapies avec la Bretagne et les Pays de la Loire. Il fait se rencontrer entreprises, hôpitaux et laboratoires académiques.",
    themes: ['santé', 'biotechnologies', 'biothérapies'],
    communeCode: '44109', // Nantes (44)
    source: SRC_GREF_BRETAGNE_POLES,
  },
  {
    ref: 'pole:images-et-reseaux',
    kind: 'POLE',
    name: 'Images & Réseaux',
    description:
      "Pôle de compétitivité du numérique du Grand Ouest : réseaux, télécommunications et technologies de l'image. Il accompagne des projets d'innovation collaboratifs entre entreprises et recherche.",
    themes: ['numérique', 'télécommunications', 'réseaux'],
    communeCode: '22113', // Lannion (22)
    source: SRC_GREF_BRETAGNE_POLES,
  },
  {
    ref: 'pole:mer-bretagne-atlantique',
    kind: 'POLE',
    name: 'Pôle Mer Bretagne Atlantique',
    description:
      "Pôle de compétitivité de l'économie maritime sur la façade atlantique : bioressources marines, énergies, environnement et transport maritime. Il labellise et accompagne des projets collaboratifs de R&D.",
    themes: ['mer', 'énergie', 'environnement', 'transport maritime'],
    communeCode: '29019', // Brest (29)
    source: SRC_GREF_BRETAGNE_POLES,
  },
  {
    ref: 'pole:valorial',
    kind: 'POLE',
    name: 'Valorial',
    description:
      "Pôle de compétitivité de l'agroalimentaire du Grand Ouest, tourné vers l'aliment de demain. Il aide entreprises et laboratoires à monter des projets d'innovation collaboratifs.",
    themes: ['agroalimentaire', 'agriculture', 'alimentation', 'innovation'],
    communeCode: '35238', // Rennes (35)
    source: SRC_GREF_BRETAGNE_POLES,
  },
];
