<?php
/**
 * Front-end assets for the "Betal med Vipps" button on event pages. The button posts to
 * admin-ajax.php; the partner keys stay on the server.
 */

defined( 'ABSPATH' ) || exit;

class Kulisse_Vipps_Assets {
	public function enqueue() {
		wp_enqueue_script( 'kulisse-vipps-button', plugins_url( 'assets/vipps-button.js', __DIR__ ), array(), '2.3.0', true );
		$config = array(
			'ajaxUrl'         => admin_url( 'admin-ajax.php' ),
			'apiBase'         => 'https://api.vipps.no',
			'msn'             => get_option( 'kulisse_vipps_msn' ),
			'keysConfigured'  => defined( 'KULISSE_VIPPS_PARTNER_SUBSCRIPTION_KEY' ),
			'nonce'           => wp_create_nonce( 'kulisse_vipps' ),
		);
		wp_localize_script( 'kulisse-vipps-button', 'KulisseVipps', $config );
	}
}
