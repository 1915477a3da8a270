/**
 * Seed data: the organisations named by the five seed documents (heSam project, INET toolbox,
 * Ville de Paris CIFRE page, Mines Saint-Étienne internship, Nos services publics job), and
 * the partnerships those documents state.
 *
 * Rules followed:
 *  - Collectivités are not written here: they come from @etalab/decoupage-administratif and
 *    are referred to as `region:`, `departement:`, `epci:` and `commune:` refs.
 *  - Identifiers (UAI, SIREN, ROR, RNSR) are only those read in the MESR « principaux
 *    établissements » extract or the RNSR 2022 extract; such records cite that dataset as
 *    their source. SIRENs read from the RNSR are the first nine digits of the SIRET of the
 *    unit's tutelle as listed there.
 *  - Seat communes: from the MESR/RNSR extracts when they hold the organisation, else the
 *    address given by a document, else the organisation's well-known seat (marked « siège
 *    notoire » in a comment). Where the seat could not be established the organisation was
 *    left out (see the end of this file).
 *  - Websites: only URLs given by a document or by the MESR/RNSR extracts.
 *  - Foreign organisations (Université de Montréal and its UNESCO chair, University of
 *    Queensland, Acfas) are not placed. SATTs and pôles de compétitivité live in networks.ts.
 */
import type { SeedActor, SeedPartnership, SeedSource } from '@ecosystem/common';

const RETRIEVED_ON = '2026-11-24';
const CITATION = 'Citation ; faits résumés par nos soins';

const SRC_HESAM: SeedSource = {
  name: 'heSam Université — projet « Mobiliser les doctorants pour les collectivités territoriales et les services publics »',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

const SRC_TOOLBOX: SeedSource = {
  name: 'INET — « Boîte à outils pour bâtir les partenariats entre recherche et territoires » (élèves ingénieurs en chef, promotion Wangari Muta Maathai 2019-2020)',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

const SRC_PARIS_CIFRE: SeedSource = {
  name: 'Ville de Paris — « Les doctorant.e.s Cifre de la ville de Paris » (page du 4 octobre 2023)',
  url: 'https://www.cifre-villedeparis.fr',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

const SRC_MINES_INTERNSHIP: SeedSource = {
  name: 'Institut Mines-Télécom — offre « Stage de Master : Co-création de politiques publiques locales et développement durable : la question des non-participants » (Mines Saint-Étienne), publiée sur AI Jobs',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

const SRC_NSP_JOB: SeedSource = {
  name: 'Nos services publics — offre « Chargé.e de préfiguration de son institut de recherche et de formation »',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

/** The chaire IDIS page linked by the toolbox: it names the school that runs the chair. */
const SRC_CHAIRE_IDIS: SeedSource = {
  name: 'Chaire IDIS — page « La chaire » (lien cité par la boîte à outils INET)',
  url: 'https://chaire-idis.fr/la-chaire/',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

const SRC_MESR: SeedSource = {
  name: "Principaux établissements d'enseignement supérieur (MESR)",
  url: 'https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-principaux-etablissements-enseignement-superieur/',
  license: 'Licence Ouverte / Open Licence 2.0',
  retrievedOn: RETRIEVED_ON,
};

const SRC_RNSR: SeedSource = {
  name: 'Répertoire national des structures de recherche (RNSR), structures actives 2022',
  url: 'https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-structures-recherche-publiques-actives/',
  license: 'Licence Ouverte / Open Licence 2.0',
  retrievedOn: RETRIEVED_ON,
};

export const ORGANISATIONS: readonly SeedActor[] = [
  // ---------------------------------------------------------------------------------------
  // heSam project (000)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'org:hesam-universite',
    kind: 'UNIVERSITY',
    name: 'heSam Université',
    description:
      "Regroupement d'établissements d'enseignement supérieur qui porte le projet « Mobiliser les doctorants pour les collectivités territoriales et les services publics ». Ce projet vise à faire recruter des doctorants en Cifre par des collectivités, services publics et associations, via une plateforme de mise en relation avec les laboratoires.",
    themes: ['enseignement supérieur', 'doctorat', 'cifre', 'insertion professionnelle', 'sciences humaines et sociales'],
    communeCode: '75056', // siège notoire : Paris
    source: SRC_HESAM,
  },
  {
    ref: 'org:anrt',
    kind: 'ASSOCIATION',
    name: 'Association nationale de la recherche et de la technologie',
    acronym: 'ANRT',
    description:
      "Association qui anime et gère le dispositif Cifre pour le compte du ministère chargé de la recherche. Le dispositif subventionne les entreprises, collectivités et associations qui embauchent un doctorant engagé dans une collaboration de recherche avec un laboratoire public.",
    themes: ['cifre', 'doctorat', 'recherche', 'innovation'],
    website: 'http://www.anrt.asso.fr', // domaine du lien donné par la boîte à outils
    communeCode: '75056', // siège notoire : Paris
    source: SRC_HESAM,
  },
  {
    ref: 'org:abg',
    kind: 'ASSOCIATION',
    name: 'Association Bernard Gregory',
    acronym: 'ABG',
    description:
      "Association qui aide étudiants, doctorants et docteurs à piloter leur carrière, et accompagne les employeurs dans le recrutement de docteurs. Partenaire du projet heSam sur l'embauche de doctorants par les collectivités.",
    themes: ['doctorat', 'emploi', 'insertion professionnelle'],
    communeCode: '75056', // siège : Paris
    source: SRC_HESAM,
  },
  {
    ref: 'org:cnfpt',
    kind: 'PUBLIC_BODY',
    name: 'Centre national de la fonction publique territoriale',
    acronym: 'CNFPT',
    description:
      "Établissement public chargé de la formation des agents territoriaux et de l'organisation des concours de recrutement des cadres d'emplois de catégorie A+. Partenaire du projet heSam sur les doctorants en collectivité.",
    themes: ['fonction publique territoriale', 'formation', 'services publics'],
    communeCode: '75056', // siège notoire : Paris
    source: SRC_HESAM,
  },
  {
    ref: 'org:cjc',
    kind: 'ASSOCIATION',
    name: 'Confédération des jeunes chercheurs',
    acronym: 'CJC',
    description:
      "Fédération d'associations de doctorants et de jeunes chercheurs ; l'ADCIFRE SHS, association des doctorants Cifre en sciences humaines et sociales, en est adhérente.",
    themes: ['doctorat', 'recherche', 'enseignement supérieur'],
    communeCode: '75056', // siège : Paris
    source: SRC_HESAM,
  },

  // ---------------------------------------------------------------------------------------
  // Toolbox (001): CNFPT institute, State bodies, universities and local actors it names
  // ---------------------------------------------------------------------------------------
  {
    ref: 'org:inet',
    kind: 'PUBLIC_BODY',
    name: 'Institut national des études territoriales',
    acronym: 'INET',
    description:
      "Institut du CNFPT qui forme les cadres de direction territoriaux ; ses élèves ingénieurs en chef ont rédigé la boîte à outils sur les partenariats entre recherche et territoires. Il anime des propositions d'études confiées à ses élèves administrateurs territoriaux et conservateurs de bibliothèques, et dispose d'une référente des partenariats de la recherche.",
    themes: ['fonction publique territoriale', 'formation', 'recherche'],
    communeCode: '67482', // siège notoire : Strasbourg
    parentRef: 'org:cnfpt',
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:anct',
    kind: 'PUBLIC_BODY',
    name: 'Agence nationale de la cohésion des territoires',
    acronym: 'ANCT',
    description:
      "Agence d'ingénierie territoriale de l'État. La boîte à outils propose d'y loger un dispositif d'accompagnement des collectivités pour l'accueil de doctorants et suggère qu'elle puisse porter des postes mutualisés d'animation de partenariats avec la recherche.",
    themes: ['politiques publiques', 'doctorat', 'recherche'],
    communeCode: '75056', // siège notoire : Paris
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:anr',
    kind: 'PUBLIC_BODY',
    name: 'Agence nationale de la recherche',
    acronym: 'ANR',
    description:
      "Agence de financement de la recherche sur projets ; la boîte à outils cite ses crédits parmi les financements que laboratoires et collectivités peuvent solliciter ensemble.",
    themes: ['recherche', 'innovation'],
    communeCode: '75056', // siège notoire : Paris
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:popsu',
    kind: 'PUBLIC_BODY',
    name: "Plateforme d'observation des projets et stratégies urbaines",
    acronym: 'POPSU',
    description:
      "Programme financé par l'État qui produit des connaissances sur les métropoles, leurs systèmes et leurs projets, et rapproche chercheurs, élus et services techniques. Il compare les expériences à l'international et capitalise les enseignements pour les publics concernés.",
    themes: ['urbanisme', 'ville', 'recherche', 'politiques publiques'],
    website: 'http://www.popsu.archi.fr/',
    // Programme porté par le Plan urbanisme construction architecture (PUCA), installé à
    // La Défense (commune de Puteaux) : siège déduit, à confirmer.
    communeCode: '92062',
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:cpie-rhone-pays-d-arles',
    kind: 'ASSOCIATION',
    name: "CPIE Rhône Pays d'Arles",
    description:
      "Centre permanent d'initiatives pour l'environnement cité comme exemple d'espace de recensement et de diffusion des travaux de recherche, en lien avec l'Observatoire Hommes-Milieux Vallée du Rhône. Ce travail a été financé par la Région Sud, les Départements des Bouches-du-Rhône et de Vaucluse, l'Agence de l'eau et la Compagnie nationale du Rhône.",
    themes: ['environnement', 'eau', 'recherche', 'culture scientifique'],
    communeCode: '13004', // Arles
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:agence-eau-rhone-mediterranee-corse',
    kind: 'PUBLIC_BODY',
    name: "Agence de l'eau Rhône Méditerranée Corse",
    description:
      "Établissement public de l'État chargé de la politique de l'eau sur le bassin du Rhône ; la boîte à outils (qui écrit seulement « Agence de l'eau ») la cite parmi les financeurs du travail de capitalisation mené par le CPIE Rhône Pays d'Arles.",
    themes: ['eau', 'environnement'],
    communeCode: '69123', // siège notoire : Lyon
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:compagnie-nationale-du-rhone',
    kind: 'COMPANY',
    name: 'Compagnie nationale du Rhône',
    acronym: 'CNR',
    description:
      "Entreprise concessionnaire du Rhône, citée parmi les financeurs du travail de recensement et de diffusion des recherches mené par le CPIE Rhône Pays d'Arles.",
    themes: ['eau', 'environnement', 'industrie'],
    communeCode: '69123', // siège notoire : Lyon
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:pnr-camargue',
    kind: 'PUBLIC_BODY',
    name: 'Parc naturel régional de Camargue',
    description:
      "Syndicat mixte dont le comité scientifique et d'éthique apporte une expertise au comité syndical ; la boîte à outils le donne en exemple de comité scientifique associant des chercheurs à la conduite des politiques publiques.",
    themes: ['environnement', 'recherche', 'politiques publiques'],
    communeCode: '13004', // siège notoire : Arles
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:sciences-po',
    kind: 'UNIVERSITY',
    name: 'Sciences Po',
    acronym: 'IEP Paris',
    description:
      "Grand établissement d'enseignement supérieur et de recherche. La boîte à outils cite le parcours de formation au dialogue social et à la négociation qu'il a proposé, avec l'ESSEC, aux cadres et représentants syndicaux de la Ville de Suresnes.",
    themes: ['enseignement supérieur', 'formation', 'politiques publiques'],
    website: 'https://www.sciencespo.fr/',
    identifiers: { uai: '0753431X', siren: '197534316', ror: '05fe7ax82' },
    communeCode: '75056',
    source: SRC_MESR,
  },
  {
    ref: 'org:essec',
    kind: 'UNIVERSITY',
    name: 'École supérieure des sciences économiques et commerciales',
    acronym: 'ESSEC',
    description:
      "École de management citée (sous la graphie « HESSSEC ») pour le parcours de formation au dialogue social et à la négociation suivi, avec Sciences Po, par les cadres et représentants syndicaux de la Ville de Suresnes.",
    themes: ['enseignement supérieur', 'formation'],
    website: 'https://www.essec.edu/fr/',
    identifiers: { uai: '0951214D', siren: '775663958', ror: '02dga6j42' },
    communeCode: '95127',
    source: SRC_MESR,
  },
  {
    ref: 'org:universite-sorbonne-paris-nord',
    kind: 'UNIVERSITY',
    name: 'Université Sorbonne Paris Nord',
    acronym: 'USPN',
    description:
      "Université qui a créé une formation certifiante d'écrivain public pour répondre aux besoins d'une population en partie non francophone sur son territoire. Elle est l'une des tutelles de la MSH Paris Nord.",
    themes: ['enseignement supérieur', 'formation', 'insertion professionnelle'],
    website: 'http://www.univ-paris13.fr/',
    identifiers: { uai: '0931238R', siren: '199312380', ror: '0199hds37' },
    communeCode: '93079',
    source: SRC_MESR,
  },
  {
    ref: 'org:insp',
    kind: 'UNIVERSITY',
    name: 'Institut national du service public (ex-École nationale d’administration)',
    acronym: 'INSP',
    description:
      "École de formation des hauts fonctionnaires, héritière de l'ENA. La boîte à outils cite la chaire partenariale « innovation publique » ENA-ENSCI et les « mesures docteurs » ouvrant l'accès de l'école aux titulaires d'un doctorat.",
    themes: ['innovation publique', 'formation', 'fonction publique territoriale', 'politiques publiques'],
    website: 'https://insp.gouv.fr/',
    identifiers: { uai: '0753463G', siren: '197534639' },
    communeCode: '67482',
    source: SRC_MESR,
  },
  {
    ref: 'org:ensci',
    kind: 'UNIVERSITY',
    name: 'École nationale supérieure de création industrielle - Les Ateliers',
    acronym: 'ENSCI',
    description:
      "École de design, partenaire de l'ENA dans la chaire « innovation publique » citée en exemple de chaire par la boîte à outils.",
    themes: ['innovation publique', 'enseignement supérieur', 'innovation'],
    website: 'https://www.ensci.com/',
    identifiers: { uai: '0754585B', siren: '331118760', ror: '056atnc19' },
    communeCode: '75056',
    source: SRC_MESR,
  },
  {
    ref: 'org:esad-reims',
    kind: 'UNIVERSITY',
    name: "École supérieure d'art et de design de Reims",
    acronym: 'ESAD de Reims',
    description:
      "École d'art et de design où a été créée la chaire IDIS (Industrie, Design et Innovation Sociale), que la boîte à outils cite comme exemple de chaire financée par Harmonie Mutuelle.",
    themes: ['enseignement supérieur', 'innovation', 'industrie'],
    communeCode: '51454', // Reims
    source: SRC_CHAIRE_IDIS,
  },
  {
    ref: 'org:harmonie-mutuelle',
    kind: 'COMPANY',
    name: 'Harmonie Mutuelle',
    description:
      "Mutuelle que la boîte à outils présente comme financeur de la chaire IDIS (Industrie, Design et Innovation Sociale).",
    themes: ['innovation', 'santé'],
    communeCode: '75056', // siège notoire : Paris
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:ird',
    kind: 'PUBLIC_BODY',
    name: 'Institut de recherche pour le développement',
    acronym: 'IRD',
    description:
      "Organisme public de recherche que la boîte à outils donne en exemple de recherche-action, à travers sa délégation Île-de-France.",
    themes: ['recherche', 'développement durable', 'politiques publiques'],
    identifiers: { uai: '0133973Y', siren: '180006025' },
    communeCode: '13055', // siège notoire : Marseille
    source: SRC_RNSR,
  },
  {
    ref: 'org:cnrs',
    kind: 'PUBLIC_BODY',
    name: 'Centre national de la recherche scientifique',
    acronym: 'CNRS',
    description:
      "Organisme public de recherche, tutelle de la MSH Paris Nord et du CEVIPOF selon le RNSR. Les documents sources ne le nomment pas directement.",
    themes: ['recherche', 'sciences humaines et sociales'],
    identifiers: { uai: '0753639Y', siren: '180089013' },
    communeCode: '75056', // siège notoire : Paris
    source: SRC_RNSR,
  },
  {
    ref: 'org:msh-paris-nord',
    kind: 'LAB',
    name: "Maison des sciences de l'Homme Paris Nord",
    acronym: 'MSH Paris Nord',
    description:
      "Unité d'appui et de recherche en sciences humaines et sociales qui co-organise des appels à projets conjoints avec Plaine Commune et avec le Campus Condorcet pour financer des recherches sur des objets territoriaux.",
    themes: ['sciences humaines et sociales', 'recherche', 'ville'],
    website: 'http://www.mshparisnord.fr/',
    identifiers: { rnsr: '200919797J' },
    communeCode: '93066', // Saint-Denis (adresse RNSR : 20 avenue George Sand)
    source: SRC_RNSR,
  },
  {
    ref: 'org:campus-condorcet',
    kind: 'UNIVERSITY',
    name: 'Campus Condorcet',
    description:
      "Établissement public de coopération scientifique qui réunit des institutions de recherche et d'enseignement supérieur en sciences humaines et sociales ; il lance des appels à projets conjoints avec la MSH Paris Nord.",
    themes: ['sciences humaines et sociales', 'recherche', 'enseignement supérieur'],
    identifiers: { uai: '0932560C', siren: '130016371' },
    communeCode: '93001', // siège notoire : Aubervilliers
    source: SRC_RNSR,
  },
  {
    ref: 'org:ulco',
    kind: 'UNIVERSITY',
    name: "Université du Littoral Côte d'Opale",
    acronym: 'ULCO',
    description:
      "Université dont plusieurs laboratoires sont fortement impliqués dans le projet « Dunkerque, l'énergie créative » porté par la Communauté urbaine de Dunkerque, notamment sur la qualité de l'air et la transition énergétique.",
    themes: ['enseignement supérieur', 'recherche', 'environnement', 'industrie'],
    website: 'http://www.univ-littoral.fr/',
    identifiers: { uai: '0595964M', siren: '195944038', ror: '02gdcg342' },
    communeCode: '59183',
    source: SRC_MESR,
  },
  {
    ref: 'org:avignon-universite',
    kind: 'UNIVERSITY',
    name: 'Avignon Université',
    description:
      "Université dont la reconfiguration du bâtiment « Pasteur », pour créer un site consacré au patrimoine, à la culture et aux technologies numériques, a été cofinancée dans le contrat de plan État-Région 2015-2020.",
    themes: ['enseignement supérieur', 'culture scientifique', 'numérique'],
    website: 'https://univ-avignon.fr/',
    identifiers: { uai: '0840685N', siren: '198406852', ror: '00mfpxb84' },
    communeCode: '84007',
    source: SRC_MESR,
  },
  {
    ref: 'org:universite-rouen-normandie',
    kind: 'UNIVERSITY',
    name: 'Université de Rouen Normandie',
    acronym: 'UNIROUEN',
    description:
      "Université liée au Musée national de l'Éducation par une convention cadre de partenariat, citée en exemple de cadre juridique préparant les partenariats.",
    themes: ['enseignement supérieur', 'recherche', 'culture scientifique'],
    website: 'https://www.univ-rouen.fr/',
    identifiers: { uai: '0761904G', siren: '197619042', ror: '03nhjew95' },
    communeCode: '76451',
    source: SRC_MESR,
  },
  {
    ref: 'org:munae',
    kind: 'PUBLIC_BODY',
    name: "Musée national de l'Éducation",
    acronym: 'MUNAE',
    description:
      "Musée doté d'un centre de ressources et de recherche et d'un chargé de mission dédié à la médiation scientifique et aux partenariats universitaires. Il a signé une convention cadre de partenariat avec l'université de Rouen.",
    themes: ['culture scientifique', 'recherche', 'formation'],
    communeCode: '76540', // Rouen (adresse donnée par la boîte à outils : 6 rue de Bihorel)
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:universite-cote-d-azur',
    kind: 'UNIVERSITY',
    name: "Université Côte d'Azur",
    acronym: 'UCA',
    description:
      "Université qui a mis en place un mentorat bénéficiant en priorité aux post-doctorants, cité comme exemple d'intervention de professionnels en milieu universitaire.",
    themes: ['enseignement supérieur', 'insertion professionnelle', 'doctorat'],
    website: 'https://univ-cotedazur.fr/',
    identifiers: { uai: '0062205P', siren: '130025661', ror: '019tgvf94' },
    communeCode: '06088',
    source: SRC_MESR,
  },
  {
    ref: 'org:universite-strasbourg',
    kind: 'UNIVERSITY',
    name: 'Université de Strasbourg',
    acronym: 'UNISTRA',
    description:
      "Université associée, avec un opérateur associatif de l'économie sociale et solidaire, à l'institut sport santé prévu au sein de la Maison Sport Santé de Strasbourg.",
    themes: ['enseignement supérieur', 'recherche', 'santé'],
    website: 'http://www.unistra.fr/',
    identifiers: { uai: '0673021V', siren: '130005457', ror: '00pg6eq24' },
    communeCode: '67482',
    source: SRC_MESR,
  },
  {
    ref: 'org:maison-sport-sante-strasbourg',
    kind: 'PUBLIC_BODY',
    name: 'Maison Sport Santé Bien Être de Strasbourg',
    description:
      "Groupement d'intérêt public prévu dans l'aile médicale rénovée des Bains municipaux de Strasbourg. Il doit réunir un réseau municipal de prévention, un institut sport santé de formation et de recherche associant l'Université de Strasbourg, et un laboratoire d'innovation ouverte.",
    themes: ['santé', 'recherche', 'formation', 'innovation'],
    communeCode: '67482', // Strasbourg
    source: SRC_TOOLBOX,
  },
  {
    ref: 'org:college-de-france',
    kind: 'UNIVERSITY',
    name: 'Collège de France',
    description:
      "Grand établissement d'enseignement et de recherche. La boîte à outils cite un chercheur qui y travaille à mi-temps tout en étant, pour l'autre moitié, agent de la communauté de communes du Clunisois.",
    themes: ['recherche', 'enseignement supérieur'],
    website: 'https://www.college-de-france.fr/',
    identifiers: { uai: '0753480A', siren: '197534803', ror: '04ex24z53' },
    communeCode: '75056',
    source: SRC_MESR,
  },

  // ---------------------------------------------------------------------------------------
  // Ville de Paris CIFRE page (002)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'org:iea-paris',
    kind: 'LAB',
    name: "Institut d'études avancées de Paris",
    acronym: 'IEA de Paris',
    description:
      "Institut de recherche partenaire de la Ville de Paris pour ses doctorants Cifre : il organise séminaires, formations, ateliers et conseils méthodologiques pour les doctorants et les services municipaux. Il conduit aussi l'évaluation scientifique des candidatures à un contrat Cifre de la Ville.",
    themes: ['recherche', 'cifre', 'doctorat', 'sciences humaines et sociales'],
    website: 'https://www.paris-iea.fr/', // domaine des liens de la page source
    communeCode: '75056', // siège notoire : Paris (île Saint-Louis)
    source: SRC_PARIS_CIFRE,
  },

  // ---------------------------------------------------------------------------------------
  // Mines Saint-Étienne internship (003)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'org:imt',
    kind: 'UNIVERSITY',
    name: 'Institut Mines-Télécom',
    acronym: 'IMT',
    description:
      "Premier groupe public de grandes écoles d'ingénieurs et de management en France, formé de huit grandes écoles publiques et de deux écoles filiales. Il anime un réseau d'écoles partenaires et de partenaires économiques, académiques et institutionnels.",
    themes: ['enseignement supérieur', 'recherche', 'industrie', 'numérique'],
    website: 'https://www.imt.fr/',
    identifiers: { uai: '0912424R', siren: '180092025', ror: '025vp2923' },
    communeCode: '91477',
    source: SRC_MESR,
  },
  {
    ref: 'org:mines-saint-etienne',
    kind: 'UNIVERSITY',
    name: 'Mines Saint-Étienne',
    description:
      "École de l'Institut Mines-Télécom chargée de formation, de recherche, d'innovation, de transfert industriel et de culture scientifique (2 500 élèves, 3 campus). Sa stratégie 2023-2027 vise à accompagner les transitions écologique, numérique et générationnelle.",
    themes: ['enseignement supérieur', 'recherche', 'industrie', 'innovation'],
    // UAI lue dans les tutelles du RNSR. Le SIRET y appartient à l'Institut Mines-Télécom
    // (même SIREN 180092025) : il n'est pas repris ici pour ne pas dupliquer l'IMT.
    identifiers: { uai: '0420094Z' },
    communeCode: '42218', // Saint-Étienne
    parentRef: 'org:imt',
    source: SRC_RNSR,
  },
  {
    ref: 'org:rri',
    kind: 'ASSOCIATION',
    name: "Réseau de recherche sur l'innovation",
    acronym: 'RRI',
    description:
      "Réseau de chercheurs en économie et gestion de l'innovation qui soutient, via le Bonus CDC-RRI, le projet de recherche de Mines Saint-Étienne sur les non-participants aux démarches de co-création de politiques publiques locales.",
    themes: ['innovation', 'recherche', 'innovation publique'],
    // Siège non publié par le document : réseau présidé depuis l'ULCO et dont le site est
    // hébergé par l'ULCO, d'où Dunkerque — à confirmer.
    communeCode: '59183',
    source: SRC_MINES_INTERNSHIP,
  },
  {
    ref: 'org:cevipof',
    kind: 'LAB',
    name: 'Centre de recherches politiques de Sciences Po',
    acronym: 'CEVIPOF',
    description:
      "Laboratoire de science politique dont le baromètre de la confiance politique est cité par l'offre de stage de Mines Saint-Étienne pour documenter la défiance envers les institutions.",
    themes: ['recherche', 'politiques publiques', 'participation citoyenne', 'sciences humaines et sociales'],
    website: 'http://www.cevipof.com',
    identifiers: { rnsr: '200119305J' },
    communeCode: '75056',
    parentRef: 'org:sciences-po',
    source: SRC_RNSR,
  },

  // ---------------------------------------------------------------------------------------
  // Nos services publics job (004)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'org:nos-services-publics',
    kind: 'ASSOCIATION',
    name: 'Nos services publics',
    description:
      "Collectif associatif créé en 2021 qui réunit agents publics et citoyens pour parler, de l'intérieur, du sens des missions de service public ; il publie un rapport annuel sur l'état des services publics. Il crée en son sein un institut de recherche et de formation pour développer ses études, ses formations et ses liens avec le monde de la recherche.",
    themes: ['services publics', 'politiques publiques', 'formation', 'recherche'],
    // Le document ne donne aucune adresse : Paris retenu comme siège probable, à confirmer.
    communeCode: '75056',
    source: SRC_NSP_JOB,
  },
];

/*
 * Left out on purpose (named by the documents, but not placed):
 *  - ADCIFRE SHS (Association des doctorants Cifre SHS): seat commune not found.
 *  - OHM Vallée du Rhône (Observatoire Hommes-Milieux, CNRS-INEE): seat commune not found.
 *  - Collège européen de Cluny: legal form and seat not established.
 *  - CDG 40 and CDG 47: cited only as authors of web resources on mobility.
 *  - The ministry in charge of higher education and research, Caisse des dépôts (« Bonus
 *    CDC-RRI »), Réseau Canopé (e-mail domain only), ONU: not ecosystem actors as named here.
 *  - Université de Montréal / chaire UNESCO en paysage et environnement, University of
 *    Queensland, Acfas: foreign.
 *  - SATTs and pôles de compétitivité: see networks.ts.
 */

export const PARTNERSHIPS: readonly SeedPartnership[] = [
  // heSam project: strategic partners for hiring doctoral candidates in collectivités (000).
  // ADCIFRE SHS, also a partner, is not seeded (seat unknown).
  {
    actorRef: 'org:hesam-universite',
    partnerRef: 'org:anrt',
    toolSlug: 'cifre-recherche-action',
    intensity: 3,
    note: "Partenaire stratégique du projet heSam « Mobiliser les doctorants pour les collectivités territoriales et les services publics », au titre de sa gestion du dispositif Cifre.",
    source: SRC_HESAM,
  },
  {
    actorRef: 'org:hesam-universite',
    partnerRef: 'org:abg',
    toolSlug: 'cifre-recherche-action',
    intensity: 3,
    note: "Partenaire stratégique du projet heSam sur l'embauche de doctorants en Cifre par les collectivités et services publics.",
    source: SRC_HESAM,
  },
  {
    actorRef: 'org:hesam-universite',
    partnerRef: 'org:cnfpt',
    toolSlug: 'cifre-recherche-action',
    intensity: 3,
    note: "Partenaire stratégique du projet heSam, qui lui apporte un ancrage auprès des collectivités territoriales.",
    source: SRC_HESAM,
  },

  // Ville de Paris CIFRE scheme and the IEA de Paris (002).
  {
    actorRef: 'org:iea-paris',
    partnerRef: 'commune:75056',
    toolSlug: 'accompagnement-doctorants-collectivites',
    intensity: 2,
    note: "L'IEA de Paris accompagne la Ville dans l'amélioration de son dispositif Cifre (séminaires, formations, ateliers, conseils méthodologiques) et évalue scientifiquement les candidatures.",
    source: SRC_PARIS_CIFRE,
  },

  // Joint calls for projects (001). Plaine Commune is an EPT (SIREN 200057867, in ept.json):
  // the collectivités seed includes the EPT of the Grand Paris under the same `epci:` refs.
  {
    actorRef: 'epci:200057867',
    partnerRef: 'org:msh-paris-nord',
    toolSlug: 'recherche-sur-le-territoire',
    intensity: 2,
    note: 'Appels à projets conjoints Plaine Commune – MSH Paris Nord finançant des actions de recherche sur des objets ou sujets territoriaux.',
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'org:msh-paris-nord',
    partnerRef: 'org:campus-condorcet',
    toolSlug: 'recherche-sur-le-territoire',
    intensity: 2,
    note: 'Appels à projets conjoints MSH Paris Nord – Campus Condorcet finançant des actions de recherche sur des objets ou sujets territoriaux.',
    source: SRC_TOOLBOX,
  },

  // Mines Saint-Étienne internship supported by the RRI (003).
  {
    actorRef: 'org:mines-saint-etienne',
    partnerRef: 'org:rri',
    toolSlug: 'partenariats-financements',
    intensity: 3,
    note: "Le projet de recherche sur la non-participation aux démarches de co-création de politiques publiques locales est soutenu par le RRI via le Bonus CDC-RRI.",
    source: SRC_MINES_INTERNSHIP,
  },

  // Funders of the CPIE Rhône Pays d'Arles capitalisation work (001).
  {
    actorRef: 'region:93',
    partnerRef: 'org:cpie-rhone-pays-d-arles',
    toolSlug: 'espaces-ressources-capitalisation',
    intensity: 5,
    note: "La Région Sud a financé le travail de recensement des recherches mené par le CPIE Rhône Pays d'Arles avec l'OHM Vallée du Rhône.",
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'departement:13',
    partnerRef: 'org:cpie-rhone-pays-d-arles',
    toolSlug: 'espaces-ressources-capitalisation',
    intensity: 5,
    note: "Le Département des Bouches-du-Rhône a financé le travail de recensement des recherches mené par le CPIE Rhône Pays d'Arles.",
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'departement:84',
    partnerRef: 'org:cpie-rhone-pays-d-arles',
    toolSlug: 'espaces-ressources-capitalisation',
    intensity: 5,
    note: "Le Département de Vaucluse a financé le travail de recensement des recherches mené par le CPIE Rhône Pays d'Arles.",
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'org:agence-eau-rhone-mediterranee-corse',
    partnerRef: 'org:cpie-rhone-pays-d-arles',
    toolSlug: 'espaces-ressources-capitalisation',
    intensity: 5,
    note: "L'Agence de l'eau figure parmi les financeurs du travail de recensement des recherches mené par le CPIE Rhône Pays d'Arles.",
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'org:compagnie-nationale-du-rhone',
    partnerRef: 'org:cpie-rhone-pays-d-arles',
    toolSlug: 'espaces-ressources-capitalisation',
    intensity: 5,
    note: "La Compagnie nationale du Rhône figure parmi les financeurs du travail de recensement des recherches mené par le CPIE Rhône Pays d'Arles.",
    source: SRC_TOOLBOX,
  },

  // Training programmes for the territory (001).
  {
    actorRef: 'commune:92073',
    partnerRef: 'org:sciences-po',
    toolSlug: 'formations-pour-le-territoire',
    intensity: 4,
    note: 'Parcours de formation des cadres et représentants syndicaux de la Ville de Suresnes au dialogue social et à la négociation.',
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'commune:92073',
    partnerRef: 'org:essec',
    toolSlug: 'formations-pour-le-territoire',
    intensity: 4,
    note: "Parcours de formation des cadres et représentants syndicaux de la Ville de Suresnes au dialogue social et à la négociation (établissement écrit « HESSSEC » dans la source).",
    source: SRC_TOOLBOX,
  },

  // Pôle d'excellence: « Dunkerque, l'énergie créative » (001).
  {
    actorRef: 'epci:245900428',
    partnerRef: 'org:ulco',
    toolSlug: 'poles-excellence',
    intensity: 4,
    note: "Projet « Dunkerque, l'énergie créative » porté par la Communauté urbaine de Dunkerque (Territoire d'innovation, 37,5 M€) : plusieurs laboratoires de l'ULCO y sont fortement impliqués, notamment sur la qualité de l'air et la transition énergétique.",
    source: SRC_TOOLBOX,
  },

  // Financing of university sites (001).
  {
    actorRef: 'region:93',
    partnerRef: 'org:avignon-universite',
    toolSlug: 'financement-sites-universitaires',
    intensity: 3,
    note: "Reconfiguration du bâtiment « Pasteur » d'Avignon Université (patrimoine, culture, technologies numériques) inscrite au contrat de plan État-Région 2015-2020.",
    source: SRC_TOOLBOX,
  },

  // Legal frameworks preparing partnerships (001).
  {
    actorRef: 'org:universite-rouen-normandie',
    partnerRef: 'org:munae',
    toolSlug: 'cadres-juridiques-partenariats',
    intensity: 1,
    note: "Convention cadre de partenariat entre l'université de Rouen et le Musée national de l'Éducation.",
    source: SRC_TOOLBOX,
  },

  // R&D function in a collectivité (001).
  {
    actorRef: 'epci:200040293',
    partnerRef: 'org:college-de-france',
    toolSlug: 'fonction-recherche-developpement',
    intensity: 3,
    note: "Un chercheur recruté par voie contractuelle partage son temps entre la communauté de communes du Clunisois (50 %) et le Collège de France (50 %).",
    source: SRC_TOOLBOX,
  },

  // Structures where researchers and collectivités meet (001): planned at the time of the source.
  {
    actorRef: 'commune:67482',
    partnerRef: 'org:maison-sport-sante-strasbourg',
    toolSlug: 'structures-mixtes',
    intensity: 4,
    note: "Maison Sport Santé (GIP) prévue dans les Bains municipaux de Strasbourg, avec un réseau municipal de prévention et d'accompagnement et un laboratoire d'innovation ouverte.",
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'org:universite-strasbourg',
    partnerRef: 'org:maison-sport-sante-strasbourg',
    toolSlug: 'structures-mixtes',
    intensity: 4,
    note: "L'Université de Strasbourg apporte ses compétences à l'institut sport santé (formation, recherche, expertise) prévu au sein de la Maison Sport Santé.",
    source: SRC_TOOLBOX,
  },

  // Chairs (001).
  {
    actorRef: 'org:insp',
    partnerRef: 'org:ensci',
    toolSlug: 'chaires',
    intensity: 3,
    note: 'Chaire partenariale « innovation publique » ENA-ENSCI, citée en exemple de chaire.',
    source: SRC_TOOLBOX,
  },
  {
    actorRef: 'org:harmonie-mutuelle',
    partnerRef: 'org:esad-reims',
    toolSlug: 'chaires',
    intensity: 3,
    note: "Harmonie Mutuelle est présentée par la boîte à outils comme financeur de la chaire IDIS (Industrie, Design et Innovation Sociale), créée à l'ESAD de Reims.",
    source: SRC_TOOLBOX,
  },
];
