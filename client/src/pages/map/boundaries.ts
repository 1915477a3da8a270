/** The shipped outlines of départements and régions, turned into GeoJSON for Leaflet. */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface DepartmentProperties { code: string; name: string; region: string }
export interface RegionProperties { code: string; name: string }

export type FranceTopology = Topology<{
  departements: GeometryCollection<DepartmentProperties>;
  regions: GeometryCollection<RegionProperties>;
}>;

export interface FranceBoundaries {
  departments: FeatureCollection<Polygon | MultiPolygon, DepartmentProperties>;
  regions: FeatureCollection<Polygon | MultiPolygon, RegionProperties>;
  /** Borders between régions, drawn once (thicker than département borders). */
  regionBorders: Feature<MultiLineString>;
}

export function toBoundaries(topology: FranceTopology): FranceBoundaries {
  return {
    departments: feature(topology, topology.objects.departements) as FranceBoundaries['departments'],
    regions: feature(topology, topology.objects.regions) as FranceBoundaries['regions'],
    regionBorders: { type: 'Feature', properties: {}, geometry: mesh(topology, topology.objects.regions) },
  };
}

/** Loaded on demand: the outlines weigh about 100 KB and only the map needs them. */
export async function loadBoundaries(): Promise<FranceBoundaries> {
  const { FRANCE_TOPOLOGY } = await import('./france-boundaries');
  return toBoundaries(FRANCE_TOPOLOGY);
}

/** [[south, west], [north, east]] of a polygon feature. */
export function featureBounds(feature: Feature<Polygon | MultiPolygon>): [[number, number], [number, number]] {
  let south = 90, west = 180, north = -90, east = -180;
  const rings = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      if (lng < west) west = lng;
      if (lng > east) east = lng;
    }
  }
  return [[south, west], [north, east]];
}
