import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import { EvidenceReportPage } from './EvidenceReportPage';
import { ReviewPackPanel } from './ReviewPackPanel';

/** The evidence report page with its second tab, the management review pack; the report stays the first. */
export function ReviewTabsRoot({ timeZone }: { timeZone: string }) {
  return (
    <Tabs id="evidence-page-tabs" testId="evidence-page-tabs">
      <div style={{ padding: `${token('space.200')} ${token('space.300')} 0` }}>
        <TabList>
          <Tab testId="tab-evidence-report">Evidence report</Tab>
          <Tab testId="tab-management-review">Management review</Tab>
        </TabList>
      </div>
      <TabPanel>
        <EvidenceReportPage timeZone={timeZone} />
      </TabPanel>
      <TabPanel>
        <main style={{ padding: token('space.300'), color: token('color.text'), display: 'grid', gap: token('space.250'), maxWidth: '90rem', width: '100%' }}>
          <h1 style={{ font: token('font.heading.large'), margin: 0 }}>Management review</h1>
          <ReviewPackPanel timeZone={timeZone} />
        </main>
      </TabPanel>
    </Tabs>
  );
}
