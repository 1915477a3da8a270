/**
 * The SQL of the actors suggested for research needs: one statement for every need of a level,
 * ranking included (window function), so the order is decided in one place and is deterministic.
 */
import { MATCH_WEIGHTS } from '@ecosystem/common';
import type { DataSource } from 'typeorm';

export interface NeedForMatching {
  id: string;
  themes: string[];
  ercPanels: string[];
  regionCode: string | null;
  departmentCode: string | null;
  communeCode: string | null;
  requesterId: string | null;
}

export interface ActorMatchOptions {
  kinds: string[];
  first: number;
  onlyOpen: boolean;
}

export interface ActorMatchRow {
  needId: string;
  actorId: string;
  sharedThemes: string[];
  sharedPanels: string[];
  km: number | null;
  distanceWeight: number;
  partnerName: string | null;
  intensity: number | null;
  partnerIsRequester: boolean | null;
  open: boolean | null;
  score: number;
}

const W = MATCH_WEIGHTS;

/**
 * The need's point: the centre of its commune, else its requester's location, else the chef-lieu
 * of its département (seeded collectivités carry `commune:` and `departement:` refs).
 * A candidate is a live actor of the asked kinds, other than the requester, that did not say it is
 * closed, sharing a theme or an ERC panel (`erc_panel_codes`, generated from the RNSR importer's
 * `erc <code> …` themes) with the need, or already a partner of the requester. Its score is the sum
 * of the reasons' weights (MATCH_WEIGHTS), each rounded as the API shows it. Candidates are ranked
 * on numbers only; the shared themes and panels the explanations list are computed for the kept rows.
 */
const SQL = `
WITH need AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb)
    AS x(id text, themes text[], erc_panels text[], region_code text, department_code text, commune_code text, requester_id uuid)
), placed AS (
  SELECT n.*, COALESCE(c.latitude, r.latitude, d.latitude) AS lat, COALESCE(c.longitude, r.longitude, d.longitude) AS lon
  FROM need n
  LEFT JOIN actors.actor c ON c.ref = 'commune:' || n.commune_code
  LEFT JOIN actors.actor r ON r.id = n.requester_id
  LEFT JOIN actors.actor d ON d.ref = 'departement:' || n.department_code
), related AS (
  -- Per need and actor, its best partnership with the requester (first) or another live actor of the need's département.
  SELECT DISTINCT ON (p.id, x.actor_id) p.id AS need_id, x.actor_id, o.name AS partner_name, s.intensity, (o.id = p.requester_id) AS is_requester
  FROM placed p
  JOIN actors.actor o ON o.archived_at IS NULL AND (o.id = p.requester_id OR (p.department_code IS NOT NULL AND o.department_code = p.department_code))
  JOIN actors.partnership s ON s.actor_id = o.id OR s.partner_id = o.id
  CROSS JOIN LATERAL (SELECT CASE WHEN s.actor_id = o.id THEN s.partner_id ELSE s.actor_id END AS actor_id) x
  ORDER BY p.id, x.actor_id, (o.id = p.requester_id) DESC, s.intensity DESC, o.sort_name, o.id
), candidate AS (
  SELECT p.id AS need_id, a.id AS actor_id, a.sort_name, a.open_to_partnerships AS open,
    cardinality(ARRAY(SELECT 1 FROM unnest(p.themes) AS t WHERE t = ANY(a.themes))) AS n_themes,
    cardinality(ARRAY(SELECT 1 FROM unnest(p.erc_panels) AS e WHERE e = ANY(a.erc_panel_codes))) AS n_panels,
    CASE WHEN p.lat IS NULL OR a.latitude IS NULL THEN NULL
         ELSE 2 * 6371 * asin(sqrt(power(sin(radians(a.latitude - p.lat) / 2), 2)
                 + cos(radians(p.lat)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - p.lon) / 2), 2))) END AS km,
    rel.partner_name, rel.intensity, rel.is_requester
  FROM placed p
  JOIN actors.actor a ON a.archived_at IS NULL AND a.kind = ANY($2::text[])
    AND a.id IS DISTINCT FROM p.requester_id
    AND a.open_to_partnerships IS DISTINCT FROM false
    AND (NOT $3::boolean OR a.open_to_partnerships)
  LEFT JOIN related rel ON rel.need_id = p.id AND rel.actor_id = a.id
  WHERE a.themes && p.themes
     OR rel.is_requester
     OR a.erc_panel_codes && p.erc_panels
), scored AS (
  SELECT c.need_id, c.actor_id, c.sort_name, c.km, c.open, c.partner_name, c.intensity, c.is_requester,
    CASE WHEN c.km IS NULL THEN 0 ELSE round(greatest(0, ${W.distance} * (1 - c.km / ${W.distanceHorizonKm}))::numeric, 1) END AS distance_weight,
    ${W.perSharedTheme} * c.n_themes + ${W.perErcPanel} * c.n_panels
      + CASE WHEN c.km IS NULL THEN 0 ELSE round(greatest(0, ${W.distance} * (1 - c.km / ${W.distanceHorizonKm}))::numeric, 1) END
      + CASE WHEN c.is_requester THEN ${W.requesterPartnershipBonus} + c.intensity
             WHEN c.intensity IS NOT NULL THEN ${W.otherPartnershipFactor} * c.intensity ELSE 0 END
      + CASE WHEN c.open THEN ${W.openToPartnerships} ELSE 0 END AS score
  FROM candidate c
), ranked AS (
  SELECT s.*, row_number() OVER (PARTITION BY s.need_id ORDER BY s.score DESC, s.km ASC NULLS LAST, s.sort_name, s.actor_id) AS rank
  FROM scored s
)
-- The shared themes and panels, for the explanations: for the kept rows only.
SELECT k.need_id AS "needId", k.actor_id AS "actorId",
  ARRAY(SELECT t FROM unnest(p.themes) WITH ORDINALITY AS u(t, i) WHERE t = ANY(a.themes) ORDER BY i) AS "sharedThemes",
  ARRAY(SELECT e FROM unnest(a.erc_panel_codes) AS e WHERE e = ANY(p.erc_panels) ORDER BY e) AS "sharedPanels",
  round(k.km::numeric, 1)::float8 AS km, k.distance_weight::float8 AS "distanceWeight", k.partner_name AS "partnerName", k.intensity,
  k.is_requester AS "partnerIsRequester", k.open, k.score::float8 AS score
FROM ranked k
JOIN need p ON p.id = k.need_id
JOIN actors.actor a ON a.id = k.actor_id
WHERE k.rank <= $4
ORDER BY k.need_id, k.rank`;

export class MatchingStore {
  constructor(private readonly dataSource: DataSource) {}

  async actorsFor(needs: readonly NeedForMatching[], options: ActorMatchOptions): Promise<ActorMatchRow[]> {
    if (!needs.length || options.first === 0) return [];
    const batch = needs.map((n) => ({
      id: n.id, themes: n.themes, erc_panels: n.ercPanels, region_code: n.regionCode, department_code: n.departmentCode,
      commune_code: n.communeCode, requester_id: n.requesterId,
    }));
    return this.dataSource.query(SQL, [JSON.stringify(batch), options.kinds, options.onlyOpen, options.first]);
  }
}
