/** The list's URL parameters as the API's `ResearchNeedFilter` (the same object alerts save). */
import type { ResearchNeedFilter, ResearchNeedStatus } from '../../gql/graphql';

export function needFilterFromParams(params: URLSearchParams): ResearchNeedFilter {
  const statuses: ResearchNeedStatus[] = params.get('devenus') === '1' ? ['OPEN', 'TURNED_INTO_OPPORTUNITY'] : ['OPEN'];
  const theme = params.get('theme')?.trim();
  const search = params.get('q')?.trim();
  return {
    statuses,
    ...(params.get('region') ? { regionCode: params.get('region') } : {}),
    ...(params.get('departement') ? { departmentCode: params.get('departement') } : {}),
    ...(theme ? { themes: [theme] } : {}),
    ...(search ? { search } : {}),
  };
}

