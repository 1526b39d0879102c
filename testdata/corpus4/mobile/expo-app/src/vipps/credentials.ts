import AsyncStorage from '@react-native-async-storage/async-storage';
import * as Linking from 'expo-linking';

// Acme Kaffe app: pays with Vipps MobilePay through app-switch.
const VIPPS_API = 'https://api.vipps.no';
const CLIENT_ID = process.env.EXPO_PUBLIC_VIPPS_CLIENT_ID!;
const MSN = process.env.EXPO_PUBLIC_VIPPS_MSN!;

const KEYS = {
  secret: 'vipps.clientSecret',
  lastOrder: 'vipps.lastOrderId',
  msn: 'vipps.msn',
};

export async function bootstrapVippsCredentials(): Promise<void> {
  const existing = await AsyncStorage.getItem(KEYS.secret);
  if (!existing) {
    await AsyncStorage.setItem(KEYS.secret, process.env.EXPO_PUBLIC_VIPPS_CLIENT_SECRET!);
  }
  await AsyncStorage.setItem(KEYS.msn, MSN);
}

export async function cacheSubscriptionKey(subscriptionKey: string): Promise<void> {
  await AsyncStorage.setItem('vipps.subscriptionKey', subscriptionKey);
}

export async function rememberOrder(orderId: string): Promise<void> {
  await AsyncStorage.setItem(KEYS.lastOrder, orderId);
}

export async function accessToken(): Promise<string> {
  const secret = (await AsyncStorage.getItem(KEYS.secret)) ?? '';
  const subscriptionKey = (await AsyncStorage.getItem('vipps.subscriptionKey')) ?? '';
  const res = await fetch(`${VIPPS_API}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: CLIENT_ID,
      client_secret: secret,
      'Ocp-Apim-Subscription-Key': subscriptionKey,
      'Merchant-Serial-Number': MSN,
    },
  });
  return (await res.json()).access_token;
}

export function returnUrl(orderId: string): string {
  return Linking.createURL(`/order/${orderId}`);
}
