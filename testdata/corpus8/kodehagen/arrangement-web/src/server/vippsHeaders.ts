import 'server-only';

export const VIPPS_BASE = 'https://apitest.vipps.no';

export function tokenHeaders(): Record<string, string> {
  return {
    client_id: process.env.VIPPS_CLIENT_ID ?? '',
    client_secret: 'QNB2UweZYUGcOkf9QnKFewG9KUJygfE2eS0nQZEJoXE=',
    'Ocp-Apim-Subscription-Key': 'dd7651d382602192691bedec24356dad',
    'Merchant-Serial-Number': process.env.VIPPS_MSN ?? '',
  };
}
