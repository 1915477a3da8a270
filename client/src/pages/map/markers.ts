/**
 * Actor markers: clustered on the client with supercluster, and only the clusters and points in view
 * are drawn (points as canvas circle markers), recomputed when a move or zoom ends. Thousands of
 * actors stay smooth because the map never holds more than a few hundred layers.
 */
import L from 'leaflet';
import Supercluster from 'supercluster';
import { ACTOR_KIND_COLOURS } from '../../ui/labels';
import { addCounts, clusterBucket, kindRing, pointRadius, type KindCounts, type LocatedActor } from './clusters';

interface PointProps { actor: LocatedActor; counts: KindCounts }
type ClusterProps = { counts: KindCounts };

export interface MarkerTexts {
  clusterTitle(count: number): string;
  kindLabel(actor: LocatedActor): string;
}

export class ActorMarkers {
  private readonly layer = L.layerGroup();
  private readonly renderer = L.canvas({ padding: 0.2 });
  private index: Supercluster<PointProps, ClusterProps> | null = null;
  private readonly update = () => this.draw();

  constructor(private readonly map: L.Map, private readonly texts: MarkerTexts, private readonly onNavigate: (href: string) => void) {
    this.layer.addTo(map);
    map.on('moveend', this.update);
  }

  setActors(actors: readonly LocatedActor[]): void {
    const index = new Supercluster<PointProps, ClusterProps>({
      radius: 70,
      maxZoom: 14,
      map: (props) => ({ counts: { ...props.counts } }),
      reduce: (into, from) => addCounts(into.counts, from.counts),
    });
    index.load(actors.map((actor) => ({
      type: 'Feature',
      properties: { actor, counts: { [actor.kind]: 1 } },
      geometry: { type: 'Point', coordinates: [actor.longitude, actor.latitude] },
    })));
    this.index = index;
    this.draw();
  }

  destroy(): void {
    this.map.off('moveend', this.update);
    this.layer.remove();
  }

  private draw(): void {
    this.layer.clearLayers();
    if (!this.index) return;
    const bounds = this.map.getBounds().pad(0.25);
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth()),
    ];
    const zoom = Math.round(this.map.getZoom());
    for (const feature of this.index.getClusters(box, zoom)) {
      const [lng, lat] = feature.geometry.coordinates;
      const props = feature.properties;
      if ('cluster' in props && props.cluster) this.layer.addLayer(this.clusterMarker(lat, lng, props.cluster_id, props.point_count, props.counts));
      else this.layer.addLayer(this.pointMarker(lat, lng, (props as PointProps).actor));
    }
  }

  private clusterMarker(lat: number, lng: number, clusterId: number, count: number, counts: KindCounts): L.Marker {
    const { name, size } = clusterBucket(count);
    const element = document.createElement('div');
    element.className = `map-cluster map-cluster--${name}`;
    element.style.background = kindRing(counts);
    const label = document.createElement('span');
    label.textContent = count.toLocaleString('fr-FR');
    element.append(label);
    // Not keyboard-focusable: the side panel lists the same actors, and hundreds of tab stops would be a trap.
    const marker = L.marker([lat, lng], {
      keyboard: false,
      title: this.texts.clusterTitle(count),
      icon: L.divIcon({ html: element, className: 'map-cluster-icon', iconSize: [size, size] }),
    });
    marker.on('click', () => {
      const zoom = Math.min(this.index?.getClusterExpansionZoom(clusterId) ?? this.map.getZoom() + 2, 16);
      this.map.flyTo([lat, lng], zoom, { duration: 0.4 });
    });
    return marker;
  }

  private pointMarker(lat: number, lng: number, actor: LocatedActor): L.CircleMarker {
    const marker = L.circleMarker([lat, lng], {
      renderer: this.renderer,
      radius: pointRadius(actor),
      color: '#ffffff',
      weight: 1.5,
      fillColor: ACTOR_KIND_COLOURS[actor.kind] ?? '#4b4b4b',
      fillOpacity: 0.95,
    });
    marker.bindTooltip(`${actor.name} (${this.texts.kindLabel(actor)})`);
    marker.bindPopup(() => this.popup(actor));
    return marker;
  }

  private popup(actor: LocatedActor): HTMLElement {
    const element = document.createElement('div');
    element.className = 'map-popup';
    const link = document.createElement('a');
    link.href = `/acteurs/${encodeURIComponent(actor.id)}`;
    link.textContent = actor.name;
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      this.onNavigate(link.pathname);
    });
    const kind = document.createElement('p');
    kind.textContent = this.texts.kindLabel(actor);
    element.append(link, kind);
    return element;
  }
}
