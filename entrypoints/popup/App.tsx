import { useState } from 'preact/hooks';
import { getCarrier } from '../../src/carriers';
import { isSecureUrl } from '../../src/carriers/match';
import { t } from '../../src/popup/i18n';
import { hasSomethingToShow, summarizeReports } from '../../src/popup/reports';
import { useActiveTab, useSites } from '../../src/popup/sites';
import { ActivateView } from './ActivateView';
import { AddSiteButton } from './AddSiteButton';
import { AutofillSwitch } from './AutofillSwitch';
import { BackupView } from './BackupView';
import { ChatMessage } from './ChatMessage';
import { ChecklistView } from './ChecklistView';
import { ContactView } from './ContactView';
import { FillThisPage, useFreshReports } from './FillThisPage';
import { profileStore, useSelectedProfileId } from './journey-profile';
import { ProfileForm } from './ProfileForm';
import { QuarantineBanner } from './QuarantineBanner';
import { RequestsView } from './RequestsView';
import { SaveBar } from './SaveBar';
import { SitesView } from './SitesView';
import { ThisPagePanel } from './ThisPagePanel';
import { useProfileEditor } from './useProfileEditor';
import { useTabReports } from './useTabReports';

type View = 'details' | 'sites' | 'checklist' | 'contact' | 'activate' | 'requests' | 'backup';

export function App() {
  const editor = useProfileEditor();
  const [page, refreshReports] = useFreshReports(useTabReports());
  const tab = useActiveTab();
  const sites = useSites();
  const [view, setView] = useState<View>('details');
  const profileId = useSelectedProfileId();
  const summary = summarizeReports(page.reports);
  const showPanel =
    hasSomethingToShow(summary) ||
    page.reports.some((report) => report.formCount > 0) ||
    page.outcome !== null ||
    page.reports.some((report) => report.duplicateOf !== undefined);
  // The switch concerns the saved carrier: the one whose pages are filled.
  const carrier = editor.ready ? getCarrier(editor.saved.carrierId) : undefined;
  const autofill = carrier ? <AutofillSwitch carrier={carrier} /> : null;
  const onHttpsPage = tab.id !== null && tab.url !== undefined && isSecureUrl(tab.url);

  const viewButton = (name: View, label: string) => (
    <button
      type="button"
      class="view-tab"
      aria-current={view === name ? 'page' : undefined}
      onClick={() => setView(name)}
    >
      {label}
    </button>
  );

  return (
    <>
      <header class="brand">
        <img src="/icon/icon.svg" alt="" width="28" height="28" />
        <div>
          <h1>ReSIM</h1>
          <p class="tagline">{t('app_tagline')}</p>
        </div>
      </header>
      <nav class="views" aria-label={t('nav_label')}>
        {viewButton('details', t('nav_details'))}
        {viewButton('sites', t('nav_sites'))}
        {viewButton('requests', t('nav_requests'))}
        {viewButton('checklist', t('nav_checklist'))}
        {viewButton('contact', t('nav_contact'))}
        {viewButton('activate', t('nav_activate'))}
        {viewButton('backup', t('nav_backup'))}
      </nav>
      {view === 'sites' ? (
        <main class="body">
          <SitesView carrier={carrier} sites={sites} />
        </main>
      ) : view === 'requests' ? (
        <main class="body">
          <RequestsView />
        </main>
      ) : view === 'backup' ? (
        <main class="body">
          <BackupView />
        </main>
      ) : view === 'checklist' || view === 'contact' || view === 'activate' ? (
        <main class="body">
          {!editor.ready ? null : view === 'checklist' ? (
            <ChecklistView
              profile={editor.saved}
              carrier={carrier}
              onEditProfile={(key) => {
                setView('details');
                if (key) requestAnimationFrame(() => document.getElementById(`field-${key}`)?.focus());
              }}
            />
          ) : view === 'contact' ? (
            <ContactView profile={editor.saved} carrier={carrier} />
          ) : profileId ? (
            <ActivateView profileId={profileId} store={profileStore} onKept={() => void editor.reload()} />
          ) : null}
        </main>
      ) : (
        <>
          <main class="body">
            <QuarantineBanner
              quarantine={editor.quarantine}
              note={editor.quarantineNote}
              onRestore={() => void editor.restore()}
              onDiscard={() => void editor.discard()}
            />
            {onHttpsPage ? <FillThisPage tabId={tab.id!} onFilled={refreshReports} /> : null}
            {showPanel ? (
              <ThisPagePanel
                summary={summary}
                page={page}
                autofill={autofill}
                chat={summary.chatOnly && editor.ready ? <ChatMessage profile={editor.saved} /> : null}
              />
            ) : null}
            {editor.ready ? <AddSiteButton url={tab.url} sites={sites} profile={editor.saved} /> : null}
            <ProfileForm editor={editor} carrierExtra={showPanel ? null : autofill} />
          </main>
          <SaveBar state={editor.state} />
        </>
      )}
    </>
  );
}
