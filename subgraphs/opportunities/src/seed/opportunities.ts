/**
 * Seed data: concrete opportunities named by the five seed documents (CIFRE schemes, an
 * internship, a job, chairs, joint calls for projects, a shared research position).
 *
 * Rules followed:
 *  - Texts are French and rephrased; missions stay close to the postings (they are the facts
 *    of the offer) but are shortened.
 *  - publishedAt is the document date when known, else the reading date.
 *  - status is OPEN unless the document indicates the opportunity is over. No deadline is
 *    invented.
 *  - Hosts and partners are refs seeded in actors/src/seed/organisations.ts or collectivité
 *    refs from @etalab/decoupage-administratif.
 *
 * Not written: « Ma thèse en 180 secondes » (the toolbox names no French organiser, only
 * Acfas in Québec); the ANCT support scheme for collectivités (only proposed in a survey);
 * the UNESCO chair of Université de Montréal (foreign).
 */
import type { SeedOpportunity, SeedSource } from '@ecosystem/common';

const RETRIEVED_ON = '2026-11-24';
const CITATION = 'Citation ; faits résumés par nos soins';
/** Used when the document carries no date. */
const UNDATED = '2026-11-24T00:00:00Z';

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

const SRC_TOOLBOX_AND_CHAIRE_IDIS: SeedSource = {
  name: "INET — « Boîte à outils pour bâtir les partenariats entre recherche et territoires » (fiche « Les chaires ») et page « La chaire » du site de la chaire IDIS",
  url: 'https://chaire-idis.fr/la-chaire/',
  license: CITATION,
  retrievedOn: RETRIEVED_ON,
};

export const OPPORTUNITIES: readonly SeedOpportunity[] = [
  // ---------------------------------------------------------------------------------------
  // CIFRE
  // ---------------------------------------------------------------------------------------
  {
    ref: 'opp:ville-de-paris-cifre-appel-annuel',
    kind: 'CIFRE',
    // The page is dated 4 October 2023 and describes an annual call: that edition is over.
    status: 'CLOSED',
    title: 'Appel à candidatures annuel pour les doctorant·es Cifre de la Ville de Paris',
    description:
      "Depuis 2018, la Ville de Paris recrute chaque année par un appel à candidatures des doctorant·es en Cifre dont la thèse porte sur une question prioritaire de la municipalité ; ses premiers contrats Cifre datent de 2009. Les doctorant·es sont intégré·es à un service municipal directement concerné par leur sujet, et leurs travaux nourrissent la réflexion de la Ville sur ses politiques publiques. L'IEA de Paris accompagne le dispositif (séminaires, formations, ateliers, conseils méthodologiques) et assure l'évaluation scientifique des candidatures. La page source date d'octobre 2023 et n'indique pas de calendrier : l'appel étant annuel, vérifier l'édition en cours.",
    hostRef: 'commune:75056',
    partnerRefs: ['org:iea-paris'],
    toolSlug: 'cifre-recherche-action',
    themes: ['cifre', 'doctorat', 'politiques publiques', 'ville', 'recherche'],
    communeCode: '75056',
    placeName: 'Paris',
    contractType: 'Recrutement par la Ville dans le cadre d’une convention Cifre',
    missions: [
      'Conduire une thèse sur une question prioritaire de la municipalité, en lien avec un laboratoire de recherche',
      "Travailler au sein d'un service municipal dont l'activité concerne directement le sujet de recherche",
      "Apporter à la Ville une capacité de réflexion et d'analyse sur le développement de ses politiques publiques",
      "Participer aux séminaires, formations et moments d'échange organisés avec l'IEA de Paris",
    ],
    profile:
      'Doctorant·e dont le projet de thèse porte sur une question prioritaire pour la Ville de Paris.',
    howToApply:
      "Répondre à l'appel à candidatures annuel de la Ville de Paris ; les dossiers font l'objet d'une évaluation scientifique par l'IEA de Paris.",
    publishedAt: '2023-10-04T00:00:00Z',
    source: SRC_PARIS_CIFRE,
  },
  {
    ref: 'opp:hesam-plateforme-cifre-collectivites',
    kind: 'CIFRE',
    // The document names the ministry as it was between 2014 and 2017 and describes a
    // five-year action plan: the project period is over.
    status: 'CLOSED',
    title: 'Plateforme heSam des offres de Cifre en collectivités et services publics',
    description:
      "Cœur du projet « Mobiliser les doctorants pour les collectivités territoriales et les services publics » de heSam Université, lauréat d'un appel à manifestation d'intérêt du ministère : une plateforme de mise en relation entre employeurs publics, futurs doctorants et laboratoires. Après une sensibilisation au dispositif Cifre, les offres identifiées par heSam et ses partenaires (ANRT, ABG, CNFPT, ADCIFRE SHS) devaient y être publiées ; chaque collectivité, service public ou association porteur s'engageait à recruter au moins un doctorant en Cifre. Le document, non daté, décrit un plan d'action sur cinq ans aujourd'hui échu.",
    hostRef: 'org:hesam-universite',
    partnerRefs: ['org:anrt', 'org:abg', 'org:cnfpt'],
    toolSlug: 'cifre-recherche-action',
    themes: ['cifre', 'doctorat', 'insertion professionnelle', 'services publics', 'sciences humaines et sociales'],
    missions: [
      'Mettre en relation collectivités, services publics et associations avec des étudiants et des laboratoires',
      'Publier les offres de Cifre identifiées par heSam et ses partenaires',
      'Animer un réseau collaboratif de doctorants',
    ],
    profile: 'Étudiant·es se destinant à un doctorat, en particulier en sciences humaines et sociales.',
    publishedAt: UNDATED,
    source: SRC_HESAM,
  },
  {
    ref: 'opp:anrt-dispositif-cifre',
    kind: 'CIFRE',
    status: 'OPEN',
    title: 'Dispositif Cifre (Conventions industrielles de formation par la recherche)',
    description:
      "Dispositif national animé et géré par l'ANRT pour le compte du ministère chargé de la recherche. Il subventionne l'entreprise, la collectivité ou l'association qui embauche un doctorant pour mener sa thèse au cœur d'une collaboration avec un laboratoire public. Un contrat de collaboration encadre la propriété intellectuelle et l'usage des résultats.",
    hostRef: 'org:anrt',
    partnerRefs: [],
    toolSlug: 'cifre-recherche-action',
    themes: ['cifre', 'doctorat', 'recherche', 'insertion professionnelle'],
    missions: [
      "Conduire une thèse sur un sujet qui intéresse la structure d'accueil, en partageant son temps entre celle-ci et le laboratoire",
    ],
    profile: "Doctorant·e recruté·e par une entreprise, une collectivité territoriale ou une association, en partenariat avec un laboratoire public.",
    publishedAt: UNDATED,
    source: SRC_HESAM,
  },

  // ---------------------------------------------------------------------------------------
  // Internship (003)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'opp:mines-saint-etienne-stage-non-participation-co-creation',
    kind: 'INTERNSHIP',
    status: 'OPEN',
    title:
      'Stage de master : co-création de politiques publiques locales et développement durable, la question des non-participants',
    description:
      "Stage de 5 à 6 mois à Mines Saint-Étienne (Institut Mines-Télécom), au sein d'un projet de recherche soutenu par le Réseau de recherche sur l'innovation (Bonus CDC-RRI). Le projet étudie pourquoi certains publics ne participent pas aux démarches de co-création de politiques publiques locales liées au développement durable, et comment les organisations publiques locales peuvent lever ces obstacles. Étude qualitative de plusieurs cas de territoires, par entretiens et enquêtes de terrain, débouchant sur des recommandations concrètes pour les collectivités. Le stage couvre le volet théorique (revue de littérature) et empirique (collecte et analyse de données qualitatives).",
    hostRef: 'org:mines-saint-etienne',
    partnerRefs: ['org:rri'],
    toolSlug: 'apprentissage-stages',
    themes: ['participation citoyenne', 'politiques publiques', 'innovation publique', 'développement durable', 'recherche'],
    communeCode: '42218',
    placeName: 'Saint-Étienne',
    durationMonths: 6, // l'annonce indique « 5 à 6 mois »
    contractType: 'Stage de master',
    missions: [
      'Réaliser une revue bibliographique sur la non-participation',
      "Organiser et préparer les études de terrain",
      "Collecter des données par entretiens semi-directifs et, le cas échéant, par observation",
      'Traiter et analyser les données collectées avec le logiciel NVivo',
      'Rédiger des notes de synthèse pour les collectivités étudiées',
      "Valoriser les premiers résultats : présentations pour des ateliers de recherche ou des congrès, textes accessibles au grand public",
    ],
    profile:
      "Étudiant·e en master. L'annonce ne précise pas d'autre exigence ; le stage suppose de mener une revue de littérature, des entretiens semi-directifs et une analyse qualitative sous NVivo.",
    howToApply:
      "Postuler en ligne depuis l'offre publiée sur le site d'emploi AI Jobs (bouton « Apply for this job ») ; l'annonce ne donne ni adresse de contact ni date limite.",
    publishedAt: UNDATED,
    source: SRC_MINES_INTERNSHIP,
  },

  // ---------------------------------------------------------------------------------------
  // Job (004). Place: the posting gives no city, département or région, so the territory
  // fields are left out.
  // ---------------------------------------------------------------------------------------
  {
    ref: 'opp:nos-services-publics-prefiguration-institut-recherche-formation',
    kind: 'JOB',
    status: 'OPEN',
    title: "Chargé·e de préfiguration de l'institut de recherche et de formation de Nos services publics",
    description:
      "Le collectif Nos services publics crée en son sein un institut de recherche et de formation pour amplifier ses études, ouvrir une offre de formation à tous et développer les liens entre administration et monde de la recherche. La personne recrutée prépare et lance cet institut, en lien étroit avec l'activité associative du collectif (12 000 sympathisant·es, 60 membres de l'équipe de coordination). Poste à temps plein, horaires libres, télétravail possible, avec des réunions en soirée ou à horaires décalés. L'annonce ne précise pas de lieu de travail.",
    hostRef: 'org:nos-services-publics',
    partnerRefs: [],
    // animateurs-partenariats: the post is a dedicated function for building and running the
    // links between administration and research (meeting formats, network of researchers,
    // labs, associations), which is what that toolbox tool describes.
    toolSlug: 'animateurs-partenariats',
    themes: ['services publics', 'recherche', 'formation', 'politiques publiques', 'emploi'],
    durationMonths: 6,
    remuneration: 'Environ 3 500 € bruts mensuels',
    contractType: "CDD de 6 mois destiné à devenir un CDI dès la création formelle de l'institut ; temps plein",
    missions: [
      "Contribuer aux travaux de recherche et aux publications du collectif, à commencer par l'enquête sur le management et le lien hiérarchique, et veiller à leur rigueur scientifique (50 % du temps)",
      "Structurer et étendre l'offre de formation professionnelle du collectif : premier catalogue de formations et d'interventions, cohérence pédagogique, réseau de formateur·rices, communication, déclinaisons grand public et nouvelles formations militantes (30 % du temps)",
      "Préfigurer et créer la structure de l'institut, imaginer des formats de rencontre entre mondes académique et administratif, et structurer le réseau de chercheur·ses, expert·es, laboratoires, associations et syndicats (20 % du temps)",
    ],
    profile:
      "Profil de post-doctorant·e ou parcours scientifique poussé ; une expérience ou un engagement associatif, militant ou dans le service public est un plus. Qualités attendues : exigence intellectuelle, autonomie, sens du relationnel et de l'organisation, capacités d'adaptation et d'initiative, qualités rédactionnelles, adhésion aux valeurs et objectifs de l'association.",
    howToApply: 'Envoyer un CV et un courriel de motivation à collectif@nosservicespublics.fr.',
    applyUrl: 'mailto:collectif@nosservicespublics.fr',
    publishedAt: UNDATED,
    source: SRC_NSP_JOB,
  },

  // ---------------------------------------------------------------------------------------
  // Chairs (001)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'opp:chaire-innovation-publique-ena-ensci',
    kind: 'CHAIR',
    status: 'OPEN',
    title: 'Chaire partenariale « innovation publique » ENA-ENSCI',
    description:
      "Chaire associant l'École nationale d'administration (devenue l'Institut national du service public) et l'ENSCI-Les Ateliers, citée par la boîte à outils comme exemple de chaire. Une chaire réunit enseignements et programmes de recherche travaillés avec des acteurs territoriaux pour répondre à un enjeu public.",
    hostRef: 'org:insp',
    partnerRefs: ['org:ensci'],
    toolSlug: 'chaires',
    themes: ['innovation publique', 'politiques publiques', 'formation', 'recherche'],
    missions: [],
    publishedAt: UNDATED,
    source: SRC_TOOLBOX,
  },
  {
    ref: 'opp:chaire-idis-industrie-design-innovation-sociale',
    kind: 'CHAIR',
    status: 'OPEN',
    title: 'Chaire IDIS — Industrie, Design et Innovation Sociale',
    description:
      "Chaire de design que la boîte à outils présente comme financée par Harmonie Mutuelle. Selon son site, c'est la première chaire de design créée dans une école supérieure d'art française, l'ESAD de Reims, et elle associe structures de recherche, acteurs de la production et réseaux associatifs du territoire.",
    hostRef: 'org:esad-reims',
    partnerRefs: ['org:harmonie-mutuelle'],
    toolSlug: 'chaires',
    themes: ['innovation', 'industrie', 'recherche'],
    communeCode: '51454',
    placeName: 'Reims',
    missions: [],
    publishedAt: UNDATED,
    source: SRC_TOOLBOX_AND_CHAIRE_IDIS,
  },

  // ---------------------------------------------------------------------------------------
  // Calls for projects (001)
  // ---------------------------------------------------------------------------------------
  {
    ref: 'opp:aap-plaine-commune-msh-paris-nord',
    kind: 'CALL_FOR_PROJECTS',
    status: 'OPEN',
    title: 'Appels à projets conjoints Plaine Commune – MSH Paris Nord',
    description:
      "Appels à projets menés conjointement par l'établissement public territorial Plaine Commune et la MSH Paris Nord pour financer des actions de recherche sur des objets ou sujets territoriaux. La source ne donne ni calendrier ni montant. Plaine Commune, établissement public territorial, n'est pas référencé comme partenaire faute de figurer parmi les EPCI du référentiel.",
    hostRef: 'org:msh-paris-nord',
    partnerRefs: ['epci:200057867'], // Plaine Commune, an EPT seeded with the collectivités
    toolSlug: 'recherche-sur-le-territoire',
    themes: ['recherche', 'sciences humaines et sociales', 'ville', 'politiques publiques'],
    departmentCode: '93',
    regionCode: '11',
    placeName: 'Plaine Commune (Seine-Saint-Denis)',
    missions: ['Conduire des actions de recherche portant sur des objets ou sujets du territoire'],
    howToApply: 'Se renseigner auprès de la MSH Paris Nord (contact cité : Marie Jaisson, co-directrice).',
    publishedAt: UNDATED,
    source: SRC_TOOLBOX,
  },
  {
    ref: 'opp:aap-msh-paris-nord-campus-condorcet',
    kind: 'CALL_FOR_PROJECTS',
    status: 'OPEN',
    title: 'Appels à projets conjoints MSH Paris Nord – Campus Condorcet',
    description:
      "Appels à projets communs à la MSH Paris Nord et au Campus Condorcet pour financer des actions de recherche sur des objets ou sujets territoriaux. La source ne donne ni calendrier ni montant.",
    hostRef: 'org:msh-paris-nord',
    partnerRefs: ['org:campus-condorcet'],
    toolSlug: 'recherche-sur-le-territoire',
    themes: ['recherche', 'sciences humaines et sociales', 'ville'],
    missions: ['Conduire des actions de recherche portant sur des objets ou sujets territoriaux'],
    howToApply: 'Se renseigner auprès de la MSH Paris Nord (contact cité : Marie Jaisson, co-directrice).',
    publishedAt: UNDATED,
    source: SRC_TOOLBOX,
  },
  {
    ref: 'opp:inet-propositions-etudes-eleves',
    kind: 'CALL_FOR_PROJECTS',
    status: 'OPEN',
    title: "Propositions d'études confiées aux élèves de l'INET",
    description:
      "L'INET anime des propositions d'études au bénéfice de ses élèves administrateurs territoriaux et conservateurs de bibliothèques. La boîte à outils les cite comme modèle pour les collectivités qui veulent adresser des appels à projets au monde de la recherche.",
    hostRef: 'org:inet',
    partnerRefs: [],
    toolSlug: 'cadres-juridiques-partenariats',
    themes: ['fonction publique territoriale', 'formation', 'politiques publiques'],
    missions: [],
    publishedAt: UNDATED,
    source: SRC_TOOLBOX,
  },

  // ---------------------------------------------------------------------------------------
  // Shared research position (001): an example of a post already held.
  // ---------------------------------------------------------------------------------------
  {
    ref: 'opp:clunisois-poste-partage-college-de-france',
    kind: 'JOB',
    status: 'FILLED',
    title: 'Poste partagé entre la communauté de communes du Clunisois et le Collège de France',
    description:
      "Exemple de fonction « recherche et développement » en collectivité : un chercheur recruté par voie contractuelle par la communauté de communes du Clunisois y travaille à 50 %, l'autre moitié de son temps étant consacrée à la recherche au Collège de France. Le poste est pourvu.",
    hostRef: 'epci:200040293',
    partnerRefs: ['org:college-de-france'],
    toolSlug: 'fonction-recherche-developpement',
    themes: ['recherche', 'fonction publique territoriale', 'emploi'],
    departmentCode: '71',
    regionCode: '27',
    placeName: 'Communauté de communes du Clunisois',
    contractType: 'Contrat (recrutement par voie contractuelle), 50 % collectivité et 50 % recherche',
    missions: [],
    publishedAt: UNDATED,
    source: SRC_TOOLBOX,
  },
];
