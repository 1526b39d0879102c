<?php
/**
 * Settings page of the partner plugin. The MSN field is what the shop owner types in; the
 * plugin masks anything secret it shows.
 */

defined( 'ABSPATH' ) || exit;

class Fjord_Vipps_Settings {
	public function render() {
		$msn = get_option( 'fjord_vipps_msn', '' );
		echo '<input name="fjord_vipps_msn" value="' . esc_attr( $msn ) . '" />';
		echo '<p>Partner key in use: ' . esc_html( substr( FJORD_VIPPS_PARTNER_SUBSCRIPTION_KEY, 0, 4 ) ) . '…</p>';
		if ( ! defined( 'FJORD_VIPPS_PARTNER_CLIENT_SECRET' ) || '' === FJORD_VIPPS_PARTNER_CLIENT_SECRET ) {
			echo '<div class="notice notice-error"><p>FJORD_VIPPS_PARTNER_CLIENT_SECRET is not configured.</p></div>';
		}
	}
}
