import { defineCarrier } from '../types';

export default defineCarrier({
  id: 'airtel',
  name: 'Airtel',
  countries: ['IN', 'global'],
  domains: ['airtel.in', 'airtel.com', 'airtel.africa'],
  // From the original brief only; nothing confirms Airtel runs it.
  unverifiedDomains: ['airtel.nc'],
  supportPaths: ['/help', '/support', '/contact'],
  contacts: [
    {
      kind: 'email',
      value: 'support@airtel.nc',
      verified: false,
      note: 'From the original brief; airtel.nc is unconfirmed.',
    },
  ],
  languages: ['en', 'fr'],
  kind: 'network',
});
