/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActorNetwork($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      ...NetworkGraph_actor\n      parent { id name acronym kind collectivityLevel }\n      children(first: 31) { id name acronym kind collectivityLevel }\n    }\n  }\n": typeof types.ActorNetworkDocument,
    "\n  fragment NetworkGraph_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode regionName departmentCode departmentName }\n    partnerships {\n      intensity\n      partner { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      tool { slug title }\n    }\n    contacts { id displayName jobTitle roles }\n    opportunities(statuses: [OPEN]) {\n      id\n      title\n      kind\n      host { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      partners { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n    }\n  }\n": typeof types.NetworkGraph_ActorFragmentDoc,
    "\n  fragment ActorBreadcrumb_actor on Actor {\n    id\n    name\n    kind\n    collectivityLevel\n    parent {\n      id name kind collectivityLevel\n      parent {\n        id name kind collectivityLevel\n        parent {\n          id name kind collectivityLevel\n          parent { id name kind collectivityLevel }\n        }\n      }\n    }\n  }\n": typeof types.ActorBreadcrumb_ActorFragmentDoc,
    "\n  fragment ActorChildren_actor on Actor {\n    id\n    children(first: 20) { id name kind collectivityLevel }\n  }\n": typeof types.ActorChildren_ActorFragmentDoc,
    "\n  fragment ActorContacts_actor on Actor {\n    contacts { id displayName jobTitle roles email phone }\n  }\n": typeof types.ActorContacts_ActorFragmentDoc,
    "\n  fragment ActorIdentifiers_actor on Actor {\n    id\n    name\n    verifiedBy\n    verifiedAt\n    identifiers { insee siren rnsr uai ror }\n    source { name url license retrievedOn }\n    updatedAt\n  }\n": typeof types.ActorIdentifiers_ActorFragmentDoc,
    "\n  fragment ActorIdentity_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    website\n    archivedAt\n    territory { communeName epciName departmentName departmentCode regionName regionCode }\n    location { latitude longitude precision }\n  }\n": typeof types.ActorIdentity_ActorFragmentDoc,
    "\n  fragment ActorOpportunities_actor on Actor {\n    id\n    opportunities(statuses: $opportunityStatuses) {\n      id\n      title\n      kind\n      status\n      deadline\n      host { id name }\n    }\n  }\n": typeof types.ActorOpportunities_ActorFragmentDoc,
    "\n  query ActorPage($id: ID!, $opportunityStatuses: [OpportunityStatus!]) {\n    actor(id: $id) {\n      id\n      name\n      mergedInto { id name }\n      ...ActorBreadcrumb_actor\n      ...ActorIdentity_actor\n      ...ActorIdentifiers_actor\n      ...ActorChildren_actor\n      ...ActorContacts_actor\n      ...ActorOpportunities_actor\n      ...ActorPartnerships_actor\n    }\n    childCount: actors(filter: { parentId: $id }, first: 1) { totalCount }\n    ...ActorPartnerships_query\n  }\n": typeof types.ActorPageDocument,
    "\n  fragment ActorPartnerships_actor on Actor {\n    partnerships {\n      id\n      intensity\n      startedOn\n      note\n      partner { id name kind }\n      tool { slug title }\n    }\n  }\n": typeof types.ActorPartnerships_ActorFragmentDoc,
    "\n  fragment ActorPartnerships_query on Query {\n    intensityLevels { level title titleEn }\n  }\n": typeof types.ActorPartnerships_QueryFragmentDoc,
    "\n  fragment ContactCard_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    organization { id name }\n    territory { communeName departmentName departmentCode regionName }\n    verifiedBy\n    verifiedAt\n  }\n": typeof types.ContactCard_ContactFragmentDoc,
    "\n  query ContactsPage($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...ContactCard_contact }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContactsPageDocument,
    "\n  mutation ProposeActor($input: CreateActorInput!, $note: String) { proposeActor(input: $input, note: $note) { id status } }\n": typeof types.ProposeActorDocument,
    "\n  mutation ProposeActorCorrection($id: ID!, $input: UpdateActorInput!, $note: String) { proposeActorCorrection(id: $id, input: $input, note: $note) { id status } }\n": typeof types.ProposeActorCorrectionDocument,
    "\n  mutation ProposeOpportunity($input: CreateOpportunityInput!, $note: String) { proposeOpportunity(input: $input, note: $note) { id status } }\n": typeof types.ProposeOpportunityDocument,
    "\n  mutation ProposeOpportunityCorrection($id: ID!, $input: UpdateOpportunityInput!, $note: String) {\n    proposeOpportunityCorrection(id: $id, input: $input, note: $note) { id status }\n  }\n": typeof types.ProposeOpportunityCorrectionDocument,
    "\n  mutation ProposeContact($input: CreateContactInput!, $note: String) { proposeContact(input: $input, note: $note) { id status } }\n": typeof types.ProposeContactDocument,
    "\n  mutation ProposeContactCorrection($id: ID!, $input: UpdateContactInput!, $note: String) { proposeContactCorrection(id: $id, input: $input, note: $note) { id status } }\n": typeof types.ProposeContactCorrectionDocument,
    "\n  query MyContributions {\n    myActorProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id name } }\n    }\n    myOpportunityProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id title } }\n    }\n    myContactProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id displayName } }\n    }\n  }\n": typeof types.MyContributionsDocument,
    "\n  fragment ActorForm_actor on Actor {\n    id\n    version\n    kind\n    collectivityLevel\n    name\n    acronym\n    description\n    themes\n    website\n    archivedAt\n    identifiers { insee siren rnsr uai ror }\n    territory { regionCode departmentCode communeCode communeName }\n    parent { id name kind }\n  }\n": typeof types.ActorForm_ActorFragmentDoc,
    "\n  query ActorEditor($id: ID!) {\n    actor(id: $id) { id ...ActorForm_actor }\n  }\n": typeof types.ActorEditorDocument,
    "\n  mutation CreateActor($input: CreateActorInput!) {\n    createActor(input: $input) { id ...ActorForm_actor }\n  }\n": typeof types.CreateActorDocument,
    "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) {\n    updateActor(id: $id, input: $input) { id ...ActorForm_actor }\n  }\n": typeof types.UpdateActorDocument,
    "\n  mutation ArchiveActor($id: ID!) {\n    archiveActor(id: $id) { id archivedAt }\n  }\n": typeof types.ArchiveActorDocument,
    "\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    lastVerifiedOn\n    archivedAt\n    organization { id name kind }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n": typeof types.ContactForm_ContactFragmentDoc,
    "\n  query ContactEditor($id: ID!) {\n    contact(id: $id) { id ...ContactForm_contact }\n  }\n": typeof types.ContactEditorDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id ...ContactForm_contact }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id ...ContactForm_contact }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) { id archivedAt }\n  }\n": typeof types.ArchiveContactDocument,
    "\n  query EditSearch($search: String!) {\n    actors(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id name acronym kind collectivityLevel territory { communeName departmentName } }\n    }\n    opportunities(filter: { search: $search, statuses: [DRAFT, OPEN, CLOSED, FILLED] }, first: 10) {\n      totalCount\n      nodes { id title kind status host { id name } }\n    }\n    contacts(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id displayName jobTitle organization { id name } }\n    }\n  }\n": typeof types.EditSearchDocument,
    "\n  query EditorDesk {\n    actorProposals(first: 0) { totalCount }\n    opportunityProposals(first: 0) { totalCount }\n    contactProposals(first: 0) { totalCount }\n    staleActors(first: 5) { totalCount nodes { id name verifiedAt source { retrievedOn } } }\n    staleOpportunities(first: 5) { totalCount nodes { id title verifiedAt source { retrievedOn } } }\n    staleContacts(first: 5) { totalCount nodes { id displayName verifiedAt source { retrievedOn } } }\n  }\n": typeof types.EditorDeskDocument,
    "mutation VerifyActor($id: ID!) { verifyActor(id: $id) { id verifiedAt verifiedBy stale } }": typeof types.VerifyActorDocument,
    "mutation VerifyOpportunity($id: ID!) { verifyOpportunity(id: $id) { id verifiedAt verifiedBy stale } }": typeof types.VerifyOpportunityDocument,
    "mutation VerifyContact($id: ID!) { verifyContact(id: $id) { id verifiedAt verifiedBy stale } }": typeof types.VerifyContactDocument,
    "\n  fragment History_revision on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    at\n    author { id name }\n    changes { field before after }\n    revertedTo\n  }\n": typeof types.History_RevisionFragmentDoc,
    "\n  query ActorHistory($id: ID!) { actor(id: $id) { id version history { ...History_revision } } }\n": typeof types.ActorHistoryDocument,
    "\n  query OpportunityHistory($id: ID!) { opportunity(id: $id) { id version history { ...History_revision } } }\n": typeof types.OpportunityHistoryDocument,
    "\n  query ContactHistory($id: ID!) { contact(id: $id) { id version history { ...History_revision } } }\n": typeof types.ContactHistoryDocument,
    "\n  mutation RevertActor($id: ID!, $version: Int!, $expectedVersion: Int) { revertActor(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n": typeof types.RevertActorDocument,
    "\n  mutation RevertOpportunity($id: ID!, $version: Int!, $expectedVersion: Int) {\n    revertOpportunity(id: $id, version: $version, expectedVersion: $expectedVersion) { id version }\n  }\n": typeof types.RevertOpportunityDocument,
    "\n  mutation RevertContact($id: ID!, $version: Int!, $expectedVersion: Int) { revertContact(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n": typeof types.RevertContactDocument,
    "\n  query EditJournal($filter: RevisionFilter, $first: Int!) {\n    actorsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    opportunitiesJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    contactsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n  }\n": typeof types.EditJournalDocument,
    "\n  query ModerationQueue {\n    actorProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id name } }\n    }\n    opportunityProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id title } }\n    }\n    contactProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id displayName } }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation AcceptActorProposal($id: ID!, $create: CreateActorInput, $update: UpdateActorInput, $expectedVersion: Int) {\n    acceptActorProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n": typeof types.AcceptActorProposalDocument,
    "\n  mutation AcceptOpportunityProposal($id: ID!, $create: CreateOpportunityInput, $update: UpdateOpportunityInput, $expectedVersion: Int) {\n    acceptOpportunityProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n": typeof types.AcceptOpportunityProposalDocument,
    "\n  mutation AcceptContactProposal($id: ID!, $create: CreateContactInput, $update: UpdateContactInput, $expectedVersion: Int) {\n    acceptContactProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id displayName } }\n  }\n": typeof types.AcceptContactProposalDocument,
    "mutation RejectActorProposal($id: ID!, $reason: String!) { rejectActorProposal(id: $id, reason: $reason) { id status } }": typeof types.RejectActorProposalDocument,
    "mutation RejectOpportunityProposal($id: ID!, $reason: String!) { rejectOpportunityProposal(id: $id, reason: $reason) { id status } }": typeof types.RejectOpportunityProposalDocument,
    "mutation RejectContactProposal($id: ID!, $reason: String!) { rejectContactProposal(id: $id, reason: $reason) { id status } }": typeof types.RejectContactProposalDocument,
    "\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    kind\n    status\n    title\n    description\n    themes\n    placeName\n    startsOn\n    deadline\n    durationMonths\n    remuneration\n    contractType\n    missions\n    profile\n    howToApply\n    applyUrl\n    archivedAt\n    host { id name kind }\n    partners { id name kind }\n    tool { slug }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n": typeof types.OpportunityForm_OpportunityFragmentDoc,
    "\n  query OpportunityEditor($id: ID!) {\n    opportunity(id: $id) { id ...OpportunityForm_opportunity }\n  }\n": typeof types.OpportunityEditorDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) { id ...OpportunityForm_opportunity }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) { id ...OpportunityForm_opportunity }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  mutation ArchiveOpportunity($id: ID!) {\n    archiveOpportunity(id: $id) { id archivedAt }\n  }\n": typeof types.ArchiveOpportunityDocument,
    "\n  fragment Partnerships_partnership on Partnership {\n    id\n    intensity\n    startedOn\n    note\n    partner { id name }\n    tool { slug title }\n  }\n": typeof types.Partnerships_PartnershipFragmentDoc,
    "\n  query ActorPartnerships($id: ID!) {\n    actor(id: $id) {\n      id\n      partnerships { id ...Partnerships_partnership }\n    }\n    intensityLevels { level title titleEn }\n  }\n": typeof types.ActorPartnershipsDocument,
    "\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { id ...Partnerships_partnership }\n  }\n": typeof types.AddPartnershipDocument,
    "\n  mutation RemovePartnership($id: ID!) {\n    removePartnership(id: $id)\n  }\n": typeof types.RemovePartnershipDocument,
    "\n  query PossibleDuplicates($input: ActorDuplicateProbe!) {\n    possibleDuplicates(input: $input) {\n      reason\n      identifier\n      score\n      blocking\n      actor { id name kind territory { communeName departmentName } }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query ContactMergeSides($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n    b: contact(id: $b) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n  }\n": typeof types.ContactMergeSidesDocument,
    "\n  query ContactMergeSearch($search: String!) {\n    contacts(filter: { search: $search }, first: 8) { nodes { id displayName jobTitle organization { name } } }\n  }\n": typeof types.ContactMergeSearchDocument,
    "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) { alreadyMerged survivor { id displayName version } merged { id archivedAt } }\n  }\n": typeof types.MergeContactsDocument,
    "\n  query MergeSides($a: ID!, $b: ID!) {\n    a: actor(id: $a) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n    b: actor(id: $b) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n  }\n": typeof types.MergeSidesDocument,
    "\n  mutation MergeActors($input: MergeActorsInput!) {\n    mergeActors(input: $input) {\n      survivor { id name version }\n      merged { id version archivedAt mergedInto { id } }\n      merge {\n        alreadyMerged childrenMoved partnershipsMoved affiliationsMoved targetsMoved\n        opportunities { opportunitiesMoved researchNeedsMoved remaining }\n        contacts { contactsMoved remaining }\n      }\n    }\n  }\n": typeof types.MergeActorsDocument,
    "\n  fragment ActorPicker_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode departmentCode departmentName communeCode communeName }\n  }\n": typeof types.ActorPicker_ActorFragmentDoc,
    "\n  query ActorPicker($filter: ActorFilter!) {\n    actors(filter: $filter, first: 8) {\n      totalCount\n      nodes { id ...ActorPicker_actor }\n    }\n  }\n": typeof types.ActorPickerDocument,
    "\n  query TerritoryOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 50) {\n      nodes { id name territory { regionCode } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name territory { regionCode departmentCode } }\n    }\n  }\n": typeof types.TerritoryOptionsDocument,
    "\n  query ToolOptions {\n    partnershipTools { slug title family intensities }\n    toolFamilies { family title titleEn }\n  }\n": typeof types.ToolOptionsDocument,
    "\n  query ActorMyTarget($id: ID!) { actor(id: $id) { id archivedAt myTarget { id } } }\n": typeof types.ActorMyTargetDocument,
    "\n  query MyTargets($orderBy: WorkspaceTargetOrder) {\n    myTargets(orderBy: $orderBy) {\n      id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt\n      actor { id name acronym territory { communeName departmentName } }\n      recommendedTool { slug title }\n      nextTools { slug title }\n    }\n    intensityLevels { level title titleEn }\n  }\n": typeof types.MyTargetsDocument,
    "\n  mutation AddWorkspaceTarget($input: AddWorkspaceTargetInput!) {\n    addWorkspaceTarget(input: $input) { id }\n  }\n": typeof types.AddWorkspaceTargetDocument,
    "\n  mutation UpdateWorkspaceTarget($id: ID!, $input: UpdateWorkspaceTargetInput!) {\n    updateWorkspaceTarget(id: $id, input: $input) { id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt recommendedTool { slug title } nextTools { slug title } }\n  }\n": typeof types.UpdateWorkspaceTargetDocument,
    "\n  mutation RemoveWorkspaceTarget($id: ID!) { removeWorkspaceTarget(id: $id) }\n": typeof types.RemoveWorkspaceTargetDocument,
    "\n  query TargetActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) { nodes { id name acronym territory { communeName departmentName } } }\n  }\n": typeof types.TargetActorSearchDocument,
    "\n  query TargetActorById($id: ID!) { actor(id: $id) { id name archivedAt } }\n": typeof types.TargetActorByIdDocument,
    "\n  query MapPageLocations($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!, $limit: Int!) {\n    others: actorLocations(filter: $others, limit: $limit) @include(if: $withOthers) { id kind collectivityLevel name latitude longitude }\n    collectivities: actorLocations(filter: $collectivities, limit: $limit) @include(if: $withCollectivities) { id kind collectivityLevel name latitude longitude }\n  }\n": typeof types.MapPageLocationsDocument,
    "\n  query MapPageActorCounts($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!) {\n    others: actorCountsByDepartment(filter: $others) @include(if: $withOthers) { code count }\n    collectivities: actorCountsByDepartment(filter: $collectivities) @include(if: $withCollectivities) { code count }\n  }\n": typeof types.MapPageActorCountsDocument,
    "\n  query MapPageOpportunityCounts($filter: OpportunityFilter) {\n    opportunityCountsByDepartment(filter: $filter) { code count }\n  }\n": typeof types.MapPageOpportunityCountsDocument,
    "\n  query MapPagePlace($filter: ActorFilter!) {\n    actors(filter: $filter, first: 1) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        location { latitude longitude }\n        territory { regionCode departmentCode departmentName }\n      }\n    }\n  }\n": typeof types.MapPagePlaceDocument,
    "\n  query MapPageOpportunities($filter: OpportunityFilter!, $first: Int!) {\n    opportunities(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapOpportunityItem_opportunity }\n    }\n  }\n": typeof types.MapPageOpportunitiesDocument,
    "\n  query MapPageContacts($filter: ContactFilter!, $first: Int!) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapContactItem_contact }\n    }\n  }\n": typeof types.MapPageContactsDocument,
    "\n  fragment MapOpportunityItem_opportunity on Opportunity {\n    id\n    title\n    kind\n    deadline\n    host { id name }\n    territory { communeName }\n  }\n": typeof types.MapOpportunityItem_OpportunityFragmentDoc,
    "\n  fragment MapContactItem_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    organization { id name }\n  }\n": typeof types.MapContactItem_ContactFragmentDoc,
    "\n  query TerritoryPickerPlaces($search: String!) {\n    actors(filter: { search: $search, collectivityLevels: [EPCI, COMMUNE] }, first: 8) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        identifiers { insee siren }\n        territory { epciCode communeCode departmentCode departmentName }\n      }\n    }\n  }\n": typeof types.TerritoryPickerPlacesDocument,
    "\n  mutation PublishResearchNeed($input: PublishResearchNeedInput!) {\n    publishResearchNeed(input: $input) { id }\n  }\n": typeof types.PublishResearchNeedDocument,
    "\n  query ResearchNeedRequesterSearch($search: String!) {\n    actors(filter: { search: $search, kinds: [COLLECTIVITY, ASSOCIATION, PUBLIC_BODY] }, first: 8) {\n      nodes { id name kind territory { departmentCode } }\n    }\n  }\n": typeof types.ResearchNeedRequesterSearchDocument,
    "\n  query ResearchNeedTools { partnershipTools { slug title } }\n": typeof types.ResearchNeedToolsDocument,
    "\n  query ResearchNeedDetail($id: ID!, $onlyOpen: Boolean) {\n    researchNeed(id: $id) {\n      id title question themes ercPanels horizon status version\n      requester { id name }\n      territory { communeName departmentName regionName }\n      tools { slug title }\n      opportunity { id title }\n      suggestedActors(first: 10, onlyOpen: $onlyOpen) {\n        score\n        actor { id name kind openToPartnerships territory { communeName } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n      suggestedContacts(first: 10) {\n        score\n        contact { id displayName jobTitle roles email phone organization { id name } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n    }\n  }\n": typeof types.ResearchNeedDetailDocument,
    "\n  mutation TurnResearchNeedIntoOpportunity($id: ID!, $input: TurnResearchNeedIntoOpportunityInput!) {\n    turnResearchNeedIntoOpportunity(id: $id, input: $input) {\n      researchNeed { id status version opportunity { id title } }\n      opportunity { id }\n    }\n  }\n": typeof types.TurnResearchNeedIntoOpportunityDocument,
    "\n  query ResearchNeedsList($filter: ResearchNeedFilter, $first: Int, $after: String) {\n    researchNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id title themes horizon status publishedAt\n        requester { id name }\n        territory { communeName departmentName regionName }\n        tools { slug title }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ResearchNeedsListDocument,
    "\n  query ActorPartnershipOpenness($id: ID!) { actor(id: $id) { id version openToPartnerships } }\n": typeof types.ActorPartnershipOpennessDocument,
    "\n  mutation SetPartnershipOpenness($id: ID!, $open: Boolean, $expectedVersion: Int) {\n    setPartnershipOpenness(id: $id, open: $open, expectedVersion: $expectedVersion) { id version openToPartnerships }\n  }\n": typeof types.SetPartnershipOpennessDocument,
    "\n  query NetworkTerritory($regionCode: String, $departmentCode: String, $withCollectivities: Boolean!, $withCommunes: Boolean!) {\n    organisations: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [LAB, UNIVERSITY, ASSOCIATION, SATT, POLE, PUBLIC_BODY, COMPANY] }\n      first: 1000\n    ) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    collectivities: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [REGION, DEPARTMENT, EPCI] }\n      first: 1000\n    ) @include(if: $withCollectivities) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    communes: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [COMMUNE] }\n      first: 1000\n    ) @include(if: $withCommunes) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n  }\n": typeof types.NetworkTerritoryDocument,
    "\n  query OpportunitiesBoard($filter: OpportunityFilter, $first: Int, $after: String) {\n    opportunities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id deadline ...OpportunityCard_opportunity }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OpportunitiesBoardDocument,
    "\n  fragment OpportunityCard_opportunity on Opportunity {\n    id\n    kind\n    status\n    title\n    deadline\n    placeName\n    host { id name }\n    territory { communeName departmentName regionName }\n    tool { slug title }\n  }\n": typeof types.OpportunityCard_OpportunityFragmentDoc,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id kind status title description themes placeName startsOn deadline durationMonths remuneration contractType\n      missions profile howToApply applyUrl publishedAt\n      host { id name }\n      partners { id name }\n      tool { slug title summary }\n      territory { communeName departmentName regionName }\n      source { name url license retrievedOn }\n      verifiedBy\n      verifiedAt\n    }\n  }\n": typeof types.OpportunityDetailDocument,
    "\n  query SearchPage($filter: ActorFilter, $first: Int!, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...SearchResult_actor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SearchPageParent($id: ID!) {\n    actor(id: $id) { id name }\n  }\n": typeof types.SearchPageParentDocument,
    "\n  fragment SearchResult_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    territory { communeName departmentName departmentCode regionName }\n  }\n": typeof types.SearchResult_ActorFragmentDoc,
    "\n  query NextStepsTools($current: Int!) {\n    nextPartnershipTools(currentIntensity: $current) { slug ...ToolCard_tool }\n  }\n": typeof types.NextStepsToolsDocument,
    "\n  query NextStepsActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) {\n      nodes { id name kind territory { communeName departmentName } }\n    }\n  }\n": typeof types.NextStepsActorSearchDocument,
    "\n  query NextStepsActorName($id: ID!) {\n    actor(id: $id) { id name }\n  }\n": typeof types.NextStepsActorNameDocument,
    "\n  query NextStepsPair($a: ID!) {\n    actor(id: $a) {\n      id\n      name\n      partnerships { id intensity partner { id name } tool { slug title } }\n    }\n  }\n": typeof types.NextStepsPairDocument,
    "\n  fragment ToolCard_tool on PartnershipTool {\n    slug\n    title\n    summary\n    intensities\n  }\n": typeof types.ToolCard_ToolFragmentDoc,
    "\n  query ToolFiche($slug: ID!) {\n    partnershipTool(slug: $slug) {\n      slug family title summary objective intensities interestForCollectivity interestForResearch process examples links\n      source { name url license retrievedOn }\n      opportunities(statuses: [OPEN, CLOSED, FILLED]) { id ...OpportunityCard_opportunity }\n    }\n    toolFamilies { family title titleEn }\n    intensityLevels { level title titleEn }\n  }\n": typeof types.ToolFicheDocument,
    "\n  query ToolboxOverview {\n    toolFamilies { family title titleEn description descriptionEn }\n    intensityLevels { level title titleEn description descriptionEn }\n  }\n": typeof types.ToolboxOverviewDocument,
    "\n  query ToolboxTools($family: ToolFamily, $intensity: Int) {\n    partnershipTools(family: $family, intensity: $intensity) {\n      slug\n      family\n      source { name license retrievedOn }\n      ...ToolCard_tool\n    }\n  }\n": typeof types.ToolboxToolsDocument,
    "\n  query TerritorySelectsOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 100) {\n      nodes { id name identifiers { insee } territory { regionName } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name identifiers { insee } territory { regionCode departmentName } }\n    }\n  }\n": typeof types.TerritorySelectsOptionsDocument,
};
const documents: Documents = {
    "\n  query ActorNetwork($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      ...NetworkGraph_actor\n      parent { id name acronym kind collectivityLevel }\n      children(first: 31) { id name acronym kind collectivityLevel }\n    }\n  }\n": types.ActorNetworkDocument,
    "\n  fragment NetworkGraph_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode regionName departmentCode departmentName }\n    partnerships {\n      intensity\n      partner { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      tool { slug title }\n    }\n    contacts { id displayName jobTitle roles }\n    opportunities(statuses: [OPEN]) {\n      id\n      title\n      kind\n      host { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      partners { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n    }\n  }\n": types.NetworkGraph_ActorFragmentDoc,
    "\n  fragment ActorBreadcrumb_actor on Actor {\n    id\n    name\n    kind\n    collectivityLevel\n    parent {\n      id name kind collectivityLevel\n      parent {\n        id name kind collectivityLevel\n        parent {\n          id name kind collectivityLevel\n          parent { id name kind collectivityLevel }\n        }\n      }\n    }\n  }\n": types.ActorBreadcrumb_ActorFragmentDoc,
    "\n  fragment ActorChildren_actor on Actor {\n    id\n    children(first: 20) { id name kind collectivityLevel }\n  }\n": types.ActorChildren_ActorFragmentDoc,
    "\n  fragment ActorContacts_actor on Actor {\n    contacts { id displayName jobTitle roles email phone }\n  }\n": types.ActorContacts_ActorFragmentDoc,
    "\n  fragment ActorIdentifiers_actor on Actor {\n    id\n    name\n    verifiedBy\n    verifiedAt\n    identifiers { insee siren rnsr uai ror }\n    source { name url license retrievedOn }\n    updatedAt\n  }\n": types.ActorIdentifiers_ActorFragmentDoc,
    "\n  fragment ActorIdentity_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    website\n    archivedAt\n    territory { communeName epciName departmentName departmentCode regionName regionCode }\n    location { latitude longitude precision }\n  }\n": types.ActorIdentity_ActorFragmentDoc,
    "\n  fragment ActorOpportunities_actor on Actor {\n    id\n    opportunities(statuses: $opportunityStatuses) {\n      id\n      title\n      kind\n      status\n      deadline\n      host { id name }\n    }\n  }\n": types.ActorOpportunities_ActorFragmentDoc,
    "\n  query ActorPage($id: ID!, $opportunityStatuses: [OpportunityStatus!]) {\n    actor(id: $id) {\n      id\n      name\n      mergedInto { id name }\n      ...ActorBreadcrumb_actor\n      ...ActorIdentity_actor\n      ...ActorIdentifiers_actor\n      ...ActorChildren_actor\n      ...ActorContacts_actor\n      ...ActorOpportunities_actor\n      ...ActorPartnerships_actor\n    }\n    childCount: actors(filter: { parentId: $id }, first: 1) { totalCount }\n    ...ActorPartnerships_query\n  }\n": types.ActorPageDocument,
    "\n  fragment ActorPartnerships_actor on Actor {\n    partnerships {\n      id\n      intensity\n      startedOn\n      note\n      partner { id name kind }\n      tool { slug title }\n    }\n  }\n": types.ActorPartnerships_ActorFragmentDoc,
    "\n  fragment ActorPartnerships_query on Query {\n    intensityLevels { level title titleEn }\n  }\n": types.ActorPartnerships_QueryFragmentDoc,
    "\n  fragment ContactCard_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    organization { id name }\n    territory { communeName departmentName departmentCode regionName }\n    verifiedBy\n    verifiedAt\n  }\n": types.ContactCard_ContactFragmentDoc,
    "\n  query ContactsPage($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...ContactCard_contact }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContactsPageDocument,
    "\n  mutation ProposeActor($input: CreateActorInput!, $note: String) { proposeActor(input: $input, note: $note) { id status } }\n": types.ProposeActorDocument,
    "\n  mutation ProposeActorCorrection($id: ID!, $input: UpdateActorInput!, $note: String) { proposeActorCorrection(id: $id, input: $input, note: $note) { id status } }\n": types.ProposeActorCorrectionDocument,
    "\n  mutation ProposeOpportunity($input: CreateOpportunityInput!, $note: String) { proposeOpportunity(input: $input, note: $note) { id status } }\n": types.ProposeOpportunityDocument,
    "\n  mutation ProposeOpportunityCorrection($id: ID!, $input: UpdateOpportunityInput!, $note: String) {\n    proposeOpportunityCorrection(id: $id, input: $input, note: $note) { id status }\n  }\n": types.ProposeOpportunityCorrectionDocument,
    "\n  mutation ProposeContact($input: CreateContactInput!, $note: String) { proposeContact(input: $input, note: $note) { id status } }\n": types.ProposeContactDocument,
    "\n  mutation ProposeContactCorrection($id: ID!, $input: UpdateContactInput!, $note: String) { proposeContactCorrection(id: $id, input: $input, note: $note) { id status } }\n": types.ProposeContactCorrectionDocument,
    "\n  query MyContributions {\n    myActorProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id name } }\n    }\n    myOpportunityProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id title } }\n    }\n    myContactProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id displayName } }\n    }\n  }\n": types.MyContributionsDocument,
    "\n  fragment ActorForm_actor on Actor {\n    id\n    version\n    kind\n    collectivityLevel\n    name\n    acronym\n    description\n    themes\n    website\n    archivedAt\n    identifiers { insee siren rnsr uai ror }\n    territory { regionCode departmentCode communeCode communeName }\n    parent { id name kind }\n  }\n": types.ActorForm_ActorFragmentDoc,
    "\n  query ActorEditor($id: ID!) {\n    actor(id: $id) { id ...ActorForm_actor }\n  }\n": types.ActorEditorDocument,
    "\n  mutation CreateActor($input: CreateActorInput!) {\n    createActor(input: $input) { id ...ActorForm_actor }\n  }\n": types.CreateActorDocument,
    "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) {\n    updateActor(id: $id, input: $input) { id ...ActorForm_actor }\n  }\n": types.UpdateActorDocument,
    "\n  mutation ArchiveActor($id: ID!) {\n    archiveActor(id: $id) { id archivedAt }\n  }\n": types.ArchiveActorDocument,
    "\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    lastVerifiedOn\n    archivedAt\n    organization { id name kind }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n": types.ContactForm_ContactFragmentDoc,
    "\n  query ContactEditor($id: ID!) {\n    contact(id: $id) { id ...ContactForm_contact }\n  }\n": types.ContactEditorDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id ...ContactForm_contact }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id ...ContactForm_contact }\n  }\n": types.UpdateContactDocument,
    "\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) { id archivedAt }\n  }\n": types.ArchiveContactDocument,
    "\n  query EditSearch($search: String!) {\n    actors(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id name acronym kind collectivityLevel territory { communeName departmentName } }\n    }\n    opportunities(filter: { search: $search, statuses: [DRAFT, OPEN, CLOSED, FILLED] }, first: 10) {\n      totalCount\n      nodes { id title kind status host { id name } }\n    }\n    contacts(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id displayName jobTitle organization { id name } }\n    }\n  }\n": types.EditSearchDocument,
    "\n  query EditorDesk {\n    actorProposals(first: 0) { totalCount }\n    opportunityProposals(first: 0) { totalCount }\n    contactProposals(first: 0) { totalCount }\n    staleActors(first: 5) { totalCount nodes { id name verifiedAt source { retrievedOn } } }\n    staleOpportunities(first: 5) { totalCount nodes { id title verifiedAt source { retrievedOn } } }\n    staleContacts(first: 5) { totalCount nodes { id displayName verifiedAt source { retrievedOn } } }\n  }\n": types.EditorDeskDocument,
    "mutation VerifyActor($id: ID!) { verifyActor(id: $id) { id verifiedAt verifiedBy stale } }": types.VerifyActorDocument,
    "mutation VerifyOpportunity($id: ID!) { verifyOpportunity(id: $id) { id verifiedAt verifiedBy stale } }": types.VerifyOpportunityDocument,
    "mutation VerifyContact($id: ID!) { verifyContact(id: $id) { id verifiedAt verifiedBy stale } }": types.VerifyContactDocument,
    "\n  fragment History_revision on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    at\n    author { id name }\n    changes { field before after }\n    revertedTo\n  }\n": types.History_RevisionFragmentDoc,
    "\n  query ActorHistory($id: ID!) { actor(id: $id) { id version history { ...History_revision } } }\n": types.ActorHistoryDocument,
    "\n  query OpportunityHistory($id: ID!) { opportunity(id: $id) { id version history { ...History_revision } } }\n": types.OpportunityHistoryDocument,
    "\n  query ContactHistory($id: ID!) { contact(id: $id) { id version history { ...History_revision } } }\n": types.ContactHistoryDocument,
    "\n  mutation RevertActor($id: ID!, $version: Int!, $expectedVersion: Int) { revertActor(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n": types.RevertActorDocument,
    "\n  mutation RevertOpportunity($id: ID!, $version: Int!, $expectedVersion: Int) {\n    revertOpportunity(id: $id, version: $version, expectedVersion: $expectedVersion) { id version }\n  }\n": types.RevertOpportunityDocument,
    "\n  mutation RevertContact($id: ID!, $version: Int!, $expectedVersion: Int) { revertContact(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n": types.RevertContactDocument,
    "\n  query EditJournal($filter: RevisionFilter, $first: Int!) {\n    actorsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    opportunitiesJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    contactsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n  }\n": types.EditJournalDocument,
    "\n  query ModerationQueue {\n    actorProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id name } }\n    }\n    opportunityProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id title } }\n    }\n    contactProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id displayName } }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation AcceptActorProposal($id: ID!, $create: CreateActorInput, $update: UpdateActorInput, $expectedVersion: Int) {\n    acceptActorProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n": types.AcceptActorProposalDocument,
    "\n  mutation AcceptOpportunityProposal($id: ID!, $create: CreateOpportunityInput, $update: UpdateOpportunityInput, $expectedVersion: Int) {\n    acceptOpportunityProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n": types.AcceptOpportunityProposalDocument,
    "\n  mutation AcceptContactProposal($id: ID!, $create: CreateContactInput, $update: UpdateContactInput, $expectedVersion: Int) {\n    acceptContactProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id displayName } }\n  }\n": types.AcceptContactProposalDocument,
    "mutation RejectActorProposal($id: ID!, $reason: String!) { rejectActorProposal(id: $id, reason: $reason) { id status } }": types.RejectActorProposalDocument,
    "mutation RejectOpportunityProposal($id: ID!, $reason: String!) { rejectOpportunityProposal(id: $id, reason: $reason) { id status } }": types.RejectOpportunityProposalDocument,
    "mutation RejectContactProposal($id: ID!, $reason: String!) { rejectContactProposal(id: $id, reason: $reason) { id status } }": types.RejectContactProposalDocument,
    "\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    kind\n    status\n    title\n    description\n    themes\n    placeName\n    startsOn\n    deadline\n    durationMonths\n    remuneration\n    contractType\n    missions\n    profile\n    howToApply\n    applyUrl\n    archivedAt\n    host { id name kind }\n    partners { id name kind }\n    tool { slug }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n": types.OpportunityForm_OpportunityFragmentDoc,
    "\n  query OpportunityEditor($id: ID!) {\n    opportunity(id: $id) { id ...OpportunityForm_opportunity }\n  }\n": types.OpportunityEditorDocument,
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) { id ...OpportunityForm_opportunity }\n  }\n": types.CreateOpportunityDocument,
    "\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) { id ...OpportunityForm_opportunity }\n  }\n": types.UpdateOpportunityDocument,
    "\n  mutation ArchiveOpportunity($id: ID!) {\n    archiveOpportunity(id: $id) { id archivedAt }\n  }\n": types.ArchiveOpportunityDocument,
    "\n  fragment Partnerships_partnership on Partnership {\n    id\n    intensity\n    startedOn\n    note\n    partner { id name }\n    tool { slug title }\n  }\n": types.Partnerships_PartnershipFragmentDoc,
    "\n  query ActorPartnerships($id: ID!) {\n    actor(id: $id) {\n      id\n      partnerships { id ...Partnerships_partnership }\n    }\n    intensityLevels { level title titleEn }\n  }\n": types.ActorPartnershipsDocument,
    "\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { id ...Partnerships_partnership }\n  }\n": types.AddPartnershipDocument,
    "\n  mutation RemovePartnership($id: ID!) {\n    removePartnership(id: $id)\n  }\n": types.RemovePartnershipDocument,
    "\n  query PossibleDuplicates($input: ActorDuplicateProbe!) {\n    possibleDuplicates(input: $input) {\n      reason\n      identifier\n      score\n      blocking\n      actor { id name kind territory { communeName departmentName } }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query ContactMergeSides($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n    b: contact(id: $b) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n  }\n": types.ContactMergeSidesDocument,
    "\n  query ContactMergeSearch($search: String!) {\n    contacts(filter: { search: $search }, first: 8) { nodes { id displayName jobTitle organization { name } } }\n  }\n": types.ContactMergeSearchDocument,
    "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) { alreadyMerged survivor { id displayName version } merged { id archivedAt } }\n  }\n": types.MergeContactsDocument,
    "\n  query MergeSides($a: ID!, $b: ID!) {\n    a: actor(id: $a) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n    b: actor(id: $b) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n  }\n": types.MergeSidesDocument,
    "\n  mutation MergeActors($input: MergeActorsInput!) {\n    mergeActors(input: $input) {\n      survivor { id name version }\n      merged { id version archivedAt mergedInto { id } }\n      merge {\n        alreadyMerged childrenMoved partnershipsMoved affiliationsMoved targetsMoved\n        opportunities { opportunitiesMoved researchNeedsMoved remaining }\n        contacts { contactsMoved remaining }\n      }\n    }\n  }\n": types.MergeActorsDocument,
    "\n  fragment ActorPicker_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode departmentCode departmentName communeCode communeName }\n  }\n": types.ActorPicker_ActorFragmentDoc,
    "\n  query ActorPicker($filter: ActorFilter!) {\n    actors(filter: $filter, first: 8) {\n      totalCount\n      nodes { id ...ActorPicker_actor }\n    }\n  }\n": types.ActorPickerDocument,
    "\n  query TerritoryOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 50) {\n      nodes { id name territory { regionCode } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name territory { regionCode departmentCode } }\n    }\n  }\n": types.TerritoryOptionsDocument,
    "\n  query ToolOptions {\n    partnershipTools { slug title family intensities }\n    toolFamilies { family title titleEn }\n  }\n": types.ToolOptionsDocument,
    "\n  query ActorMyTarget($id: ID!) { actor(id: $id) { id archivedAt myTarget { id } } }\n": types.ActorMyTargetDocument,
    "\n  query MyTargets($orderBy: WorkspaceTargetOrder) {\n    myTargets(orderBy: $orderBy) {\n      id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt\n      actor { id name acronym territory { communeName departmentName } }\n      recommendedTool { slug title }\n      nextTools { slug title }\n    }\n    intensityLevels { level title titleEn }\n  }\n": types.MyTargetsDocument,
    "\n  mutation AddWorkspaceTarget($input: AddWorkspaceTargetInput!) {\n    addWorkspaceTarget(input: $input) { id }\n  }\n": types.AddWorkspaceTargetDocument,
    "\n  mutation UpdateWorkspaceTarget($id: ID!, $input: UpdateWorkspaceTargetInput!) {\n    updateWorkspaceTarget(id: $id, input: $input) { id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt recommendedTool { slug title } nextTools { slug title } }\n  }\n": types.UpdateWorkspaceTargetDocument,
    "\n  mutation RemoveWorkspaceTarget($id: ID!) { removeWorkspaceTarget(id: $id) }\n": types.RemoveWorkspaceTargetDocument,
    "\n  query TargetActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) { nodes { id name acronym territory { communeName departmentName } } }\n  }\n": types.TargetActorSearchDocument,
    "\n  query TargetActorById($id: ID!) { actor(id: $id) { id name archivedAt } }\n": types.TargetActorByIdDocument,
    "\n  query MapPageLocations($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!, $limit: Int!) {\n    others: actorLocations(filter: $others, limit: $limit) @include(if: $withOthers) { id kind collectivityLevel name latitude longitude }\n    collectivities: actorLocations(filter: $collectivities, limit: $limit) @include(if: $withCollectivities) { id kind collectivityLevel name latitude longitude }\n  }\n": types.MapPageLocationsDocument,
    "\n  query MapPageActorCounts($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!) {\n    others: actorCountsByDepartment(filter: $others) @include(if: $withOthers) { code count }\n    collectivities: actorCountsByDepartment(filter: $collectivities) @include(if: $withCollectivities) { code count }\n  }\n": types.MapPageActorCountsDocument,
    "\n  query MapPageOpportunityCounts($filter: OpportunityFilter) {\n    opportunityCountsByDepartment(filter: $filter) { code count }\n  }\n": types.MapPageOpportunityCountsDocument,
    "\n  query MapPagePlace($filter: ActorFilter!) {\n    actors(filter: $filter, first: 1) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        location { latitude longitude }\n        territory { regionCode departmentCode departmentName }\n      }\n    }\n  }\n": types.MapPagePlaceDocument,
    "\n  query MapPageOpportunities($filter: OpportunityFilter!, $first: Int!) {\n    opportunities(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapOpportunityItem_opportunity }\n    }\n  }\n": types.MapPageOpportunitiesDocument,
    "\n  query MapPageContacts($filter: ContactFilter!, $first: Int!) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapContactItem_contact }\n    }\n  }\n": types.MapPageContactsDocument,
    "\n  fragment MapOpportunityItem_opportunity on Opportunity {\n    id\n    title\n    kind\n    deadline\n    host { id name }\n    territory { communeName }\n  }\n": types.MapOpportunityItem_OpportunityFragmentDoc,
    "\n  fragment MapContactItem_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    organization { id name }\n  }\n": types.MapContactItem_ContactFragmentDoc,
    "\n  query TerritoryPickerPlaces($search: String!) {\n    actors(filter: { search: $search, collectivityLevels: [EPCI, COMMUNE] }, first: 8) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        identifiers { insee siren }\n        territory { epciCode communeCode departmentCode departmentName }\n      }\n    }\n  }\n": types.TerritoryPickerPlacesDocument,
    "\n  mutation PublishResearchNeed($input: PublishResearchNeedInput!) {\n    publishResearchNeed(input: $input) { id }\n  }\n": types.PublishResearchNeedDocument,
    "\n  query ResearchNeedRequesterSearch($search: String!) {\n    actors(filter: { search: $search, kinds: [COLLECTIVITY, ASSOCIATION, PUBLIC_BODY] }, first: 8) {\n      nodes { id name kind territory { departmentCode } }\n    }\n  }\n": types.ResearchNeedRequesterSearchDocument,
    "\n  query ResearchNeedTools { partnershipTools { slug title } }\n": types.ResearchNeedToolsDocument,
    "\n  query ResearchNeedDetail($id: ID!, $onlyOpen: Boolean) {\n    researchNeed(id: $id) {\n      id title question themes ercPanels horizon status version\n      requester { id name }\n      territory { communeName departmentName regionName }\n      tools { slug title }\n      opportunity { id title }\n      suggestedActors(first: 10, onlyOpen: $onlyOpen) {\n        score\n        actor { id name kind openToPartnerships territory { communeName } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n      suggestedContacts(first: 10) {\n        score\n        contact { id displayName jobTitle roles email phone organization { id name } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n    }\n  }\n": types.ResearchNeedDetailDocument,
    "\n  mutation TurnResearchNeedIntoOpportunity($id: ID!, $input: TurnResearchNeedIntoOpportunityInput!) {\n    turnResearchNeedIntoOpportunity(id: $id, input: $input) {\n      researchNeed { id status version opportunity { id title } }\n      opportunity { id }\n    }\n  }\n": types.TurnResearchNeedIntoOpportunityDocument,
    "\n  query ResearchNeedsList($filter: ResearchNeedFilter, $first: Int, $after: String) {\n    researchNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id title themes horizon status publishedAt\n        requester { id name }\n        territory { communeName departmentName regionName }\n        tools { slug title }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ResearchNeedsListDocument,
    "\n  query ActorPartnershipOpenness($id: ID!) { actor(id: $id) { id version openToPartnerships } }\n": types.ActorPartnershipOpennessDocument,
    "\n  mutation SetPartnershipOpenness($id: ID!, $open: Boolean, $expectedVersion: Int) {\n    setPartnershipOpenness(id: $id, open: $open, expectedVersion: $expectedVersion) { id version openToPartnerships }\n  }\n": types.SetPartnershipOpennessDocument,
    "\n  query NetworkTerritory($regionCode: String, $departmentCode: String, $withCollectivities: Boolean!, $withCommunes: Boolean!) {\n    organisations: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [LAB, UNIVERSITY, ASSOCIATION, SATT, POLE, PUBLIC_BODY, COMPANY] }\n      first: 1000\n    ) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    collectivities: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [REGION, DEPARTMENT, EPCI] }\n      first: 1000\n    ) @include(if: $withCollectivities) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    communes: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [COMMUNE] }\n      first: 1000\n    ) @include(if: $withCommunes) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n  }\n": types.NetworkTerritoryDocument,
    "\n  query OpportunitiesBoard($filter: OpportunityFilter, $first: Int, $after: String) {\n    opportunities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id deadline ...OpportunityCard_opportunity }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OpportunitiesBoardDocument,
    "\n  fragment OpportunityCard_opportunity on Opportunity {\n    id\n    kind\n    status\n    title\n    deadline\n    placeName\n    host { id name }\n    territory { communeName departmentName regionName }\n    tool { slug title }\n  }\n": types.OpportunityCard_OpportunityFragmentDoc,
    "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id kind status title description themes placeName startsOn deadline durationMonths remuneration contractType\n      missions profile howToApply applyUrl publishedAt\n      host { id name }\n      partners { id name }\n      tool { slug title summary }\n      territory { communeName departmentName regionName }\n      source { name url license retrievedOn }\n      verifiedBy\n      verifiedAt\n    }\n  }\n": types.OpportunityDetailDocument,
    "\n  query SearchPage($filter: ActorFilter, $first: Int!, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...SearchResult_actor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SearchPageParent($id: ID!) {\n    actor(id: $id) { id name }\n  }\n": types.SearchPageParentDocument,
    "\n  fragment SearchResult_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    territory { communeName departmentName departmentCode regionName }\n  }\n": types.SearchResult_ActorFragmentDoc,
    "\n  query NextStepsTools($current: Int!) {\n    nextPartnershipTools(currentIntensity: $current) { slug ...ToolCard_tool }\n  }\n": types.NextStepsToolsDocument,
    "\n  query NextStepsActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) {\n      nodes { id name kind territory { communeName departmentName } }\n    }\n  }\n": types.NextStepsActorSearchDocument,
    "\n  query NextStepsActorName($id: ID!) {\n    actor(id: $id) { id name }\n  }\n": types.NextStepsActorNameDocument,
    "\n  query NextStepsPair($a: ID!) {\n    actor(id: $a) {\n      id\n      name\n      partnerships { id intensity partner { id name } tool { slug title } }\n    }\n  }\n": types.NextStepsPairDocument,
    "\n  fragment ToolCard_tool on PartnershipTool {\n    slug\n    title\n    summary\n    intensities\n  }\n": types.ToolCard_ToolFragmentDoc,
    "\n  query ToolFiche($slug: ID!) {\n    partnershipTool(slug: $slug) {\n      slug family title summary objective intensities interestForCollectivity interestForResearch process examples links\n      source { name url license retrievedOn }\n      opportunities(statuses: [OPEN, CLOSED, FILLED]) { id ...OpportunityCard_opportunity }\n    }\n    toolFamilies { family title titleEn }\n    intensityLevels { level title titleEn }\n  }\n": types.ToolFicheDocument,
    "\n  query ToolboxOverview {\n    toolFamilies { family title titleEn description descriptionEn }\n    intensityLevels { level title titleEn description descriptionEn }\n  }\n": types.ToolboxOverviewDocument,
    "\n  query ToolboxTools($family: ToolFamily, $intensity: Int) {\n    partnershipTools(family: $family, intensity: $intensity) {\n      slug\n      family\n      source { name license retrievedOn }\n      ...ToolCard_tool\n    }\n  }\n": types.ToolboxToolsDocument,
    "\n  query TerritorySelectsOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 100) {\n      nodes { id name identifiers { insee } territory { regionName } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name identifiers { insee } territory { regionCode departmentName } }\n    }\n  }\n": types.TerritorySelectsOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorNetwork($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      ...NetworkGraph_actor\n      parent { id name acronym kind collectivityLevel }\n      children(first: 31) { id name acronym kind collectivityLevel }\n    }\n  }\n"): (typeof documents)["\n  query ActorNetwork($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      ...NetworkGraph_actor\n      parent { id name acronym kind collectivityLevel }\n      children(first: 31) { id name acronym kind collectivityLevel }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkGraph_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode regionName departmentCode departmentName }\n    partnerships {\n      intensity\n      partner { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      tool { slug title }\n    }\n    contacts { id displayName jobTitle roles }\n    opportunities(statuses: [OPEN]) {\n      id\n      title\n      kind\n      host { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      partners { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkGraph_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode regionName departmentCode departmentName }\n    partnerships {\n      intensity\n      partner { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      tool { slug title }\n    }\n    contacts { id displayName jobTitle roles }\n    opportunities(statuses: [OPEN]) {\n      id\n      title\n      kind\n      host { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n      partners { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorBreadcrumb_actor on Actor {\n    id\n    name\n    kind\n    collectivityLevel\n    parent {\n      id name kind collectivityLevel\n      parent {\n        id name kind collectivityLevel\n        parent {\n          id name kind collectivityLevel\n          parent { id name kind collectivityLevel }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorBreadcrumb_actor on Actor {\n    id\n    name\n    kind\n    collectivityLevel\n    parent {\n      id name kind collectivityLevel\n      parent {\n        id name kind collectivityLevel\n        parent {\n          id name kind collectivityLevel\n          parent { id name kind collectivityLevel }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorChildren_actor on Actor {\n    id\n    children(first: 20) { id name kind collectivityLevel }\n  }\n"): (typeof documents)["\n  fragment ActorChildren_actor on Actor {\n    id\n    children(first: 20) { id name kind collectivityLevel }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorContacts_actor on Actor {\n    contacts { id displayName jobTitle roles email phone }\n  }\n"): (typeof documents)["\n  fragment ActorContacts_actor on Actor {\n    contacts { id displayName jobTitle roles email phone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorIdentifiers_actor on Actor {\n    id\n    name\n    verifiedBy\n    verifiedAt\n    identifiers { insee siren rnsr uai ror }\n    source { name url license retrievedOn }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ActorIdentifiers_actor on Actor {\n    id\n    name\n    verifiedBy\n    verifiedAt\n    identifiers { insee siren rnsr uai ror }\n    source { name url license retrievedOn }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorIdentity_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    website\n    archivedAt\n    territory { communeName epciName departmentName departmentCode regionName regionCode }\n    location { latitude longitude precision }\n  }\n"): (typeof documents)["\n  fragment ActorIdentity_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    website\n    archivedAt\n    territory { communeName epciName departmentName departmentCode regionName regionCode }\n    location { latitude longitude precision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorOpportunities_actor on Actor {\n    id\n    opportunities(statuses: $opportunityStatuses) {\n      id\n      title\n      kind\n      status\n      deadline\n      host { id name }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorOpportunities_actor on Actor {\n    id\n    opportunities(statuses: $opportunityStatuses) {\n      id\n      title\n      kind\n      status\n      deadline\n      host { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage($id: ID!, $opportunityStatuses: [OpportunityStatus!]) {\n    actor(id: $id) {\n      id\n      name\n      mergedInto { id name }\n      ...ActorBreadcrumb_actor\n      ...ActorIdentity_actor\n      ...ActorIdentifiers_actor\n      ...ActorChildren_actor\n      ...ActorContacts_actor\n      ...ActorOpportunities_actor\n      ...ActorPartnerships_actor\n    }\n    childCount: actors(filter: { parentId: $id }, first: 1) { totalCount }\n    ...ActorPartnerships_query\n  }\n"): (typeof documents)["\n  query ActorPage($id: ID!, $opportunityStatuses: [OpportunityStatus!]) {\n    actor(id: $id) {\n      id\n      name\n      mergedInto { id name }\n      ...ActorBreadcrumb_actor\n      ...ActorIdentity_actor\n      ...ActorIdentifiers_actor\n      ...ActorChildren_actor\n      ...ActorContacts_actor\n      ...ActorOpportunities_actor\n      ...ActorPartnerships_actor\n    }\n    childCount: actors(filter: { parentId: $id }, first: 1) { totalCount }\n    ...ActorPartnerships_query\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorPartnerships_actor on Actor {\n    partnerships {\n      id\n      intensity\n      startedOn\n      note\n      partner { id name kind }\n      tool { slug title }\n    }\n  }\n"): (typeof documents)["\n  fragment ActorPartnerships_actor on Actor {\n    partnerships {\n      id\n      intensity\n      startedOn\n      note\n      partner { id name kind }\n      tool { slug title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorPartnerships_query on Query {\n    intensityLevels { level title titleEn }\n  }\n"): (typeof documents)["\n  fragment ActorPartnerships_query on Query {\n    intensityLevels { level title titleEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactCard_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    organization { id name }\n    territory { communeName departmentName departmentCode regionName }\n    verifiedBy\n    verifiedAt\n  }\n"): (typeof documents)["\n  fragment ContactCard_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    organization { id name }\n    territory { communeName departmentName departmentCode regionName }\n    verifiedBy\n    verifiedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsPage($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...ContactCard_contact }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ContactsPage($filter: ContactFilter, $first: Int!, $after: String) {\n    contacts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...ContactCard_contact }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeActor($input: CreateActorInput!, $note: String) { proposeActor(input: $input, note: $note) { id status } }\n"): (typeof documents)["\n  mutation ProposeActor($input: CreateActorInput!, $note: String) { proposeActor(input: $input, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeActorCorrection($id: ID!, $input: UpdateActorInput!, $note: String) { proposeActorCorrection(id: $id, input: $input, note: $note) { id status } }\n"): (typeof documents)["\n  mutation ProposeActorCorrection($id: ID!, $input: UpdateActorInput!, $note: String) { proposeActorCorrection(id: $id, input: $input, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeOpportunity($input: CreateOpportunityInput!, $note: String) { proposeOpportunity(input: $input, note: $note) { id status } }\n"): (typeof documents)["\n  mutation ProposeOpportunity($input: CreateOpportunityInput!, $note: String) { proposeOpportunity(input: $input, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeOpportunityCorrection($id: ID!, $input: UpdateOpportunityInput!, $note: String) {\n    proposeOpportunityCorrection(id: $id, input: $input, note: $note) { id status }\n  }\n"): (typeof documents)["\n  mutation ProposeOpportunityCorrection($id: ID!, $input: UpdateOpportunityInput!, $note: String) {\n    proposeOpportunityCorrection(id: $id, input: $input, note: $note) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeContact($input: CreateContactInput!, $note: String) { proposeContact(input: $input, note: $note) { id status } }\n"): (typeof documents)["\n  mutation ProposeContact($input: CreateContactInput!, $note: String) { proposeContact(input: $input, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeContactCorrection($id: ID!, $input: UpdateContactInput!, $note: String) { proposeContactCorrection(id: $id, input: $input, note: $note) { id status } }\n"): (typeof documents)["\n  mutation ProposeContactCorrection($id: ID!, $input: UpdateContactInput!, $note: String) { proposeContactCorrection(id: $id, input: $input, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContributions {\n    myActorProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id name } }\n    }\n    myOpportunityProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id title } }\n    }\n    myContactProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query MyContributions {\n    myActorProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id name } }\n    }\n    myOpportunityProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id title } }\n    }\n    myContactProposals(first: 200) {\n      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorForm_actor on Actor {\n    id\n    version\n    kind\n    collectivityLevel\n    name\n    acronym\n    description\n    themes\n    website\n    archivedAt\n    identifiers { insee siren rnsr uai ror }\n    territory { regionCode departmentCode communeCode communeName }\n    parent { id name kind }\n  }\n"): (typeof documents)["\n  fragment ActorForm_actor on Actor {\n    id\n    version\n    kind\n    collectivityLevel\n    name\n    acronym\n    description\n    themes\n    website\n    archivedAt\n    identifiers { insee siren rnsr uai ror }\n    territory { regionCode departmentCode communeCode communeName }\n    parent { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorEditor($id: ID!) {\n    actor(id: $id) { id ...ActorForm_actor }\n  }\n"): (typeof documents)["\n  query ActorEditor($id: ID!) {\n    actor(id: $id) { id ...ActorForm_actor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActor($input: CreateActorInput!) {\n    createActor(input: $input) { id ...ActorForm_actor }\n  }\n"): (typeof documents)["\n  mutation CreateActor($input: CreateActorInput!) {\n    createActor(input: $input) { id ...ActorForm_actor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) {\n    updateActor(id: $id, input: $input) { id ...ActorForm_actor }\n  }\n"): (typeof documents)["\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) {\n    updateActor(id: $id, input: $input) { id ...ActorForm_actor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveActor($id: ID!) {\n    archiveActor(id: $id) { id archivedAt }\n  }\n"): (typeof documents)["\n  mutation ArchiveActor($id: ID!) {\n    archiveActor(id: $id) { id archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    lastVerifiedOn\n    archivedAt\n    organization { id name kind }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n"): (typeof documents)["\n  fragment ContactForm_contact on Contact {\n    id\n    version\n    displayName\n    jobTitle\n    roles\n    themes\n    email\n    phone\n    lastVerifiedOn\n    archivedAt\n    organization { id name kind }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactEditor($id: ID!) {\n    contact(id: $id) { id ...ContactForm_contact }\n  }\n"): (typeof documents)["\n  query ContactEditor($id: ID!) {\n    contact(id: $id) { id ...ContactForm_contact }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id ...ContactForm_contact }\n  }\n"): (typeof documents)["\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) { id ...ContactForm_contact }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id ...ContactForm_contact }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) { id ...ContactForm_contact }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) { id archivedAt }\n  }\n"): (typeof documents)["\n  mutation ArchiveContact($id: ID!) {\n    archiveContact(id: $id) { id archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSearch($search: String!) {\n    actors(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id name acronym kind collectivityLevel territory { communeName departmentName } }\n    }\n    opportunities(filter: { search: $search, statuses: [DRAFT, OPEN, CLOSED, FILLED] }, first: 10) {\n      totalCount\n      nodes { id title kind status host { id name } }\n    }\n    contacts(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id displayName jobTitle organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query EditSearch($search: String!) {\n    actors(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id name acronym kind collectivityLevel territory { communeName departmentName } }\n    }\n    opportunities(filter: { search: $search, statuses: [DRAFT, OPEN, CLOSED, FILLED] }, first: 10) {\n      totalCount\n      nodes { id title kind status host { id name } }\n    }\n    contacts(filter: { search: $search }, first: 10) {\n      totalCount\n      nodes { id displayName jobTitle organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorDesk {\n    actorProposals(first: 0) { totalCount }\n    opportunityProposals(first: 0) { totalCount }\n    contactProposals(first: 0) { totalCount }\n    staleActors(first: 5) { totalCount nodes { id name verifiedAt source { retrievedOn } } }\n    staleOpportunities(first: 5) { totalCount nodes { id title verifiedAt source { retrievedOn } } }\n    staleContacts(first: 5) { totalCount nodes { id displayName verifiedAt source { retrievedOn } } }\n  }\n"): (typeof documents)["\n  query EditorDesk {\n    actorProposals(first: 0) { totalCount }\n    opportunityProposals(first: 0) { totalCount }\n    contactProposals(first: 0) { totalCount }\n    staleActors(first: 5) { totalCount nodes { id name verifiedAt source { retrievedOn } } }\n    staleOpportunities(first: 5) { totalCount nodes { id title verifiedAt source { retrievedOn } } }\n    staleContacts(first: 5) { totalCount nodes { id displayName verifiedAt source { retrievedOn } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyActor($id: ID!) { verifyActor(id: $id) { id verifiedAt verifiedBy stale } }"): (typeof documents)["mutation VerifyActor($id: ID!) { verifyActor(id: $id) { id verifiedAt verifiedBy stale } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyOpportunity($id: ID!) { verifyOpportunity(id: $id) { id verifiedAt verifiedBy stale } }"): (typeof documents)["mutation VerifyOpportunity($id: ID!) { verifyOpportunity(id: $id) { id verifiedAt verifiedBy stale } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyContact($id: ID!) { verifyContact(id: $id) { id verifiedAt verifiedBy stale } }"): (typeof documents)["mutation VerifyContact($id: ID!) { verifyContact(id: $id) { id verifiedAt verifiedBy stale } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment History_revision on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    at\n    author { id name }\n    changes { field before after }\n    revertedTo\n  }\n"): (typeof documents)["\n  fragment History_revision on Revision {\n    id\n    entityType\n    entityId\n    version\n    action\n    at\n    author { id name }\n    changes { field before after }\n    revertedTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorHistory($id: ID!) { actor(id: $id) { id version history { ...History_revision } } }\n"): (typeof documents)["\n  query ActorHistory($id: ID!) { actor(id: $id) { id version history { ...History_revision } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityHistory($id: ID!) { opportunity(id: $id) { id version history { ...History_revision } } }\n"): (typeof documents)["\n  query OpportunityHistory($id: ID!) { opportunity(id: $id) { id version history { ...History_revision } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactHistory($id: ID!) { contact(id: $id) { id version history { ...History_revision } } }\n"): (typeof documents)["\n  query ContactHistory($id: ID!) { contact(id: $id) { id version history { ...History_revision } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertActor($id: ID!, $version: Int!, $expectedVersion: Int) { revertActor(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n"): (typeof documents)["\n  mutation RevertActor($id: ID!, $version: Int!, $expectedVersion: Int) { revertActor(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertOpportunity($id: ID!, $version: Int!, $expectedVersion: Int) {\n    revertOpportunity(id: $id, version: $version, expectedVersion: $expectedVersion) { id version }\n  }\n"): (typeof documents)["\n  mutation RevertOpportunity($id: ID!, $version: Int!, $expectedVersion: Int) {\n    revertOpportunity(id: $id, version: $version, expectedVersion: $expectedVersion) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertContact($id: ID!, $version: Int!, $expectedVersion: Int) { revertContact(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n"): (typeof documents)["\n  mutation RevertContact($id: ID!, $version: Int!, $expectedVersion: Int) { revertContact(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditJournal($filter: RevisionFilter, $first: Int!) {\n    actorsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    opportunitiesJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    contactsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n  }\n"): (typeof documents)["\n  query EditJournal($filter: RevisionFilter, $first: Int!) {\n    actorsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    opportunitiesJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n    contactsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue {\n    actorProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id name } }\n    }\n    opportunityProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id title } }\n    }\n    contactProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue {\n    actorProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id name } }\n    }\n    opportunityProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id title } }\n    }\n    contactProposals(first: 100) {\n      totalCount\n      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptActorProposal($id: ID!, $create: CreateActorInput, $update: UpdateActorInput, $expectedVersion: Int) {\n    acceptActorProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n"): (typeof documents)["\n  mutation AcceptActorProposal($id: ID!, $create: CreateActorInput, $update: UpdateActorInput, $expectedVersion: Int) {\n    acceptActorProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOpportunityProposal($id: ID!, $create: CreateOpportunityInput, $update: UpdateOpportunityInput, $expectedVersion: Int) {\n    acceptOpportunityProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n"): (typeof documents)["\n  mutation AcceptOpportunityProposal($id: ID!, $create: CreateOpportunityInput, $update: UpdateOpportunityInput, $expectedVersion: Int) {\n    acceptOpportunityProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptContactProposal($id: ID!, $create: CreateContactInput, $update: UpdateContactInput, $expectedVersion: Int) {\n    acceptContactProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id displayName } }\n  }\n"): (typeof documents)["\n  mutation AcceptContactProposal($id: ID!, $create: CreateContactInput, $update: UpdateContactInput, $expectedVersion: Int) {\n    acceptContactProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectActorProposal($id: ID!, $reason: String!) { rejectActorProposal(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectActorProposal($id: ID!, $reason: String!) { rejectActorProposal(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectOpportunityProposal($id: ID!, $reason: String!) { rejectOpportunityProposal(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectOpportunityProposal($id: ID!, $reason: String!) { rejectOpportunityProposal(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectContactProposal($id: ID!, $reason: String!) { rejectContactProposal(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectContactProposal($id: ID!, $reason: String!) { rejectContactProposal(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    kind\n    status\n    title\n    description\n    themes\n    placeName\n    startsOn\n    deadline\n    durationMonths\n    remuneration\n    contractType\n    missions\n    profile\n    howToApply\n    applyUrl\n    archivedAt\n    host { id name kind }\n    partners { id name kind }\n    tool { slug }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n"): (typeof documents)["\n  fragment OpportunityForm_opportunity on Opportunity {\n    id\n    version\n    kind\n    status\n    title\n    description\n    themes\n    placeName\n    startsOn\n    deadline\n    durationMonths\n    remuneration\n    contractType\n    missions\n    profile\n    howToApply\n    applyUrl\n    archivedAt\n    host { id name kind }\n    partners { id name kind }\n    tool { slug }\n    territory { regionCode departmentCode communeCode communeName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityEditor($id: ID!) {\n    opportunity(id: $id) { id ...OpportunityForm_opportunity }\n  }\n"): (typeof documents)["\n  query OpportunityEditor($id: ID!) {\n    opportunity(id: $id) { id ...OpportunityForm_opportunity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) { id ...OpportunityForm_opportunity }\n  }\n"): (typeof documents)["\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) { id ...OpportunityForm_opportunity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) { id ...OpportunityForm_opportunity }\n  }\n"): (typeof documents)["\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) { id ...OpportunityForm_opportunity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOpportunity($id: ID!) {\n    archiveOpportunity(id: $id) { id archivedAt }\n  }\n"): (typeof documents)["\n  mutation ArchiveOpportunity($id: ID!) {\n    archiveOpportunity(id: $id) { id archivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Partnerships_partnership on Partnership {\n    id\n    intensity\n    startedOn\n    note\n    partner { id name }\n    tool { slug title }\n  }\n"): (typeof documents)["\n  fragment Partnerships_partnership on Partnership {\n    id\n    intensity\n    startedOn\n    note\n    partner { id name }\n    tool { slug title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPartnerships($id: ID!) {\n    actor(id: $id) {\n      id\n      partnerships { id ...Partnerships_partnership }\n    }\n    intensityLevels { level title titleEn }\n  }\n"): (typeof documents)["\n  query ActorPartnerships($id: ID!) {\n    actor(id: $id) {\n      id\n      partnerships { id ...Partnerships_partnership }\n    }\n    intensityLevels { level title titleEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { id ...Partnerships_partnership }\n  }\n"): (typeof documents)["\n  mutation AddPartnership($input: AddPartnershipInput!) {\n    addPartnership(input: $input) { id ...Partnerships_partnership }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePartnership($id: ID!) {\n    removePartnership(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePartnership($id: ID!) {\n    removePartnership(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($input: ActorDuplicateProbe!) {\n    possibleDuplicates(input: $input) {\n      reason\n      identifier\n      score\n      blocking\n      actor { id name kind territory { communeName departmentName } }\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($input: ActorDuplicateProbe!) {\n    possibleDuplicates(input: $input) {\n      reason\n      identifier\n      score\n      blocking\n      actor { id name kind territory { communeName departmentName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMergeSides($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n    b: contact(id: $b) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n  }\n"): (typeof documents)["\n  query ContactMergeSides($a: ID!, $b: ID!) {\n    a: contact(id: $a) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n    b: contact(id: $b) {\n      id displayName jobTitle roles email phone version archivedAt\n      mergedInto { id displayName }\n      organization { id name }\n      territory { communeName departmentName regionName }\n      source { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMergeSearch($search: String!) {\n    contacts(filter: { search: $search }, first: 8) { nodes { id displayName jobTitle organization { name } } }\n  }\n"): (typeof documents)["\n  query ContactMergeSearch($search: String!) {\n    contacts(filter: { search: $search }, first: 8) { nodes { id displayName jobTitle organization { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) { alreadyMerged survivor { id displayName version } merged { id archivedAt } }\n  }\n"): (typeof documents)["\n  mutation MergeContacts($input: MergeContactsInput!) {\n    mergeContacts(input: $input) { alreadyMerged survivor { id displayName version } merged { id archivedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeSides($a: ID!, $b: ID!) {\n    a: actor(id: $a) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n    b: actor(id: $b) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n  }\n"): (typeof documents)["\n  query MergeSides($a: ID!, $b: ID!) {\n    a: actor(id: $a) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n    b: actor(id: $b) {\n      id name acronym description kind collectivityLevel website themes version archivedAt\n      mergedInto { id name }\n      identifiers { insee siren rnsr uai ror }\n      territory { communeName departmentName regionName }\n      parent { id name }\n      source { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeActors($input: MergeActorsInput!) {\n    mergeActors(input: $input) {\n      survivor { id name version }\n      merged { id version archivedAt mergedInto { id } }\n      merge {\n        alreadyMerged childrenMoved partnershipsMoved affiliationsMoved targetsMoved\n        opportunities { opportunitiesMoved researchNeedsMoved remaining }\n        contacts { contactsMoved remaining }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeActors($input: MergeActorsInput!) {\n    mergeActors(input: $input) {\n      survivor { id name version }\n      merged { id version archivedAt mergedInto { id } }\n      merge {\n        alreadyMerged childrenMoved partnershipsMoved affiliationsMoved targetsMoved\n        opportunities { opportunitiesMoved researchNeedsMoved remaining }\n        contacts { contactsMoved remaining }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorPicker_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode departmentCode departmentName communeCode communeName }\n  }\n"): (typeof documents)["\n  fragment ActorPicker_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    territory { regionCode departmentCode departmentName communeCode communeName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPicker($filter: ActorFilter!) {\n    actors(filter: $filter, first: 8) {\n      totalCount\n      nodes { id ...ActorPicker_actor }\n    }\n  }\n"): (typeof documents)["\n  query ActorPicker($filter: ActorFilter!) {\n    actors(filter: $filter, first: 8) {\n      totalCount\n      nodes { id ...ActorPicker_actor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 50) {\n      nodes { id name territory { regionCode } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name territory { regionCode departmentCode } }\n    }\n  }\n"): (typeof documents)["\n  query TerritoryOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 50) {\n      nodes { id name territory { regionCode } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name territory { regionCode departmentCode } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToolOptions {\n    partnershipTools { slug title family intensities }\n    toolFamilies { family title titleEn }\n  }\n"): (typeof documents)["\n  query ToolOptions {\n    partnershipTools { slug title family intensities }\n    toolFamilies { family title titleEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorMyTarget($id: ID!) { actor(id: $id) { id archivedAt myTarget { id } } }\n"): (typeof documents)["\n  query ActorMyTarget($id: ID!) { actor(id: $id) { id archivedAt myTarget { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTargets($orderBy: WorkspaceTargetOrder) {\n    myTargets(orderBy: $orderBy) {\n      id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt\n      actor { id name acronym territory { communeName departmentName } }\n      recommendedTool { slug title }\n      nextTools { slug title }\n    }\n    intensityLevels { level title titleEn }\n  }\n"): (typeof documents)["\n  query MyTargets($orderBy: WorkspaceTargetOrder) {\n    myTargets(orderBy: $orderBy) {\n      id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt\n      actor { id name acronym territory { communeName departmentName } }\n      recommendedTool { slug title }\n      nextTools { slug title }\n    }\n    intensityLevels { level title titleEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkspaceTarget($input: AddWorkspaceTargetInput!) {\n    addWorkspaceTarget(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddWorkspaceTarget($input: AddWorkspaceTargetInput!) {\n    addWorkspaceTarget(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspaceTarget($id: ID!, $input: UpdateWorkspaceTargetInput!) {\n    updateWorkspaceTarget(id: $id, input: $input) { id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt recommendedTool { slug title } nextTools { slug title } }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkspaceTarget($id: ID!, $input: UpdateWorkspaceTargetInput!) {\n    updateWorkspaceTarget(id: $id, input: $input) { id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt recommendedTool { slug title } nextTools { slug title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWorkspaceTarget($id: ID!) { removeWorkspaceTarget(id: $id) }\n"): (typeof documents)["\n  mutation RemoveWorkspaceTarget($id: ID!) { removeWorkspaceTarget(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) { nodes { id name acronym territory { communeName departmentName } } }\n  }\n"): (typeof documents)["\n  query TargetActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) { nodes { id name acronym territory { communeName departmentName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetActorById($id: ID!) { actor(id: $id) { id name archivedAt } }\n"): (typeof documents)["\n  query TargetActorById($id: ID!) { actor(id: $id) { id name archivedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPageLocations($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!, $limit: Int!) {\n    others: actorLocations(filter: $others, limit: $limit) @include(if: $withOthers) { id kind collectivityLevel name latitude longitude }\n    collectivities: actorLocations(filter: $collectivities, limit: $limit) @include(if: $withCollectivities) { id kind collectivityLevel name latitude longitude }\n  }\n"): (typeof documents)["\n  query MapPageLocations($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!, $limit: Int!) {\n    others: actorLocations(filter: $others, limit: $limit) @include(if: $withOthers) { id kind collectivityLevel name latitude longitude }\n    collectivities: actorLocations(filter: $collectivities, limit: $limit) @include(if: $withCollectivities) { id kind collectivityLevel name latitude longitude }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPageActorCounts($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!) {\n    others: actorCountsByDepartment(filter: $others) @include(if: $withOthers) { code count }\n    collectivities: actorCountsByDepartment(filter: $collectivities) @include(if: $withCollectivities) { code count }\n  }\n"): (typeof documents)["\n  query MapPageActorCounts($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!) {\n    others: actorCountsByDepartment(filter: $others) @include(if: $withOthers) { code count }\n    collectivities: actorCountsByDepartment(filter: $collectivities) @include(if: $withCollectivities) { code count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPageOpportunityCounts($filter: OpportunityFilter) {\n    opportunityCountsByDepartment(filter: $filter) { code count }\n  }\n"): (typeof documents)["\n  query MapPageOpportunityCounts($filter: OpportunityFilter) {\n    opportunityCountsByDepartment(filter: $filter) { code count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPagePlace($filter: ActorFilter!) {\n    actors(filter: $filter, first: 1) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        location { latitude longitude }\n        territory { regionCode departmentCode departmentName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapPagePlace($filter: ActorFilter!) {\n    actors(filter: $filter, first: 1) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        location { latitude longitude }\n        territory { regionCode departmentCode departmentName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPageOpportunities($filter: OpportunityFilter!, $first: Int!) {\n    opportunities(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapOpportunityItem_opportunity }\n    }\n  }\n"): (typeof documents)["\n  query MapPageOpportunities($filter: OpportunityFilter!, $first: Int!) {\n    opportunities(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapOpportunityItem_opportunity }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPageContacts($filter: ContactFilter!, $first: Int!) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapContactItem_contact }\n    }\n  }\n"): (typeof documents)["\n  query MapPageContacts($filter: ContactFilter!, $first: Int!) {\n    contacts(filter: $filter, first: $first) {\n      totalCount\n      nodes { id ...MapContactItem_contact }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapOpportunityItem_opportunity on Opportunity {\n    id\n    title\n    kind\n    deadline\n    host { id name }\n    territory { communeName }\n  }\n"): (typeof documents)["\n  fragment MapOpportunityItem_opportunity on Opportunity {\n    id\n    title\n    kind\n    deadline\n    host { id name }\n    territory { communeName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapContactItem_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    organization { id name }\n  }\n"): (typeof documents)["\n  fragment MapContactItem_contact on Contact {\n    id\n    displayName\n    jobTitle\n    roles\n    organization { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoryPickerPlaces($search: String!) {\n    actors(filter: { search: $search, collectivityLevels: [EPCI, COMMUNE] }, first: 8) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        identifiers { insee siren }\n        territory { epciCode communeCode departmentCode departmentName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TerritoryPickerPlaces($search: String!) {\n    actors(filter: { search: $search, collectivityLevels: [EPCI, COMMUNE] }, first: 8) {\n      nodes {\n        id\n        name\n        collectivityLevel\n        identifiers { insee siren }\n        territory { epciCode communeCode departmentCode departmentName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishResearchNeed($input: PublishResearchNeedInput!) {\n    publishResearchNeed(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PublishResearchNeed($input: PublishResearchNeedInput!) {\n    publishResearchNeed(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchNeedRequesterSearch($search: String!) {\n    actors(filter: { search: $search, kinds: [COLLECTIVITY, ASSOCIATION, PUBLIC_BODY] }, first: 8) {\n      nodes { id name kind territory { departmentCode } }\n    }\n  }\n"): (typeof documents)["\n  query ResearchNeedRequesterSearch($search: String!) {\n    actors(filter: { search: $search, kinds: [COLLECTIVITY, ASSOCIATION, PUBLIC_BODY] }, first: 8) {\n      nodes { id name kind territory { departmentCode } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchNeedTools { partnershipTools { slug title } }\n"): (typeof documents)["\n  query ResearchNeedTools { partnershipTools { slug title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchNeedDetail($id: ID!, $onlyOpen: Boolean) {\n    researchNeed(id: $id) {\n      id title question themes ercPanels horizon status version\n      requester { id name }\n      territory { communeName departmentName regionName }\n      tools { slug title }\n      opportunity { id title }\n      suggestedActors(first: 10, onlyOpen: $onlyOpen) {\n        score\n        actor { id name kind openToPartnerships territory { communeName } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n      suggestedContacts(first: 10) {\n        score\n        contact { id displayName jobTitle roles email phone organization { id name } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResearchNeedDetail($id: ID!, $onlyOpen: Boolean) {\n    researchNeed(id: $id) {\n      id title question themes ercPanels horizon status version\n      requester { id name }\n      territory { communeName departmentName regionName }\n      tools { slug title }\n      opportunity { id title }\n      suggestedActors(first: 10, onlyOpen: $onlyOpen) {\n        score\n        actor { id name kind openToPartnerships territory { communeName } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n      suggestedContacts(first: 10) {\n        score\n        contact { id displayName jobTitle roles email phone organization { id name } }\n        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnResearchNeedIntoOpportunity($id: ID!, $input: TurnResearchNeedIntoOpportunityInput!) {\n    turnResearchNeedIntoOpportunity(id: $id, input: $input) {\n      researchNeed { id status version opportunity { id title } }\n      opportunity { id }\n    }\n  }\n"): (typeof documents)["\n  mutation TurnResearchNeedIntoOpportunity($id: ID!, $input: TurnResearchNeedIntoOpportunityInput!) {\n    turnResearchNeedIntoOpportunity(id: $id, input: $input) {\n      researchNeed { id status version opportunity { id title } }\n      opportunity { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchNeedsList($filter: ResearchNeedFilter, $first: Int, $after: String) {\n    researchNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id title themes horizon status publishedAt\n        requester { id name }\n        territory { communeName departmentName regionName }\n        tools { slug title }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ResearchNeedsList($filter: ResearchNeedFilter, $first: Int, $after: String) {\n    researchNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes {\n        id title themes horizon status publishedAt\n        requester { id name }\n        territory { communeName departmentName regionName }\n        tools { slug title }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPartnershipOpenness($id: ID!) { actor(id: $id) { id version openToPartnerships } }\n"): (typeof documents)["\n  query ActorPartnershipOpenness($id: ID!) { actor(id: $id) { id version openToPartnerships } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnershipOpenness($id: ID!, $open: Boolean, $expectedVersion: Int) {\n    setPartnershipOpenness(id: $id, open: $open, expectedVersion: $expectedVersion) { id version openToPartnerships }\n  }\n"): (typeof documents)["\n  mutation SetPartnershipOpenness($id: ID!, $open: Boolean, $expectedVersion: Int) {\n    setPartnershipOpenness(id: $id, open: $open, expectedVersion: $expectedVersion) { id version openToPartnerships }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkTerritory($regionCode: String, $departmentCode: String, $withCollectivities: Boolean!, $withCommunes: Boolean!) {\n    organisations: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [LAB, UNIVERSITY, ASSOCIATION, SATT, POLE, PUBLIC_BODY, COMPANY] }\n      first: 1000\n    ) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    collectivities: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [REGION, DEPARTMENT, EPCI] }\n      first: 1000\n    ) @include(if: $withCollectivities) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    communes: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [COMMUNE] }\n      first: 1000\n    ) @include(if: $withCommunes) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n  }\n"): (typeof documents)["\n  query NetworkTerritory($regionCode: String, $departmentCode: String, $withCollectivities: Boolean!, $withCommunes: Boolean!) {\n    organisations: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [LAB, UNIVERSITY, ASSOCIATION, SATT, POLE, PUBLIC_BODY, COMPANY] }\n      first: 1000\n    ) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    collectivities: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [REGION, DEPARTMENT, EPCI] }\n      first: 1000\n    ) @include(if: $withCollectivities) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n    communes: actors(\n      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [COMMUNE] }\n      first: 1000\n    ) @include(if: $withCommunes) {\n      totalCount\n      nodes { id ...NetworkGraph_actor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunitiesBoard($filter: OpportunityFilter, $first: Int, $after: String) {\n    opportunities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id deadline ...OpportunityCard_opportunity }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OpportunitiesBoard($filter: OpportunityFilter, $first: Int, $after: String) {\n    opportunities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id deadline ...OpportunityCard_opportunity }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityCard_opportunity on Opportunity {\n    id\n    kind\n    status\n    title\n    deadline\n    placeName\n    host { id name }\n    territory { communeName departmentName regionName }\n    tool { slug title }\n  }\n"): (typeof documents)["\n  fragment OpportunityCard_opportunity on Opportunity {\n    id\n    kind\n    status\n    title\n    deadline\n    placeName\n    host { id name }\n    territory { communeName departmentName regionName }\n    tool { slug title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id kind status title description themes placeName startsOn deadline durationMonths remuneration contractType\n      missions profile howToApply applyUrl publishedAt\n      host { id name }\n      partners { id name }\n      tool { slug title summary }\n      territory { communeName departmentName regionName }\n      source { name url license retrievedOn }\n      verifiedBy\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  query OpportunityDetail($id: ID!) {\n    opportunity(id: $id) {\n      id kind status title description themes placeName startsOn deadline durationMonths remuneration contractType\n      missions profile howToApply applyUrl publishedAt\n      host { id name }\n      partners { id name }\n      tool { slug title summary }\n      territory { communeName departmentName regionName }\n      source { name url license retrievedOn }\n      verifiedBy\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($filter: ActorFilter, $first: Int!, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...SearchResult_actor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($filter: ActorFilter, $first: Int!, $after: String) {\n    actors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { id ...SearchResult_actor }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPageParent($id: ID!) {\n    actor(id: $id) { id name }\n  }\n"): (typeof documents)["\n  query SearchPageParent($id: ID!) {\n    actor(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResult_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    territory { communeName departmentName departmentCode regionName }\n  }\n"): (typeof documents)["\n  fragment SearchResult_actor on Actor {\n    id\n    name\n    acronym\n    kind\n    collectivityLevel\n    description\n    themes\n    territory { communeName departmentName departmentCode regionName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextStepsTools($current: Int!) {\n    nextPartnershipTools(currentIntensity: $current) { slug ...ToolCard_tool }\n  }\n"): (typeof documents)["\n  query NextStepsTools($current: Int!) {\n    nextPartnershipTools(currentIntensity: $current) { slug ...ToolCard_tool }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextStepsActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) {\n      nodes { id name kind territory { communeName departmentName } }\n    }\n  }\n"): (typeof documents)["\n  query NextStepsActorSearch($search: String!) {\n    actors(filter: { search: $search }, first: 8) {\n      nodes { id name kind territory { communeName departmentName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextStepsActorName($id: ID!) {\n    actor(id: $id) { id name }\n  }\n"): (typeof documents)["\n  query NextStepsActorName($id: ID!) {\n    actor(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextStepsPair($a: ID!) {\n    actor(id: $a) {\n      id\n      name\n      partnerships { id intensity partner { id name } tool { slug title } }\n    }\n  }\n"): (typeof documents)["\n  query NextStepsPair($a: ID!) {\n    actor(id: $a) {\n      id\n      name\n      partnerships { id intensity partner { id name } tool { slug title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ToolCard_tool on PartnershipTool {\n    slug\n    title\n    summary\n    intensities\n  }\n"): (typeof documents)["\n  fragment ToolCard_tool on PartnershipTool {\n    slug\n    title\n    summary\n    intensities\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToolFiche($slug: ID!) {\n    partnershipTool(slug: $slug) {\n      slug family title summary objective intensities interestForCollectivity interestForResearch process examples links\n      source { name url license retrievedOn }\n      opportunities(statuses: [OPEN, CLOSED, FILLED]) { id ...OpportunityCard_opportunity }\n    }\n    toolFamilies { family title titleEn }\n    intensityLevels { level title titleEn }\n  }\n"): (typeof documents)["\n  query ToolFiche($slug: ID!) {\n    partnershipTool(slug: $slug) {\n      slug family title summary objective intensities interestForCollectivity interestForResearch process examples links\n      source { name url license retrievedOn }\n      opportunities(statuses: [OPEN, CLOSED, FILLED]) { id ...OpportunityCard_opportunity }\n    }\n    toolFamilies { family title titleEn }\n    intensityLevels { level title titleEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToolboxOverview {\n    toolFamilies { family title titleEn description descriptionEn }\n    intensityLevels { level title titleEn description descriptionEn }\n  }\n"): (typeof documents)["\n  query ToolboxOverview {\n    toolFamilies { family title titleEn description descriptionEn }\n    intensityLevels { level title titleEn description descriptionEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToolboxTools($family: ToolFamily, $intensity: Int) {\n    partnershipTools(family: $family, intensity: $intensity) {\n      slug\n      family\n      source { name license retrievedOn }\n      ...ToolCard_tool\n    }\n  }\n"): (typeof documents)["\n  query ToolboxTools($family: ToolFamily, $intensity: Int) {\n    partnershipTools(family: $family, intensity: $intensity) {\n      slug\n      family\n      source { name license retrievedOn }\n      ...ToolCard_tool\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritorySelectsOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 100) {\n      nodes { id name identifiers { insee } territory { regionName } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name identifiers { insee } territory { regionCode departmentName } }\n    }\n  }\n"): (typeof documents)["\n  query TerritorySelectsOptions {\n    regions: actors(filter: { collectivityLevels: [REGION] }, first: 100) {\n      nodes { id name identifiers { insee } territory { regionName } }\n    }\n    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {\n      nodes { id name identifiers { insee } territory { regionCode departmentName } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;