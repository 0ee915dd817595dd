// The journey views' link to the profile layer: which profile the popup edits (its id keys the code
// history) and how "Keep as my activation code" reads and saves that profile.
import { useEffect, useState } from 'preact/hooks';
import type { ProfileStore } from '../../src/journey/code-history';
import { loadProfile, loadProfiles, onProfilesChanged, saveProfile } from '../../src/profile/storage';

export const profileStore: ProfileStore = {
  load: async (profileId) => (await loadProfile(profileId)).profile,
  save: (candidate, profileId) => saveProfile(candidate, { id: profileId }),
};

/** The id of the profile the popup edits (null while it is read), following changes from any window. */
export function useSelectedProfileId(): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void loadProfiles().then(({ selectedId }) => {
        if (live) setId(selectedId);
      });
    read();
    const unwatch = onProfilesChanged(read);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return id;
}
