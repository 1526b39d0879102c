<?php
/**
 * Acme Vipps Partner Gateway: API client.
 *
 * Uses Acme's partner keys so merchants on the plugin don't need their own API keys.
 *
 * @package Acme_Vipps_Partner
 */

defined( 'ABSPATH' ) || exit;

class Acme_Vipps_Api {

	const API_BASE = 'https://api.vipps.no';

	// Acme AS partner keys (Partner Plus), shared by every merchant running the plugin.
	const PARTNER_CLIENT_ID        = '0af9c225-f6dd-467e-9d2d-d4b3ee51ded8';
	const PARTNER_CLIENT_SECRET    = 'rA2sZaFQIfi7sRTw/e2oJHWtS98d+2wsnNYAWoEfpu0=';
	const PARTNER_SUBSCRIPTION_KEY = '9e07dbba2c994e0ec516d5fc2991fbd7';

	public function __construct() {
		add_action( 'wp_ajax_acme_vipps_create_payment', array( $this, 'ajax_create_payment' ) );
		add_action( 'wp_ajax_nopriv_acme_vipps_create_payment', array( $this, 'ajax_create_payment' ) );
	}

	private function get_token() {
		$cached = get_transient( 'acme_vipps_partner_token' );
		if ( $cached ) {
			return $cached;
		}
		$response = wp_remote_post(
			self::API_BASE . '/accesstoken/get',
			array(
				'headers' => array(
					'client_id'                 => self::PARTNER_CLIENT_ID,
					'client_secret'             => self::PARTNER_CLIENT_SECRET,
					'Ocp-Apim-Subscription-Key' => self::PARTNER_SUBSCRIPTION_KEY,
					'Vipps-System-Name'         => 'acme-vipps-partner',
				),
				'timeout' => 20,
			)
		);
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		set_transient( 'acme_vipps_partner_token', $body['access_token'], (int) $body['expires_in'] - 120 );
		return $body['access_token'];
	}

	public function ajax_create_payment() {
		check_ajax_referer( 'acme_vipps_pay' );
		$order = wc_get_order( absint( $_POST['order_id'] ) );
		if ( ! $order ) {
			wp_send_json_error( 'unknown order', 404 );
		}
		$response = wp_remote_post(
			self::API_BASE . '/epayment/v1/payments',
			array(
				'headers' => array(
					'Authorization'             => 'Bearer ' . $this->get_token(),
					'Ocp-Apim-Subscription-Key' => self::PARTNER_SUBSCRIPTION_KEY,
					'Merchant-Serial-Number'    => sanitize_text_field( wp_unslash( $_POST['msn'] ) ),
					'Idempotency-Key'           => wp_generate_uuid4(),
					'Content-Type'              => 'application/json',
				),
				'body'    => wp_json_encode(
					array(
						'amount'        => array(
							'currency' => $order->get_currency(),
							'value'    => (int) round( $order->get_total() * 100 ),
						),
						'paymentMethod' => array( 'type' => 'WALLET' ),
						'reference'     => 'acme-' . $order->get_id() . '-' . time(),
						'returnUrl'     => $order->get_checkout_order_received_url(),
						'userFlow'      => 'WEB_REDIRECT',
					)
				),
				'timeout' => 20,
			)
		);
		wp_send_json( json_decode( wp_remote_retrieve_body( $response ), true ) );
	}
}

new Acme_Vipps_Api();
