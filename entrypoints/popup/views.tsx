// The popup's views, one entry each in one list: the navigation shows them in this order, one press
// apart. A new view adds itself here (id, the nav's words, what it renders); App.tsx needs no change.
// The views the popup may open on (src/popup/start-view.ts: This page, Your details, Requests, Before
// asking) are imported here; the others load on first use (lazy.tsx), outside the popup's first paint.
import type { ComponentChildren } from 'preact';
import { type Carrier, getCarrier } from '../../src/carriers';
import type { AddedSite } from '../../src/carriers/sites';
import type { MessageName } from '../../src/popup/i18n';
import type { PageSummary } from '../../src/popup/reports';
import type { ActiveTab } from '../../src/popup/sites';
import type { Profile, ProfileKey } from '../../src/profile/schema';
import { AutofillSwitch } from './AutofillSwitch';
import { ChatMessage } from './ChatMessage';
import { ChecklistView } from './ChecklistView';
import { profileStore } from './journey-profile';
import { Lazy, lazyComponent } from './lazy';
import { ProfileForm } from './ProfileForm';
import { ProfilePicker } from './ProfilePicker';
import { RequestsView } from './RequestsView';
import { SaveBar } from './SaveBar';
import { ThisPagePanel } from './ThisPagePanel';
import type { ProfileEditor } from './useProfileEditor';
import type { TabReports } from './useTabReports';

export type ViewId =
  | 'page'
  | 'details'
  | 'sites'
  | 'requests'
  | 'checklist'
  | 'contact'
  | 'activate'
  | 'backup';

/** What every view may use: the profiles, the tab behind the popup, and the way to another view. */
export interface ViewContext {
  editor: ProfileEditor;
  /** The selected profile's registry carrier, as saved. */
  carrier: Carrier | undefined;
  tab: ActiveTab;
  /** The added sites (null while they are read). */
  sites: AddedSite[] | null;
  /** The reports of the tab's page, and what they add up to. */
  page: TabReports;
  summary: PageSummary;
  /** ReSIM filled, offered or found forms on the page: its report is worth a view. */
  pageReport: boolean;
  /** The profile that fills the tab's page (its carrier owns it), else the selected one. */
  pageProfile: Profile;
  /** Shows a view; `focus`: a profile box to put the keyboard in there. */
  go(view: ViewId, focus?: ProfileKey): void;
}

export interface PopupView {
  id: ViewId;
  /** The navigation button's words. */
  label: MessageName;
  /** In the navigation only while this holds (default: always). */
  shown?(context: ViewContext): boolean;
  /**
   * "Fill this page" and "Always offer on this site" above the view, on https pages (default: true).
   * They keep their place (and state) from view to view.
   */
  pageActions?: boolean;
  render(context: ViewContext): ComponentChildren;
  /** Loads the view's code ahead of its first showing (views outside the popup's first paint). */
  preload?(): void;
  /** Below the scrolling body (the details' save bar). */
  footer?(context: ViewContext): ComponentChildren;
}

const sitesView = lazyComponent(() => import('./SitesView').then((module) => module.SitesView));
const contactView = lazyComponent(() => import('./ContactView').then((module) => module.ContactView));
const activateView = lazyComponent(() => import('./ActivateView').then((module) => module.ActivateView));
const backupView = lazyComponent(() => import('./BackupView').then((module) => module.BackupView));
/** Preloading swallows a failure: the view's own load tries again and shows nothing meanwhile. */
const preloading = (lazy: { preload(): Promise<unknown> }) => () => void lazy.preload().catch(() => {});

const carrierSwitch = (carrier: Carrier | undefined) =>
  carrier ? <AutofillSwitch carrier={carrier} /> : null;

export const VIEWS: readonly PopupView[] = [
  {
    id: 'page',
    label: 'page_title',
    shown: ({ pageReport }) => pageReport,
    render: ({ summary, page, pageProfile, editor }) => (
      <ThisPagePanel
        summary={summary}
        page={page}
        // The switch and the message of the profile that fills this page.
        autofill={carrierSwitch(getCarrier(pageProfile.carrierId))}
        chat={summary.chatOnly && editor.ready ? <ChatMessage profile={pageProfile} /> : null}
      />
    ),
  },
  {
    id: 'details',
    label: 'nav_details',
    render: ({ editor, carrier }) => (
      <>
        <ProfilePicker editor={editor} />
        <ProfileForm editor={editor} carrierExtra={carrierSwitch(carrier)} />
      </>
    ),
    footer: ({ editor }) => <SaveBar state={editor.state} />,
  },
  {
    id: 'sites',
    label: 'nav_sites',
    render: ({ carrier, sites }) => <Lazy of={sitesView} props={{ carrier, sites }} />,
    preload: preloading(sitesView),
  },
  {
    id: 'requests',
    label: 'nav_requests',
    render: () => <RequestsView />,
  },
  {
    id: 'checklist',
    label: 'nav_checklist',
    render: ({ editor, carrier, go }) =>
      editor.ready ? (
        <ChecklistView profile={editor.saved} carrier={carrier} onEditProfile={(key) => go('details', key)} />
      ) : null,
  },
  {
    id: 'contact',
    label: 'nav_contact',
    render: ({ editor, carrier }) =>
      editor.ready ? <Lazy of={contactView} props={{ profile: editor.saved, carrier }} /> : null,
    preload: preloading(contactView),
  },
  {
    id: 'activate',
    label: 'nav_activate',
    pageActions: false,
    render: ({ editor }) =>
      editor.ready && editor.profileId ? (
        <Lazy
          of={activateView}
          props={{ profileId: editor.profileId, store: profileStore, onKept: () => void editor.reload() }}
        />
      ) : null,
    preload: preloading(activateView),
  },
  {
    id: 'backup',
    label: 'nav_backup',
    pageActions: false,
    render: () => <Lazy of={backupView} props={{}} />,
    preload: preloading(backupView),
  },
];
