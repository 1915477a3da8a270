/** A tool of the toolbox in a list: title (link to its fiche), levels, summary. */
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { IntensityMarks } from './IntensityMarks';

export const ToolCard_tool = graphql(`
  fragment ToolCard_tool on PartnershipTool {
    slug
    title
    summary
    intensities
  }
`);

export function ToolCard({ tool, headingLevel, idPrefix }: { tool: FragmentType<typeof ToolCard_tool>; headingLevel: 3 | 4; idPrefix: string }) {
  const t = getFragmentData(ToolCard_tool, tool);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="tool-card" aria-labelledby={`${idPrefix}-${t.slug}`}>
      <Heading id={`${idPrefix}-${t.slug}`} className="tool-card-title">
        <Link to={`/boite-a-outils/${t.slug}`} lang="fr">{t.title}</Link>
      </Heading>
      <IntensityMarks levels={t.intensities} />
      <p lang="fr">{t.summary}</p>
    </article>
  );
}
