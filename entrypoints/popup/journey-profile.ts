// The journey views' link to the profile layer: how "Keep as my activation code" reads and saves that profile.
import type { ProfileStore } from '../../src/journey/code-history';
import { loadProfile, saveProfile } from '../../src/profile/storage';

export const profileStore: ProfileStore = {
  load: async (profileId) => (await loadProfile(profileId)).profile,
  save: (candidate, profileId) => saveProfile(candidate, { id: profileId }),
};
