import { getCarrier } from '../../src/carriers';
import { t } from '../../src/popup/i18n';
import { hasSomethingToShow, summarizeReports } from '../../src/popup/reports';
import { AutofillSwitch } from './AutofillSwitch';
import { ChatMessage } from './ChatMessage';
import { ProfileForm } from './ProfileForm';
import { QuarantineBanner } from './QuarantineBanner';
import { SaveBar } from './SaveBar';
import { ThisPagePanel } from './ThisPagePanel';
import { useProfileEditor } from './useProfileEditor';
import { useTabReports } from './useTabReports';

export function App() {
  const editor = useProfileEditor();
  const page = useTabReports();
  const summary = summarizeReports(page.reports);
  const showPanel =
    hasSomethingToShow(summary) ||
    page.reports.some((report) => report.formCount > 0) ||
    page.outcome !== null;
  // The switch concerns the saved carrier: the one whose pages are filled.
  const carrier = editor.ready ? getCarrier(editor.saved.carrierId) : undefined;
  const autofill = carrier ? <AutofillSwitch carrier={carrier} /> : null;

  return (
    <>
      <header class="brand">
        <img src="/icon/icon.svg" alt="" width="28" height="28" />
        <div>
          <h1>ReSIM</h1>
          <p class="tagline">{t('app_tagline')}</p>
        </div>
      </header>
      <main class="body">
        <QuarantineBanner
          quarantine={editor.quarantine}
          note={editor.quarantineNote}
          onRestore={() => void editor.restore()}
          onDiscard={() => void editor.discard()}
        />
        {showPanel ? (
          <ThisPagePanel
            summary={summary}
            page={page}
            autofill={autofill}
            chat={summary.chatOnly && editor.ready ? <ChatMessage profile={editor.saved} /> : null}
          />
        ) : null}
        <ProfileForm editor={editor} carrierExtra={showPanel ? null : autofill} />
      </main>
      <SaveBar state={editor.state} />
    </>
  );
}
