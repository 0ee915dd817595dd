// The popup's views, one entry each in one list: the navigation shows them in this order, one press
// apart. A new view adds itself here (id, the nav's words, what it renders); App.tsx needs no change.
import type { ComponentChildren } from 'preact';
import { type Carrier, getCarrier } from '../../src/carriers';
import type { AddedSite } from '../../src/carriers/sites';
import type { MessageName } from '../../src/popup/i18n';
import type { PageSummary } from '../../src/popup/reports';
import type { ActiveTab } from '../../src/popup/sites';
import type { Profile, ProfileKey } from '../../src/profile/schema';
import { ActivateView } from './ActivateView';
import { AutofillSwitch } from './AutofillSwitch';
import { BackupView } from './BackupView';
import { ChatMessage } from './ChatMessage';
import { ChecklistView } from './ChecklistView';
import { ContactView } from './ContactView';
import { profileStore } from './journey-profile';
import { ProfileForm } from './ProfileForm';
import { ProfilePicker } from './ProfilePicker';
import { RequestsView } from './RequestsView';
import { SaveBar } from './SaveBar';
import { SitesView } from './SitesView';
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
  /** Below the scrolling body (the details' save bar). */
  footer?(context: ViewContext): ComponentChildren;
}

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
    render: ({ carrier, sites }) => <SitesView carrier={carrier} sites={sites} />,
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
      editor.ready ? <ContactView profile={editor.saved} carrier={carrier} /> : null,
  },
  {
    id: 'activate',
    label: 'nav_activate',
    pageActions: false,
    render: ({ editor }) =>
      editor.ready && editor.profileId ? (
        <ActivateView profileId={editor.profileId} store={profileStore} onKept={() => void editor.reload()} />
      ) : null,
  },
  {
    id: 'backup',
    label: 'nav_backup',
    pageActions: false,
    render: () => <BackupView />,
  },
];
