/**
 * One chart of the pack: SVG drawn by ECharts in the resolver (it escapes every text), coloured with design-token
 * CSS variables so it follows the light and dark themes. A chart of nothing but zeros comes as null: left out.
 */
export function ReviewChart({ svg, testId }: { svg: string | null; testId: string }) {
  if (svg === null) return null;
  return <figure data-testid={testId} style={{ margin: 0, maxWidth: '44rem', overflowX: 'auto' }} dangerouslySetInnerHTML={{ __html: svg }} />;
}
