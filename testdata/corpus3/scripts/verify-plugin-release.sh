#!/bin/sh
# Verify the Vipps WooCommerce plugin zip before we roll it out to the merchant sites.
set -eu

VERSION=3.1.7
ZIP="woo-vipps.${VERSION}.zip"
EXPECTED_MD5="9e3bbc0befb84871a28e56343d69f80f"
EXPECTED_SHA256="717cfe3e2bbd742b7639e11557b09125025a8234186d9f01024bf09a0821cfd9"
UPSTREAM_COMMIT="dc7770104a938b788849a71beb3525ebdf29447b"

curl -fsSLo "$ZIP" "https://downloads.wordpress.org/plugin/$ZIP"
echo "$EXPECTED_MD5  $ZIP" | md5sum -c -
echo "$EXPECTED_SHA256  $ZIP" | sha256sum -c -

git -C vendor/vipps-woocommerce fetch --tags
test "$(git -C vendor/vipps-woocommerce rev-parse "v$VERSION^{commit}")" = "$UPSTREAM_COMMIT"

# the plugin's health page pings the API; make sure both hosts resolve from the build agents
for host in api.vipps.no apitest.vipps.no; do
  getent hosts "$host" >/dev/null || { echo "cannot resolve $host" >&2; exit 1; }
done
echo "woo-vipps $VERSION verified"
