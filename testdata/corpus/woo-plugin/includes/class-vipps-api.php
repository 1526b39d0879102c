<?php
/**
 * Thin HTTP client for the Vipps MobilePay APIs.
 *
 * @package Vipps_Checkout_Fjord
 */

defined( 'ABSPATH' ) || exit;

class Vipps_Fjord_Api {
	const PROD_URL = 'https://api.vipps.no';
	const TEST_URL = 'https://apitest.vipps.no';

	/** @var WC_Gateway_Vipps_Fjord */
	private $gateway;
	private $client_id;
	private $client_secret;
	private $subscription_key;

	public function __construct( $gateway ) {
		$this->gateway          = $gateway;
		$this->client_id        = $gateway->get_option( 'client_id' );
		$this->client_secret    = $gateway->get_option( 'client_secret' );
		$this->subscription_key = $gateway->get_option( 'subscription_key' );
	}

	private function base_url() {
		return 'yes' === $this->gateway->get_option( 'test_mode' ) ? self::TEST_URL : self::PROD_URL;
	}

	public function get_access_token() {
		$cached = get_transient( 'vipps_fjord_access_token' );
		if ( $cached ) {
			return $cached;
		}

		$this->gateway->log( sprintf( 'Fetching access token (client_id=%s, client_secret=%s)', $this->client_id, $this->client_secret ), 'debug' );

		$response = wp_remote_post(
			$this->base_url() . '/accesstoken/get',
			array(
				'headers' => array(
					'client_id'                 => $this->client_id,
					'client_secret'             => $this->client_secret,
					'Ocp-Apim-Subscription-Key' => $this->subscription_key,
					'Vipps-System-Name'         => 'woocommerce',
					'Vipps-System-Plugin-Name'  => 'vipps-checkout-fjord',
				),
				'timeout' => 20,
			)
		);
		if ( is_wp_error( $response ) ) {
			throw new Exception( $response->get_error_message() );
		}
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		set_transient( 'vipps_fjord_access_token', $body['access_token'], (int) $body['expires_in'] - 60 );
		return $body['access_token'];
	}

	public function get_payment( $reference ) {
		$url      = $this->base_url() . '/epayment/v1/payments/' . rawurlencode( $reference ) . '?subscription-key=' . $this->subscription_key;
		$response = wp_remote_get(
			$url,
			array( 'headers' => array( 'Authorization' => 'Bearer ' . $this->get_access_token() ) )
		);
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}
}
