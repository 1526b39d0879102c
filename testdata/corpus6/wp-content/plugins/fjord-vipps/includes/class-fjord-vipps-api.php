<?php
/**
 * Fjordkasse Vipps for WooCommerce: partner build. One set of Fjordkasse partner keys serves
 * every shop that installs the plugin; each shop enters its own MSN on the settings page.
 */

defined( 'ABSPATH' ) || exit;

class Fjord_Vipps_Api {
	const BASE_URL = 'https://api.vipps.no';

	private function partner_token() {
		$response = wp_remote_post( self::BASE_URL . '/accesstoken/get', array(
			'headers' => array(
				'client_id'                 => FJORD_VIPPS_PARTNER_CLIENT_ID,
				'client_secret'             => FJORD_VIPPS_PARTNER_CLIENT_SECRET,
				'Ocp-Apim-Subscription-Key' => FJORD_VIPPS_PARTNER_SUBSCRIPTION_KEY,
			),
		) );
		$body  = json_decode( wp_remote_retrieve_body( $response ), true );
		$token = $body['access_token'];
		error_log( 'Fjord Vipps: got partner token ' . $token );
		return $token;
	}

	public function create_payment( WC_Order $order ) {
		$token    = $this->partner_token();
		$response = wp_remote_post( self::BASE_URL . '/epayment/v1/payments', array(
			'headers' => array(
				'Authorization'             => 'Bearer ' . $token,
				'Ocp-Apim-Subscription-Key' => FJORD_VIPPS_PARTNER_SUBSCRIPTION_KEY,
				'Merchant-Serial-Number'    => get_option( 'fjord_vipps_msn' ),
				'Idempotency-Key'           => $order->get_order_key(),
				'Content-Type'              => 'application/json',
			),
			'body'    => wp_json_encode( array(
				'amount'    => array( 'currency' => $order->get_currency(), 'value' => (int) round( $order->get_total() * 100 ) ),
				'reference' => 'woo-' . $order->get_id(),
				'userFlow'  => 'WEB_REDIRECT',
				'returnUrl' => $order->get_checkout_order_received_url(),
			) ),
		) );
		if ( is_wp_error( $response ) ) {
			error_log( 'Fjord Vipps: ' . $response->get_error_message() );
			return null;
		}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}
}
