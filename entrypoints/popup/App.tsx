import { useEffect, useRef, useState } from 'preact/hooks';
import { getCarrier } from '../../src/carriers';
import { isSecureUrl } from '../../src/carriers/match';
import { profileForPage } from '../../src/carriers/policy';
import { missingDetails } from '../../src/journey/checklist';
import { t } from '../../src/popup/i18n';
import { hasSomethingToShow, summarizeReports } from '../../src/popup/reports';
import { useActiveTab, useSites } from '../../src/popup/sites';
import { startView } from '../../src/popup/start-view';
import { isEmptyProfile } from '../../src/profile/collection';
import type { ProfileKey } from '../../src/profile/schema';
import { AddSiteButton } from './AddSiteButton';
import { FillThisPage, useFreshReports } from './FillThisPage';
import { QuarantineBanner } from './QuarantineBanner';
import { useRequests } from './RequestsView';
import { useProfileEditor } from './useProfileEditor';
import { useTabReports } from './useTabReports';
import { VIEWS, type ViewContext, type ViewId } from './views';

export function App() {
  const editor = useProfileEditor();
  const [page, refreshReports] = useFreshReports(useTabReports());
  const tab = useActiveTab();
  const sites = useSites();
  const requests = useRequests();
  const [chosen, setChosen] = useState<ViewId | null>(null);
  const focusAfter = useRef<ProfileKey | undefined>(undefined);
  const summary = summarizeReports(page.reports);
  const pageReport =
    hasSomethingToShow(summary) ||
    page.reports.some((report) => report.formCount > 0) ||
    page.outcome !== null ||
    page.reports.some((report) => report.duplicateOf !== undefined);
  // The switch, the sites and the journey views concern the selected profile's saved carrier.
  const carrier = editor.ready ? getCarrier(editor.saved.carrierId) : undefined;
  const onHttpsPage = tab.id !== null && tab.url !== undefined && isSecureUrl(tab.url);
  // The page's report, its switch and its chat message belong to the profile that fills the page.
  const pageProfile =
    profileForPage(editor.entries, {
      topUrl: tab.url,
      sites: sites ?? [],
      selectedId: editor.profileId ?? '',
    })?.profile ?? editor.saved;

  // The view it opens on, once the profile, the page and the requests are known: what matters now.
  const known = editor.ready && page.ready && requests !== null;
  const opening = known
    ? startView({
        pageReport,
        openRequest: requests.some((request) => request.status === 'open'),
        profileSaved: !isEmptyProfile(editor.saved),
        profileComplete: missingDetails(editor.saved, carrier).length === 0,
      })
    : null;
  const [start, setStart] = useState<ViewId | null>(null);
  useEffect(() => {
    if (opening !== null && start === null) setStart(opening);
  }, [opening, start]);
  // After "Fill this page", that page's report, as soon as it is in.
  const [toReport, setToReport] = useState(false);
  useEffect(() => {
    if (!toReport || !pageReport) return;
    setToReport(false);
    setChosen('page');
  }, [toReport, pageReport]);

  const context: ViewContext = {
    editor,
    carrier,
    tab,
    sites,
    page,
    summary,
    pageReport,
    pageProfile,
    go: (id, focus) => {
      focusAfter.current = focus;
      setChosen(id);
    },
  };
  const available = VIEWS.filter((view) => view.shown?.(context) ?? true);
  const wanted = chosen ?? start;
  const current = available.find((view) => view.id === wanted) ?? (wanted ? available[0] : undefined);

  // A view asked to open at a box of the details (the checklist's "fill it in").
  useEffect(() => {
    const key = focusAfter.current;
    if (!key || current?.id !== 'details') return;
    focusAfter.current = undefined;
    requestAnimationFrame(() => document.getElementById(`field-${key}`)?.focus());
  }, [current?.id]);

  // The arrow keys move along the navigation (Tab still reaches every button).
  const onNavKey = (event: KeyboardEvent) => {
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next]?.focus();
  };

  const pageActions = onHttpsPage && current !== undefined && current.pageActions !== false;
  return (
    <>
      <header class="brand">
        <img src="/icon/icon.svg" alt="" width="28" height="28" />
        <div>
          <h1>ReSIM</h1>
          <p class="tagline">{t('app_tagline')}</p>
        </div>
      </header>
      <nav class="views" aria-label={t('nav_label')} onKeyDown={onNavKey}>
        {available.map((view) => (
          <button
            key={view.id}
            type="button"
            class="view-tab"
            data-view={view.id}
            aria-current={current?.id === view.id ? 'page' : undefined}
            onClick={() => context.go(view.id)}
            // A view outside the first paint starts loading as soon as its tab is pointed at or reached.
            onPointerEnter={view.preload}
            onFocus={view.preload}
          >
            {t(view.label)}
          </button>
        ))}
      </nav>
      <main class="body" data-view={current?.id}>
        <QuarantineBanner
          quarantine={editor.quarantine}
          note={editor.quarantineNote}
          onRestore={() => {
            // The set-aside data comes back into the details form, to check and save.
            context.go('details');
            void editor.restore();
          }}
          onDiscard={() => void editor.discard()}
        />
        {pageActions ? (
          <FillThisPage
            tabId={tab.id!}
            onFilled={() => {
              refreshReports();
              setToReport(true);
            }}
          />
        ) : null}
        {pageActions && editor.ready ? (
          <AddSiteButton url={tab.url} sites={sites} profile={editor.saved} />
        ) : null}
        {current?.render(context)}
      </main>
      {current?.footer?.(context)}
    </>
  );
}
