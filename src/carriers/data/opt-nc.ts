import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'opt-nc',
  name: 'OPT-NC (Mobilis / Helia)',
  aliases: [
    'OPT',
    'OPT-NC',
    'OPT NC',
    'Mobilis',
    'Helia',
    'Helia by OPT-NC',
    'Office des postes et télécommunications',
  ],
  countries: ['NC'],
  domains: ['opt.nc', 'mobilis.nc', 'helia.nc'],
  supportPaths: ['/assistance', '/contact', '/support', '/esim'],
  contacts: [
    {
      kind: 'webForm',
      value: 'https://www.opt.nc/',
      verified: true,
      note: 'Agences et espace client OPT-NC',
    },
  ],
  languages: ['fr'],
  kind: 'network',
  // A network operator finds the line by its number and holder, and asks for the new device's EID and IMEI.
  wants: ['phone', 'fullName', 'email', 'deviceModel', 'eid', 'imei'],
});
