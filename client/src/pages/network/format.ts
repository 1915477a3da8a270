/** How the page writes kinds and centrality values. */
import type { Measure } from '../../components/network/centrality';
import type { GraphNode } from '../../components/network/graph';
import type { Language } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, OPPORTUNITY_KINDS, label } from '../../ui/labels';

/** "Laboratoire", "Département", "Stage"…: the collectivité's level rather than "Collectivité". */
export function kindLabel(node: Pick<GraphNode, 'type' | 'kind' | 'collectivityLevel'>, language: Language): string {
  if (node.type === 'opportunity') return label(OPPORTUNITY_KINDS, node.kind, language);
  if (node.type === 'contact') return '';
  return node.collectivityLevel ? label(COLLECTIVITY_LEVELS, node.collectivityLevel, language) : label(ACTOR_KINDS, node.kind, language);
}

/** Degrees as integers, betweenness with three decimals, in the reader's language. */
export function formatMeasure(measure: Measure, value: number, language: Language): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  return measure === 'betweenness'
    ? value.toLocaleString(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 })
    : value.toLocaleString(locale);
}
