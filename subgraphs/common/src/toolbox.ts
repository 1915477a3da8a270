/**
 * Seed data: the partnership toolbox (4 families, 5-level intensity scale, 27 tool sheets) of the
 * INET / CNFPT "boîte à outils pour bâtir les partenariats entre recherche et territoires".
 *
 * Rules followed:
 *  - Every text is French and written in our own words: the document is cited and summarised,
 *    never reproduced. Fiche titles and names of examples are kept (lightly normalised).
 *  - Intensities are exactly the levels each fiche lists (the number given, even where the label
 *    next to it does not match the scale).
 *  - Links are the URLs the fiches give, copied as is. Examples name organisations, never
 *    private persons or their contact details.
 *  - Nothing is invented: where a fiche has no examples or links, the array is empty.
 */
import type { SeedSource, SeedTool, SeedToolFamily } from './seed-types.js';

type Level = 1 | 2 | 3 | 4 | 5;

export const TOOLBOX_SOURCE: SeedSource = {
  name: 'Boîte à outils pour bâtir les partenariats entre recherche et territoires (INET / CNFPT, promotion Wangari Muta Maathai 2019-2020)',
  license: 'Résumé original ; document source cité, non reproduit',
  retrievedOn: '2026-11-24',
};

export const TOOL_FAMILIES: ReadonlyArray<{
  family: SeedToolFamily;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
}> = [
  {
    family: 'UNIVERSITY_TO_TERRITORY',
    title: "L'université vers les territoires",
    titleEn: 'From universities to territories',
    description:
      'Outils par lesquels les universités et les structures de recherche vont à la rencontre des collectivités territoriales.',
    descriptionEn: 'Tools through which universities and research bodies reach out to local authorities.',
  },
  {
    family: 'TERRITORY_TO_UNIVERSITY',
    title: "Les territoires vers l'université",
    titleEn: 'From territories to universities',
    description:
      "Outils qui permettent, en sens inverse, aux collectivités territoriales de se tourner vers les universités et les structures de recherche.",
    descriptionEn: 'Tools that let local authorities, in turn, reach out to universities and research bodies.',
  },
  {
    family: 'SKILLS_TRANSFER',
    title: 'Transferts de compétences',
    titleEn: 'Skills transfer',
    description:
      'Outils centrés sur la circulation des savoir-faire et des compétences entre le monde de la recherche et celui des collectivités.',
    descriptionEn: 'Tools focused on moving know-how and skills between the research world and local government.',
  },
  {
    family: 'BRIDGE',
    title: 'Outils passerelles',
    titleEn: 'Bridge tools',
    description:
      'Espaces déjà en place où les deux mondes se rencontrent, aux frontières parfois mouvantes et souvent porteurs d’innovation.',
    descriptionEn:
      'Existing spaces where the two worlds already meet, with sometimes blurred boundaries and often innovative forms.',
  },
];

export const INTENSITY_LEVELS: ReadonlyArray<{
  level: Level;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
}> = [
  {
    level: 1,
    title: 'Interconnaissance et vulgarisation',
    titleEn: 'Mutual knowledge and outreach',
    description:
      'Les partenaires apprennent à se connaître et les travaux de recherche sont rendus accessibles à un public non spécialiste.',
    descriptionEn: 'Partners get to know each other and research work is made accessible to non-specialists.',
  },
  {
    level: 2,
    title: "Réflexivité sur l'action",
    titleEn: 'Reflexivity on action',
    description: 'La recherche aide les acteurs à prendre du recul et à interroger leurs propres pratiques.',
    descriptionEn: 'Research helps practitioners step back and question their own practices.',
  },
  {
    level: 3,
    title: 'Apport de questions, de théories et de nouveaux regards',
    titleEn: 'Questions, theories and new perspectives',
    description:
      "La recherche apporte des questionnements, des cadres théoriques, des modélisations ou un angle de vue inédit ; ce niveau recouvre aussi le soutien aux projets universitaires.",
    descriptionEn:
      'Research brings questions, theoretical frameworks, models or a fresh angle; this level also covers support to university projects.',
  },
  {
    level: 4,
    title: 'Explorations et expérimentations',
    titleEn: 'Exploration and experimentation',
    description:
      "Expérimenter de façon plus structurée, avec des allers-retours entre résultats et action afin de faire évoluer le processus ou l'action elle-même. Le document observe qu'il est difficile de s'engager dans une expérimentation sans que les partenaires se connaissent déjà (niveau 1).",
    descriptionEn:
      'Experimenting in a more structured way, with feedback loops between findings and action so as to adjust the process or the action itself. The document notes that it is hard to engage in experimentation without prior mutual knowledge (level 1).',
  },
  {
    level: 5,
    title: 'Capitalisation',
    titleEn: 'Capitalisation',
    description:
      'Revisiter dispositifs et processus pour en conserver la trace et en tirer des enseignements, puis organiser le dialogue autour de ces enseignements.',
    descriptionEn:
      'Revisiting schemes and processes to keep a record of them and draw lessons, then organising a dialogue around those lessons.',
  },
];

export const PARTNERSHIP_TOOLS: readonly SeedTool[] = [
  // ───────────── L'université vers les territoires ─────────────
  {
    slug: 'vulgarisation-culture-scientifique',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Vulgarisation de la recherche – programmes de culture scientifique et technique',
    summary: 'Actions par lesquelles les universités présentent leurs sujets de recherche à un public non spécialiste.',
    objective:
      "Rendre visible l'utilité de l'université pour son territoire, favoriser son acceptation locale et participer à l'éducation populaire.",
    intensities: [1],
    interestForCollectivity:
      "L'université prend part à l'éducation populaire sur le territoire, ce qui concrétise sa responsabilité sociétale.",
    interestForResearch:
      "Faire reconnaître le rôle de l'université sur son territoire et conforter son acceptation par la population.",
    process:
      "L'université organise des dispositifs (par exemple des visites de laboratoires), des événements ou des cycles de conférences, sur son campus ou hors de ses murs.",
    examples: [
      "Ma thèse en 180 secondes : concours national où des doctorants résument leur thèse en trois minutes, inspiré du Three Minute Thesis (3MT) de l'Université du Queensland et repris au Québec en 2012 par l'Acfas",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'espaces-ressources-capitalisation',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Espaces de ressources, de capitalisation et de diffusion des travaux de recherche',
    summary:
      'Créer des lieux d’interface qui rassemblent les travaux de recherche et les font circuler au profit des territoires.',
    objective:
      'Préserver les productions de la recherche et les rendre plus accessibles et visibles, afin qu’elles soient vulgarisées et diffusées auprès des territoires.',
    intensities: [1, 5],
    interestForCollectivity: 'Mieux connaître les thèmes sur lesquels travaille la recherche.',
    interestForResearch: 'Gagner en visibilité auprès des acteurs territoriaux.',
    process:
      "1. Recenser les travaux de recherche sur un thème donné, en s'appuyant si possible sur des structures déjà en place. 2. Prévoir les moyens de cette ingénierie, point décisif : dans l'exemple du CPIE Rhône Pays d'Arles, ce travail a été financé par la Région Sud, les Départements 13 et 84, l'Agence de l'eau et la Compagnie nationale du Rhône.",
    examples: [
      "CPIE Rhône Pays d'Arles, en lien avec l'Observatoire Hommes-Milieux (OHM) Vallée du Rhône",
      "POPSU – Plateforme d'observation des projets et stratégies urbaines, financée par l'État : production de connaissances sur les métropoles, rapprochement entre acteurs et chercheurs, comparaisons internationales",
    ],
    links: ['http://www.popsu.archi.fr/#qu-est-ce-que-popsu'],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'formations-pour-le-territoire',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Programmes de formation au bénéfice du territoire',
    summary: "L'université conçoit des formations ou des parcours qui répondent à des besoins repérés sur son territoire.",
    objective:
      "S'appuyer sur les moyens locaux d'enseignement supérieur et de recherche pour construire une offre de formation ajustée aux besoins du territoire.",
    intensities: [4],
    interestForCollectivity:
      'Offrir aux acteurs locaux des moyens de formation solides et des cursus taillés pour des besoins précis.',
    interestForResearch: "Conforter l'utilité et la place de l'université aux yeux du territoire.",
    process:
      "1. La collectivité fait part d'un besoin particulier à l'université. 2. L'université en étudie la faisabilité. 3. Une convention fixe les modalités concrètes du partenariat (lieux, rémunération, volume horaire, pédagogie, moyens apportés par chacun).",
    examples: [
      'Parcours sur le dialogue social et la négociation suivi par des cadres et représentants syndicaux de la Ville de Suresnes à Sciences Po et à l’HESSSEC (graphie du document)',
      "Formation certifiante d'écrivain public créée à l'Université Sorbonne Paris Nord, pour un territoire où vit une importante population non francophone",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'recherche-sur-le-territoire',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Actions et programmes de recherche portant sur le territoire',
    summary:
      "L'université organise une démarche réflexive et pluridisciplinaire consacrée à une question territoriale ou à un site donné.",
    objective: 'Mettre la fonction sociétale de la recherche au service des territoires.',
    intensities: [2],
    interestForCollectivity: "Prendre de la distance sur ses enjeux et profiter d'un regard inventif et créatif.",
    interestForResearch:
      'Former étudiants et doctorants en les confrontant à des questions territoriales réelles et concrètes.',
    process:
      "1. Rédiger, seul ou à plusieurs, un appel à projets. 2. Animer un groupe de recherche partenarial qui associe les professionnels aux travaux et veille à leur cohérence et à leur enrichissement mutuel.",
    examples: [
      "Chaire UNESCO en paysage et environnement de l'Université de Montréal : sessions WAT UNESCO consacrées à Évry-Courcouronnes en 2018",
      'Appels à projets conjoints de Plaine Commune et de la MSH Paris Nord, et de la MSH Paris Nord avec le Campus Condorcet, pour financer des recherches sur des sujets territoriaux',
    ],
    links: [
      'https://nouvelles.umontreal.ca/article/2019/05/15/la-chaire-unesco-en-paysage-et-environnement-de-l-udem-publie-un-livre-sur-la-ville-d-evry/',
    ],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'chaires',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Les chaires',
    summary:
      "Ensemble d'enseignements et de programmes de recherche à forte visibilité, dont le thème est défini avec des acteurs territoriaux pour répondre à un enjeu local. Ces acteurs y prennent part ; une personnalité reconnue du domaine en coordonne souvent les enseignements et un mécène en finance généralement une partie.",
    objective:
      "Faire du territoire à la fois un sujet et un terrain de recherche, accroître l'attractivité du territoire comme de l'université, et aider à traiter des questions territoriales complexes ou sensibles.",
    intensities: [2, 3, 4, 5],
    interestForCollectivity:
      'Gagner en rayonnement et en attractivité, notamment grâce aux événements d’envergure nationale ou internationale organisés autour de « chaires de territoire ».',
    interestForResearch:
      "Affirmer l'utilité de l'université, lui ouvrir des terrains de recherche et d'expérimentation, et améliorer son image auprès des étudiants et des enseignants-chercheurs.",
    process:
      "1. Réunir acteurs territoriaux et universitaires pour arrêter les thèmes et les axes d'enseignement et de recherche. 2. Réunir les financements. 3. Mobiliser les enseignants-chercheurs autour d'un programme cohérent, en valorisant en partie des axes déjà présents à l'université. 4. Lancer un appel à projets et programmer des événements sur deux ans.",
    examples: [
      'Chaire innovation publique ENA-ENSCI',
      'Chaire Design IDIS – Industrie, Design et Innovation Sociale, financée par Harmonie Mutuelle',
    ],
    links: [
      'https://www.ena.fr/La-recherche-a-l-ENA/Activites-de-recherche/Chaire-partenaire-ennnovation-publique-ENA-ENSCI',
      'https://chaire-idis.fr/la-chaire/',
    ],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'accompagnement-doctorants-collectivites',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: "Dispositif d'accompagnement des collectivités",
    summary:
      "Proposition d'un dispositif d'appui aux collectivités, lancé par appel à projets et porté par l'Agence nationale de la cohésion des territoires ou par une autre tutelle, régionale par exemple.",
    objective: 'Accroître l’accueil de doctorants au sein des collectivités.',
    intensities: [1, 2],
    interestForCollectivity: 'Réunir de meilleures conditions pour accueillir des chercheurs.',
    interestForResearch: "Ouvrir aux chercheurs davantage de terrains de recherche et d'exploration.",
    process:
      "Le dispositif envisagé aurait trois volets : 1. former les agents des collectivités à formuler des questions de recherche ; 2. les aider à bâtir des partenariats avec des organismes de recherche ; 3. sensibiliser en faisant connaître les résultats de thèses menées dans d'autres collectivités. Il inviterait aussi à mieux exploiter les résultats au profit de l'action publique locale, comme le secteur privé sait le faire.",
    examples: [
      'Proposition issue d’un sondage mené lors des Entretiens Territoriaux de Strasbourg (ETS) ; dispositif encore à créer',
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'apprentissage-stages',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Apprentissage et accueil de stagiaires',
    summary:
      "L'apprentissage, qui relève de la formation initiale, alterne enseignement théorique et pratique pour préparer un diplôme inscrit au RNCP (articles L6241-1 à L6244-1 du code du travail). Les stages sont des périodes, rémunérées ou non, que les étudiants passent en entreprise ou en collectivité pendant leur cursus.",
    objective: 'Rapprocher la formation initiale supérieure des attentes des employeurs.',
    intensities: [3, 4],
    interestForCollectivity:
      "L'étudiant s'approprie les méthodes et la culture de la structure d'accueil, qui peut de son côté juger de ses compétences en situation.",
    interestForResearch:
      "L'apprenti est salarié, avec une rémunération indexée sur le SMIC selon son âge et le diplôme préparé, donc plus élevée dans le supérieur ; cette formule favorise l'insertion professionnelle.",
    process:
      "Apprentissage : les diplômes ouverts en apprentissage existent aussi en formation initiale classique ; la formule convient surtout aux étudiants dont le projet professionnel est mûr, et c'est à eux de trouver leur employeur. Stages : l'étudiant démarche lui-même les structures d'accueil ; une convention-cadre conclue au préalable entre l'université et les employeurs locaux peut l'aider, ces employeurs pouvant aussi s'être dotés d'une stratégie d'accueil d'apprentis, de stagiaires et de doctorants CIFRE.",
    examples: [],
    links: [
      'https://www.enseignementsup-recherche.gouv.fr/cid20247/l-alternance-dans-le-superieur.html#contrat-apprentissage',
    ],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'cifre-recherche-action',
    family: 'UNIVERSITY_TO_TERRITORY',
    title: 'Thèse CIFRE (Conventions industrielles de formation par la recherche) et recherche-action',
    summary:
      "En thèse CIFRE, un doctorant travaille sur un sujet utile à une entreprise, une association ou une collectivité et partage son temps entre cette structure et l'université. La recherche-action consiste à mener une recherche sur une politique publique ou un processus porté par une collectivité.",
    objective:
      'Offrir aux chercheurs des sujets stimulants tout en apportant aux collectivités, associations ou entreprises un regard réflexif susceptible d’améliorer la conduite de leurs politiques.',
    intensities: [3, 4],
    interestForCollectivity:
      "La collectivité exploite les résultats et profite d'une réflexion de haut niveau, y compris sur des sujets exploratoires ou prospectifs à visée opérationnelle ; la CIFRE est avantageuse financièrement et la recherche-action crée des boucles d'amélioration de l'action publique.",
    interestForResearch:
      "Rémunéré par la structure d'accueil, le doctorant CIFRE peut se consacrer pleinement à sa thèse, dont les attentes du partenaire aident à rythmer l'avancement ; ce financement sécurisé rend le doctorat plus attractif. Le document plaide pour développer les cofinancements de doctorants par l'État et les collectivités (bourses des Régions et des grandes métropoles).",
    process:
      "Le partenariat repose sur une convention CIFRE, complétée par un contrat de collaboration obligatoire qui sécurise le déroulement de la recherche et règle notamment la propriété intellectuelle et l'exploitation des résultats.",
    examples: [
      'Thèse CIFRE : plaquette 2019 de l’ANRT (« 1000 doctorants »)',
      'Recherche-action : Institut de recherche pour le développement (IRD), implantation d’Île-de-France',
    ],
    links: ['http://www.anrt.asso.fr/sites/default/files/cifre-plaquette-2019.pdf', 'https://ile-de-france.ird.fr/'],
    source: TOOLBOX_SOURCE,
  },

  // ───────────── Les territoires vers l'université ─────────────
  {
    slug: 'financement-sites-universitaires',
    family: 'TERRITORY_TO_UNIVERSITY',
    title: 'Financement de sites universitaires',
    summary:
      "La collectivité soutient, le plus souvent par voie contractuelle, les projets d'équipement et d'aménagement de l'université.",
    objective: 'Permettre à l’université de concrétiser son projet, tout en rendant le territoire plus visible et plus attractif.',
    intensities: [3],
    interestForCollectivity: 'Voir se réaliser le projet universitaire sur son territoire.',
    interestForResearch: "Participer au rayonnement et à l'attractivité du territoire d'implantation.",
    process:
      "Le financement se négocie au rythme du contrat de plan État-Région (négociation 2019-2020 en vue du CPER 2021-2027) : 1. échanges avec les porteurs de projets ; 2. négociation au sein de la gouvernance du CPER, pilotée par l'État et la Région.",
    examples: [
      "Conventions d'exercice concerté de la compétence enseignement supérieur, recherche et innovation, animées par la Région, qui fixent les projets cofinancés par la Région et les intercommunalités",
      "CPER 2015-2020 : reconfiguration du bâtiment « Pasteur » de l'Université d'Avignon en site consacré au patrimoine, à la culture et aux technologies numériques",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'integration-strategies-gouvernance',
    family: 'TERRITORY_TO_UNIVERSITY',
    title:
      'Intégration des projets universitaires dans les stratégies, feuilles de route et instances de gouvernance des collectivités',
    summary:
      "Cheffe de file pour l'enseignement supérieur et la recherche (article L1111-9 du CGCT), la Région élabore depuis la loi NOTRe un schéma régional (SRESRI), tandis que métropoles et autres collectivités adoptent schémas et feuilles de route, notamment pour leurs équipements culturels, où la recherche trouve souvent sa place.",
    objective:
      "Profiter de l'élaboration de ces schémas pour ouvrir un dialogue avec les universités et organismes de recherche et ajuster les soutiens régionaux à la fois à leurs besoins et aux choix politiques des collectivités.",
    intensities: [2],
    interestForCollectivity:
      'Mieux cibler son soutien à la recherche, en équilibrant efficacité économique et appui à une recherche exploratoire et prospective.',
    interestForResearch: 'Gagner en sécurité et en lisibilité sur les financements et les formes de soutien à attendre des territoires.',
    process:
      "1. La collectivité prend l'initiative du schéma. 2. Les établissements d'enseignement supérieur et de recherche sont associés à sa gouvernance, de l'élaboration au suivi. 3. Généraliser les projets scientifiques, culturels, éducatifs et sociaux (PSCES) dans les équipements culturels en y associant systématiquement des organismes de recherche, et transposer cette logique de planification à d'autres domaines, comme les projets éducatifs territoriaux.",
    examples: ['SRESRI de la Région Occitanie', 'Association de l’université à la gouvernance des contrats locaux de santé'],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'partenariats-financements',
    family: 'TERRITORY_TO_UNIVERSITY',
    title: "Partenariats pour l'obtention de financements",
    summary:
      "Laboratoires et collectivités s'associent pour candidater à des financements de l'État (par exemple de l'Agence nationale de la recherche) ou de l'Union européenne.",
    objective:
      'Financer des recherches de qualité et des efforts pour mieux servir le public ; chercher ensemble des fonds est en outre un puissant moteur de rapprochement entre recherche et territoires.',
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity: 'Mener des actions plus nombreuses ou de meilleure qualité grâce à des ressources supplémentaires.',
    interestForResearch: 'Obtenir des crédits pour lancer de nouveaux projets de recherche.',
    process:
      "Mobiliser les services de veille et d'appui aux financements des universités, solliciter ceux des Régions et s'appuyer sur les bureaux des Conseils régionaux à Bruxelles.",
    examples: [
      'Programme européen Horizon 2020, mobilisable pour des projets urbains expérimentaux sur la ville durable et intelligente menés avec des centres de recherche ou des collectivités partenaires',
    ],
    links: ['https://www.iledefrance.fr/quels-financements-europeens-pour-les-collectivites-territoriales'],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'commande-publique',
    family: 'TERRITORY_TO_UNIVERSITY',
    title: 'Commande publique',
    summary:
      "Principal canal d'échange économique direct entre les collectivités et les entreprises de leur territoire, la commande publique regroupe leurs outils d'achat ; le document suggère d'en faire connaître les règles aux acteurs de la recherche.",
    objective: 'Aider les collectivités à faciliter le transfert technologique des résultats de la recherche.',
    intensities: [4],
    interestForCollectivity: "Trouver une réponse à des besoins opérationnels pour lesquels aucune solution n'existe encore.",
    interestForResearch:
      'Éprouver en conditions réelles des avancées scientifiques et ouvrir des débouchés commerciaux aux résultats de la recherche.',
    process:
      "Deux voies : 1. les marchés conclus sans publicité ni mise en concurrence lorsque l'achat sert à chercher, expérimenter, étudier ou développer, sans but de rentabilité ni d'amortissement des coûts de R&D (articles R2122-10 et R2122-11 du Code de la commande publique) ; 2. le partenariat d'innovation (article L2172-3), qui couvre à la fois la R&D d'un produit, d'un service ou de travaux innovants et leur acquisition, réservé aux besoins qu'aucune offre disponible ne satisfait, et qui permet d'acheter le résultat de la R&D sans remettre le marché en concurrence.",
    examples: ['Code de la commande publique (Légifrance)'],
    links: [
      'https://www.legifrance.gouv.fr/affichCode.do;jsessionid=A4CEFB4649E7E692B2F98FFD0129B6F1.tplqfr26s_2?idSectionTA=LEGISCTA000037730865&cidTexte=LEGITEXT000037701019&dateTexte=20190401',
      'https://www.legifrance.gouv.fr/affichCodeArticle.do?idArticle=LEGIARTI000037703713&cidTexte=LEGITEXT000037701019&dateTexte=20190401',
    ],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'cadres-juridiques-partenariats',
    family: 'TERRITORY_TO_UNIVERSITY',
    title: 'Création de cadres juridiques dans les collectivités pour préparer les partenariats',
    summary:
      'Hors des outils propres à la commande publique, les collectivités doivent veiller à ce que leur recours à la recherche ne puisse pas être assimilé à une prestation déguisée.',
    objective:
      "Rassurer juridiquement les collectivités pour qu'elles fassent davantage appel à la recherche, en levant le frein de l'insécurité juridique des partenariats.",
    intensities: [1],
    interestForCollectivity: 'Sécuriser juridiquement ses partenariats.',
    interestForResearch: "Disposer d'un cadre d'intervention sûr, en particulier pour la recherche-action.",
    process:
      "1. Mobiliser les services juridiques des collectivités pour rédiger une convention type et un vademecum présentant les formes et modalités possibles de partenariat. 2. Préparer, le cas échéant, des modèles d'appels à projets destinés aux chercheurs. 3. Prévoir dans ces outils l'évaluation du partenariat, avec l'appui du contrôle de gestion.",
    examples: [
      "Propositions d'études animées par l'INET pour les élèves administrateurs territoriaux et conservateurs de bibliothèques, modèle possible pour des appels à projets",
      "Convention-cadre de partenariat entre l'Université de Rouen et le Musée national de l'Éducation (MUNAE)",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'experimentation-resultats-recherche',
    family: 'TERRITORY_TO_UNIVERSITY',
    title: 'Expérimentation des résultats de la recherche dans les territoires des collectivités territoriales',
    summary:
      'Permettre aux collectivités de tester sur leur territoire des résultats de la recherche, y compris en dérogeant à titre expérimental aux règles en vigueur.',
    objective: 'Aider les collectivités à faciliter le transfert technologique des résultats de la recherche.',
    intensities: [4],
    interestForCollectivity: 'Répondre à des besoins opérationnels encore dépourvus de solution.',
    interestForResearch:
      'Confronter des avancées scientifiques à la pratique et ouvrir un marché à ce que produit la recherche.',
    process:
      "1. Utiliser les possibilités de dérogation pour accélérer le déploiement d'innovations de rupture : droit à l'expérimentation des collectivités prévu par l'article 72 de la Constitution (dérogation limitée dans son objet et sa durée, lorsque la loi ou le règlement le prévoit) ; dans les zones frontalières, à terme, le mécanisme européen envisagé pour lever les obstacles juridiques et administratifs transfrontaliers (convention ou déclaration transfrontalière européenne, alors au stade de projet de règlement). 2. Accompagner la normalisation des résultats en siégeant dans les comités de normalisation au titre des collectivités utilisatrices.",
    examples: [
      "Région Grand Est : dématérialisation des titres de transport multimodaux et interopérabilité des applications de vente, via un groupe technique (autorités organisatrices, exploitants, industriels) auquel a été associé le comité de normalisation billettique (format des codes-barres 2D)",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'accompagnement-collectivites-territoire',
    family: 'TERRITORY_TO_UNIVERSITY',
    title: "Dispositif d'accompagnement des collectivités",
    summary:
      "Proposition d'un dispositif d'appui aux collectivités, lancé par appel à projets et porté par l'Agence nationale de la cohésion des territoires ou par une autre tutelle, régionale par exemple.",
    objective: 'Accroître l’accueil de doctorants au sein des collectivités.',
    intensities: [1, 2],
    interestForCollectivity: 'Réunir de meilleures conditions pour accueillir des chercheurs.',
    interestForResearch: "Ouvrir aux chercheurs davantage de terrains de recherche et d'exploration.",
    process:
      "Le dispositif envisagé aurait trois volets : 1. former les agents à formuler des questions de recherche ; 2. les aider à bâtir des partenariats avec des organismes de recherche ; 3. sensibiliser en diffusant les résultats de thèses menées dans d'autres collectivités et, plus largement, les retours d'expérience de partenariats recherche / collectivités. Il inviterait aussi à exploiter les résultats au profit de l'action publique locale, comme le secteur privé sait le faire, à en garder la mémoire et à mesurer leurs effets sur les territoires. Il viserait à la fois les agents et les élus, pour renforcer le portage politique.",
    examples: [
      'Proposition issue d’un sondage mené lors des Entretiens Territoriaux de Strasbourg (ETS) ; ressources encore à développer',
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },

  // ───────────── Transferts de compétences ─────────────
  {
    slug: 'detachement-mise-a-disposition',
    family: 'SKILLS_TRANSFER',
    title: 'Détachement, mise à disposition',
    summary:
      "Le détachement place un fonctionnaire, à sa demande, hors de son corps, cadre d'emplois ou emploi d'origine. La mise à disposition lui permet de servir dans une autre administration tout en restant titulaire de son emploi d'origine, qui continue de le rémunérer.",
    objective:
      'Permettre à des enseignants-chercheurs de rejoindre une collectivité, et à des agents territoriaux de passer dans la recherche.',
    intensities: [1, 5],
    interestForCollectivity:
      "Mettre l'expérience et les compétences d'un chercheur au service de missions de service public relevant de son domaine.",
    interestForResearch: 'Diversifier les carrières des chercheurs et nourrir leurs travaux.',
    process:
      "Détachement : un poste doit figurer au tableau des effectifs et l'agent doit en faire la demande ; la CAP est consultée, sauf détachement de plein droit (mandat syndical, scolarité…) ; deux arrêtés sont pris, l'un par l'employeur d'origine, l'autre par la structure d'accueil. Mise à disposition : l'agent donne son accord par écrit, la CAP est consultée, l'assemblée délibérante est informée, une convention est signée entre l'employeur d'origine et la structure d'accueil, enfin un arrêté prononce la mise à disposition (d'après le CDG 40).",
    examples: [
      'Fiche du CDG 47 sur le détachement des fonctionnaires territoriaux',
      "Fiche du ministère de l'Enseignement supérieur (portail Galaxie) sur le détachement des enseignants-chercheurs",
      'Fiche du CDG 40 sur la mise à disposition',
    ],
    links: [
      'http://www.cdg47.fr/grh_mobilite_detachement.php',
      'https://www.galaxie.enseignementsup-recherche.gouv.fr/ensup/deconcentration/fiche_13.pdf',
      'http://www.cdg40.fr/grh_mobilite_mise_a_dispo.php',
    ],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'valorisation-agents-chercheurs',
    family: 'SKILLS_TRANSFER',
    title: 'Valorisation des agents territoriaux qui ont fait ou font de la recherche',
    summary:
      "Le code de la recherche (article L412-1) reconnaît la préparation du doctorat comme une expérience professionnelle, principe décliné par des décrets dits « mesures docteurs » (accès à l'ENA, décret n° 2015-1449 ; concours externe spécial de conservateur des bibliothèques, décret n° 2017-144). Le statut de chercheur associé relève aussi de cet outil.",
    objective:
      'Faire profiter les collectivités des qualités propres aux enseignants-chercheurs : réflexivité et questionnement sur le sens, aptitude à transmettre, rigueur méthodologique.',
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity: "Disposer de compétences particulières issues de l'enseignement et de la recherche.",
    interestForResearch:
      'Trouver dans les collectivités des agents familiers des enjeux et du fonctionnement de la recherche, ce qui facilite les partenariats avec universités et instituts.',
    process:
      '1. Travailler avec les DRH des collectivités pour caractériser les compétences des docteurs et repérer les métiers territoriaux qui pourraient en tirer parti. 2. Informer et sensibiliser les docteurs aux concours de la fonction publique, mission que le document confie au CNFPT.',
    examples: ['Page « mesures docteurs » du portail de la fonction publique'],
    links: ['https://www.fonction-publique.gouv.fr/mesures-docteurs'],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'interventions-professionnelles-universite',
    family: 'SKILLS_TRANSFER',
    title: 'Interventions professionnelles en milieu universitaire',
    summary:
      "Toutes les formes d'intervention de professionnels du territoire à l'université : vacations, postes de professeurs et chercheurs associés, mentorat (suivi individuel d'étudiants en fin de cursus par un professionnel, particulièrement utile aux post-doctorants).",
    objective: 'Faire bénéficier les étudiants du témoignage de professionnels.',
    intensities: [1],
    interestForCollectivity:
      'Faire connaître les métiers territoriaux et les enjeux des politiques publiques ; pour les intervenants, c’est aussi l’occasion de prendre du recul sur leurs pratiques.',
    interestForResearch: 'Ajuster la formation aux attentes des employeurs et faciliter l’insertion professionnelle des étudiants.',
    process:
      "1. L'université repère des professionnels en lien avec ses enseignements (les postes de professeurs associés, PAST, sont publiés, contrairement aux vacations). 2. Les professionnels peuvent aussi se proposer d'eux-mêmes ; pour une vacation, mieux vaut contacter directement un enseignant. 3. Pour le mentorat, s'adresser à l'université de son territoire, sachant que toutes ne le proposent pas.",
    examples: ["Mentorat de l'Université de Nice Côte d'Azur (UCA), destiné en priorité aux post-doctorants"],
    links: ['http://univ-cotedazur.fr/UCA/uca/fr/university/rsu/egalite-femmes-hommes/mentorat'],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'fonction-recherche-developpement',
    family: 'SKILLS_TRANSFER',
    title: 'Développement d’une fonction « recherche et développement » dans les collectivités territoriales',
    summary:
      'Certaines collectivités se dotent, plus ou moins explicitement, d’une fonction de R&D sous trois formes : chercheurs recrutés en interne, chercheurs recrutés dans des structures satellites (agences d’urbanisme par exemple), ou compétences de recherche développées chez des agents qui ne sont pas chercheurs.',
    objective:
      'Apporter aux collectivités les atouts de la posture de chercheur et offrir aux chercheurs des terrains d’exploration et des objets d’observation.',
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity:
      "Mieux exploiter en interne les capacités de réflexivité, d'observation, d'exploration et d'expérimentation.",
    interestForResearch: 'Des fonctionnaires territoriaux familiarisés avec la recherche, ce qui facilite les partenariats.',
    process:
      '1. Avec les directions des ressources humaines, caractériser les compétences propres aux chercheurs et repérer les métiers territoriaux qui les mobilisent. 2. Valoriser ces compétences, par exemple dans la veille et la prospective territoriales, l’évaluation des politiques publiques ou l’innovation.',
    examples: [
      'Communauté de communes du Clunisois : un chercheur recruté sur contrat, à mi-temps agent de l’intercommunalité et à mi-temps chercheur au Collège de France',
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'animateurs-partenariats',
    family: 'SKILLS_TRANSFER',
    title:
      "Développement des fonctions d'animateurs de partenariats dans les collectivités et les établissements d'enseignement supérieur",
    summary:
      'Nouer et faire vivre des partenariats prend du temps : des postes dédiés sont parfois créés à cet effet, côté recherche comme côté collectivités.',
    objective: 'Transformer en réalisations des idées de partenariat souvent vécues comme une charge de travail supplémentaire.',
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity: 'Dégager des moyens pour développer des partenariats.',
    interestForResearch: 'Dégager, elle aussi, des moyens pour développer des partenariats.',
    process:
      "1. Animer un réseau à partir des compétences existantes, en repérant dans les collectivités les agents qui interviennent à l'université ou encadrent des stages de master. 2. Cartographier les interlocuteurs pour que collectivités et laboratoires s'identifient mutuellement. 3. Recruter un chargé de mission dédié, par exemple dans une métropole et au service aussi de ses communes, ou, en territoire rural, sur un poste mutualisé (PETR, parc naturel régional, agence d'urbanisme, agence d'ingénierie territoriale du département ou de l'État via l'ANCT). Côté universités, mobiliser techniciens et ingénieurs de recherche, en repérant les compétences à l'aide du référentiel des branches d'activités professionnelles (BAP). Ces postes peuvent être cofinancés par universités et collectivités.",
    examples: [
      'Chargé de mission médiation scientifique et partenariats universitaires au Musée national de l’Éducation (centre de ressources et de recherche, Rouen)',
      'Chargée de projets référente des partenariats de la recherche à l’Institut national des études territoriales (INET, CNFPT)',
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },

  // ───────────── Outils passerelles ─────────────
  {
    slug: 'structures-transfert-technologie',
    family: 'BRIDGE',
    title: 'Structures de transferts de technologies',
    summary: 'Recourir à une structure relais placée entre les laboratoires de recherche et les directions opérationnelles.',
    objective: "Rendre plus efficaces l'innovation et le transfert de technologies vers les collectivités.",
    intensities: [4, 5],
    interestForCollectivity:
      'Favoriser les transferts vers ses services et ses partenaires (opérateurs, associations, offices publics de l’habitat…) et constituer un vivier de compétences qui facilite le dialogue entre monde territorial et monde de l’innovation.',
    interestForResearch:
      'Faire mûrir plus vite les travaux les plus prometteurs et favoriser l’essor de jeunes entreprises innovantes, créatrices d’emplois qualifiés.',
    process:
      "1. Choisir et hiérarchiser les domaines d'innovation visés. 2. Repérer et évaluer les méthodes et solutions issues des laboratoires. 3. Accompagner leur transfert vers les services par l'intermédiaire d'une structure relais.",
    examples: [
      "Sociétés d'accélération du transfert de technologies (SATT) : guichets uniques de proximité qui financent maturation et preuve de concept ; au 1er janvier 2019, les 13 SATT revendiquaient 332 M€ investis, 1 890 projets, 2 596 demandes de brevet, 841 licences et 370 start-up",
    ],
    links: ['https://www.satt.fr'],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'contrats-recherche',
    family: 'BRIDGE',
    title: 'Contrats de recherche',
    summary:
      "Un contrat de recherche confie à un laboratoire l'étude d'un problème soulevé par une entreprise, souvent dépourvue de ses propres moyens de R&D.",
    objective: 'Faciliter le transfert de technologies.',
    intensities: [4, 5],
    interestForCollectivity:
      "Profiter de l'expertise et du recul des chercheurs universitaires pour améliorer des processus économiques du territoire.",
    interestForResearch:
      'Faire mûrir plus vite les travaux les plus prometteurs et favoriser l’essor de jeunes entreprises innovantes, créatrices d’emplois qualifiés.',
    process:
      "1. L'entreprise formule un problème. 2. L'université accueille son personnel de R&D. 3. Le problème est traduit en question de recherche et une technologie adaptée est repérée. 4. La SATT finance le prototype.",
    examples: [],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'structures-mixtes',
    family: 'BRIDGE',
    title: 'Structures dans lesquelles se côtoient les chercheurs et les collectivités territoriales',
    summary:
      'Lieux d’interface, de formes très variées, où chercheurs et agents territoriaux se rencontrent déjà régulièrement.',
    objective:
      'Tisser des relations personnelles de confiance, terreau d’une dynamique commune d’innovation et d’expérimentation.',
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity: "Ouvrir des perspectives d'innovation et d'expérimentation.",
    interestForResearch: 'Accéder à de nouveaux champs de recherche.',
    process:
      '1. Un projet politique volontariste rejoint des axes de recherche porteurs pour la ou les universités. 2. Cette convergence peut prendre la forme d’un projet scientifique commun, où collectivité et laboratoires précisent les moyens qu’ils y consacrent. 3. Les partenaires cherchent ensemble des financements complémentaires.',
    examples: [
      "Maison Sport Santé Bien-Être de Strasbourg : GIP appelé à s'installer dans l'aile médicale rénovée des Bains municipaux, réunissant un réseau municipal de prévention, un institut sport santé (formation, recherche et expertise, avec une association de l'ESS et l'Université de Strasbourg) et un laboratoire d'innovation ouverte (living lab)",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'poles-excellence',
    family: 'BRIDGE',
    title: "Pôles d'excellence",
    summary:
      'Toute mise en réseau d’acteurs publics, d’entreprises et d’organismes de formation et de recherche autour d’un thème commun, à l’échelle locale, nationale ou européenne.',
    objective: 'Tirer parti des échanges continus entre les différentes familles d’acteurs réunies dans le réseau.',
    intensities: [4],
    interestForCollectivity:
      "Accroître le potentiel d'innovation du territoire et sécuriser les financements de l'innovation grâce à l'alignement des intérêts que permet le réseau.",
    interestForResearch: 'Multiplier les occasions de financer la recherche et mieux cerner les enjeux sociétaux pour y répondre.',
    process:
      "1. Un appel à projets externe déclenche la mise en place d'une gouvernance partenariale. 2. La perspective de financements publics (de l'État pour les pôles de compétitivité, par exemple) mobilise les acteurs. 3. Les projets inscrits dans la candidature sont mis en œuvre (cf. Territoires d'innovation de grande ambition, TIGA).",
    examples: [
      "« Dunkerque, l'énergie créative », projet de la Communauté urbaine de Dunkerque retenu avec une dotation de 37,5 M€ pour transformer un écosystème industrialo-portuaire (écologie industrielle et territoriale, qualité de l'air, transition énergétique, intelligence territoriale), avec plusieurs laboratoires de l'Université du Littoral Côte d'Opale",
    ],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'connaissance-mutuelle',
    family: 'BRIDGE',
    title: 'Connaissance mutuelle',
    summary:
      'Créer des lieux, physiques ou non, et des temps d’échange pour que chercheurs et collectivités apprennent à se connaître.',
    objective:
      "Comprendre les spécificités de l'autre milieu pour mieux collaborer, notamment sur les temporalités : une question de recherche est exploratoire, sa réponse n'est pas connue d'avance et ne peut être exigée à date fixe.",
    intensities: [1],
    interestForCollectivity:
      'Découvrir ce que les chercheurs ont de particulier et ce qu’ils apportent, et familiariser les agents avec les méthodes de la recherche académique.',
    interestForResearch:
      'Ancrer les travaux dans un contexte socio-économique et territorial (acteurs, habitants, ressources matérielles et immatérielles) et comprendre les contraintes administratives, comme le décalage entre temps politique et temps des projets.',
    process:
      '1. Cartographier l’écosystème local (acteurs, compétences, thèmes) et choisir des cibles prioritaires. 2. Faire entrer des agents dans les réseaux repérés, puis organiser des événements sur mesure (colloques, séminaires, retours d’expérience) pour croiser les regards. 3. Capitaliser les connaissances formelles et informelles acquises pour préparer le succès des projets communs.',
    examples: [],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'comites-scientifiques-ceser',
    family: 'BRIDGE',
    title: 'Comités scientifiques – conseil économique et social régional',
    summary:
      'Des comités scientifiques sont rattachés à des équipements culturels ou à des syndicats mixtes, tels les parcs naturels régionaux ; des chercheurs y siègent souvent pour apporter un regard réflexif et prospectif et conseiller les politiques publiques.',
    objective: 'Porter un regard critique sur la conduite des politiques publiques.',
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity: 'Nourrir la conduite des politiques publiques de questionnements nouveaux.',
    interestForResearch: 'Trouver sur le terrain des sujets de recherche.',
    process:
      "1. Les chercheurs proposent leurs services aux collectivités pour créer des comités scientifiques dans des domaines de politique publique qui n'en ont pas l'habitude. 2. À l'inverse, les collectivités sollicitent les établissements d'enseignement supérieur ou de recherche pour siéger dans leurs comités.",
    examples: ['Comité scientifique et d’éthique du Parc naturel régional de Camargue, qui conseille le comité syndical du parc'],
    links: [],
    source: TOOLBOX_SOURCE,
  },
  {
    slug: 'contractualisation-besoins-recherche',
    family: 'BRIDGE',
    title: 'Contractualisation permettant de structurer des besoins de recherche pour un territoire',
    summary:
      'Créer un contrat, ou réserver une place dans un contrat existant, pour recenser les besoins de recherche des acteurs territoriaux et les capacités des universités à y travailler sur un objet commun.',
    objective:
      "Faire se rencontrer offre et demande de recherche et donner aux partenaires de la lisibilité sur le contenu et les modalités de leur coopération.",
    intensities: [1, 2, 3, 4, 5],
    interestForCollectivity: 'Prendre du recul sur ses politiques publiques et en explorer de nouvelles pistes.',
    interestForResearch:
      'Bénéficier, grâce à la gouvernance du contrat, de champs de recherche coordonnés entre laboratoires et avec les autres acteurs du territoire, et accéder à des financements supplémentaires.',
    process:
      "1. Dans la gouvernance d'élaboration du contrat, les gestionnaires du territoire fixent les grands axes de réflexion souhaités et les moyens financiers mobilisables. 2. Un séminaire annuel présentant les besoins de recherche des collectivités (à l'image du Collège européen de Cluny) précède les conventionnements. 3. Les chercheurs sont invités à se doter de leur propre instance de coordination pour organiser l'offre de recherche, sur un horizon de trois ans.",
    examples: [
      'Volet recherche de l’axe territorial du CPIER Plan Rhône 2015-2020',
      'Collège européen de Cluny, dont le programme est établi en dialogue avec les territoires',
    ],
    links: [
      'https://www.plan-rhone.fr/dispositifs/dynamiques-territoriales-et-sociales/la-recherche-444.html',
      'https://collegecluny.eu/le-college/',
    ],
    source: TOOLBOX_SOURCE,
  },
];
