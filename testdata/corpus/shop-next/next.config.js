/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [
      { protocol: "https", hostname: "cdn.fjellsko.no" },
      { protocol: "https", hostname: "vippsmobilepay.com", pathname: "/assets/**" },
    ],
  },
  env: {
    // Maps JS API key, restricted to *.fjellsko.no referrers in Google Cloud console
    NEXT_PUBLIC_GOOGLE_MAPS_KEY: "AIzaSyB4sdwCn5Ak8QbpyqTx-TiBSSfkakMwCWa",
  },
  async redirects() {
    return [{ source: "/vipps", destination: "/checkout", permanent: false }];
  },
};

module.exports = nextConfig;
