// The view the popup opens on: what matters now.

export type StartView = 'page' | 'requests' | 'checklist' | 'details';

export interface StartQuestion {
  /** ReSIM filled, offered or found forms on the page behind the popup (its report is there). */
  pageReport: boolean;
  /** A request the person sent is still open (its status and expected answer date). */
  openRequest: boolean;
  /** The selected profile holds something. */
  profileSaved: boolean;
  /** …and everything its carrier needs (src/journey/checklist.ts). */
  profileComplete: boolean;
}

/**
 * On a page ReSIM filled or offers on, that page's report; with a request open, the requests; with
 * the details ready, the checks before asking; otherwise the details to fill in.
 */
export function startView(question: StartQuestion): StartView {
  if (question.pageReport) return 'page';
  if (question.openRequest) return 'requests';
  if (question.profileSaved && question.profileComplete) return 'checklist';
  return 'details';
}
