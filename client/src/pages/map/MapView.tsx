/**
 * The Leaflet map: shipped outlines of départements and régions (no tile server), an optional
 * choropleth, clustered actor markers, and an online background only when the deployment sets
 * VITE_TILE_URL and the person asks for it. The map is supplementary: the side panel lists the same.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { Feature, Geometry } from 'geojson';
import type { FranceBoundaries } from './boundaries';
import { colourFor, type ChoroplethClass } from './choropleth';
import type { Box, LocatedActor } from './clusters';
import type { MapView as View } from './mapState';
import { ActorMarkers, type MarkerTexts } from './markers';

export const FRANCE_BOUNDS: L.LatLngBoundsExpression = [[41.3, -5.2], [51.1, 9.6]];

export interface ChoroplethData { counts: Map<string, number>; classes: ChoroplethClass[]; describe(name: string, code: string, count: number): string }

export interface MapViewProps {
  boundaries: FranceBoundaries;
  actors: readonly LocatedActor[];
  /** Outline to emphasise: a région or a département code. */
  highlight: { level: 'region' | 'departement'; code: string } | null;
  choropleth: ChoroplethData | null;
  /** Where to look when fitKey changes and no explicit view is given. */
  fit: { key: string; bounds: L.LatLngBoundsExpression };
  view: View | null;
  tiles: { url: string; attribution: string } | null;
  label: string;
  describedBy: string;
  texts: MarkerTexts & { zoomIn: string; zoomOut: string; attribution: string };
  onViewChange(view: View): void;
  onBoundsChange(box: Box): void;
  onNavigate(href: string): void;
}

const boxOf = (map: L.Map): Box => {
  const b = map.getBounds();
  return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
};

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef<ActorMarkers | null>(null);
  const departmentsRef = useRef<L.GeoJSON | null>(null);
  const highlightRef = useRef<L.GeoJSON | null>(null);
  const programmatic = useRef(false);
  const latest = useRef(props);
  latest.current = props;
  const fittedKey = useRef<string | null>(null);

  // The map, its outlines and its markers live as long as the page.
  useEffect(() => {
    const element = container.current!;
    const { texts, boundaries } = latest.current;
    const map = L.map(element, { preferCanvas: true, zoomControl: false, minZoom: 3, maxZoom: 16, zoomSnap: 0.5, attributionControl: false });
    L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
    L.control.attribution({ prefix: false }).addAttribution(texts.attribution).addTo(map);
    const departments = L.geoJSON(boundaries.departments, {
      style: () => ({ color: '#8a8a8a', weight: 0.8, fillColor: '#ffffff', fillOpacity: 1 }),
    }).addTo(map);
    L.geoJSON(boundaries.regionBorders, { interactive: false, style: () => ({ color: '#3d3d3d', weight: 1.6, fill: false }) }).addTo(map);
    departmentsRef.current = departments;
    markersRef.current = new ActorMarkers(map, texts, (href) => latest.current.onNavigate(href));
    map.on('moveend', () => {
      latest.current.onBoundsChange(boxOf(map));
      if (programmatic.current) {
        programmatic.current = false;
        return;
      }
      const center = map.getCenter();
      latest.current.onViewChange({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    });
    mapRef.current = map;
    const { view, fit } = latest.current;
    programmatic.current = true;
    if (view) map.setView([view.lat, view.lng], view.zoom, { animate: false });
    else map.fitBounds(fit.bounds, { animate: false, maxZoom: 11 });
    fittedKey.current = fit.key;
    return () => {
      markersRef.current?.destroy();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // A new territory: look at it (a shared link's explicit view is honoured on the first load only).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || fittedKey.current === props.fit.key) return;
    fittedKey.current = props.fit.key;
    programmatic.current = true;
    map.fitBounds(props.fit.bounds, { maxZoom: 11 });
  }, [props.fit]);

  useEffect(() => {
    markersRef.current?.setActors(props.actors);
  }, [props.actors]);

  // Choropleth colours and their tooltips.
  useEffect(() => {
    const departments = departmentsRef.current;
    if (!departments) return;
    const choropleth = props.choropleth;
    departments.eachLayer((layer) => {
      const path = layer as L.Path & { feature: Feature<Geometry, { code: string; name: string }> };
      const { code, name } = path.feature.properties;
      const count = choropleth?.counts.get(code) ?? 0;
      path.setStyle({ fillColor: choropleth ? colourFor(count, choropleth.classes) : '#ffffff' });
      path.unbindTooltip();
      if (choropleth) path.bindTooltip(choropleth.describe(name, code, count), { sticky: true });
    });
  }, [props.choropleth]);

  // The selected région or département, outlined.
  useEffect(() => {
    const map = mapRef.current;
    highlightRef.current?.remove();
    highlightRef.current = null;
    const highlight = props.highlight;
    if (!map || !highlight) return;
    const collection = highlight.level === 'region' ? props.boundaries.regions : props.boundaries.departments;
    const feature = collection.features.find((f) => f.properties.code === highlight.code);
    if (!feature) return;
    highlightRef.current = L.geoJSON(feature, { interactive: false, style: () => ({ color: '#1d4e89', weight: 3.5, fill: false }) }).addTo(map);
  }, [props.highlight, props.boundaries]);

  // The optional online background.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !props.tiles) return;
    const layer = L.tileLayer(props.tiles.url, { attribution: props.tiles.attribution, maxZoom: 18 });
    layer.addTo(map).bringToBack();
    departmentsRef.current?.setStyle({ fillOpacity: 0.35 });
    return () => {
      layer.remove();
      departmentsRef.current?.setStyle({ fillOpacity: 1 });
    };
  }, [props.tiles?.url, props.tiles?.attribution]);

  // Leaflet makes the container focusable (arrows pan, +/- zoom): a named region.
  return <div ref={container} role="region" className="map-canvas" aria-label={props.label} aria-describedby={props.describedBy} />;
}
