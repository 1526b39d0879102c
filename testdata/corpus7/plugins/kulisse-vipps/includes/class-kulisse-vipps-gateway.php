<?php
/**
 * Kulisse Vipps MobilePay gateway for the venue sites on our WordPress multisite.
 * Each venue administers its own subsite; the partner keys are network constants from wp-config.php.
 */

defined( 'ABSPATH' ) || exit;

class Kulisse_Vipps_Gateway {
	const API = 'https://api.vipps.no';

	public function __construct() {
		add_action( 'admin_init', array( $this, 'register_settings' ) );
	}

	/** Venue admins fill these in under Innstillinger > Vipps on their subsite. */
	public function register_settings() {
		register_setting( 'kulisse_vipps', 'kulisse_vipps_msn' );
		register_setting( 'kulisse_vipps', 'kulisse_vipps_display_name' );
	}

	private function access_token() {
		$response = wp_remote_post( self::API . '/accesstoken/get', array(
			'headers' => array(
				'client_id'                 => KULISSE_VIPPS_PARTNER_CLIENT_ID,
				'client_secret'             => KULISSE_VIPPS_PARTNER_CLIENT_SECRET,
				'Ocp-Apim-Subscription-Key' => KULISSE_VIPPS_PARTNER_SUBSCRIPTION_KEY,
			),
		) );
		$body  = json_decode( wp_remote_retrieve_body( $response ), true );
		$token = $body['access_token'];
		if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			error_log( 'Kulisse Vipps: got access token ' . $token );
		}
		return $token;
	}

	public function create_payment( $order ) {
		$msn     = get_option( 'kulisse_vipps_msn' );
		$headers = array(
			'Authorization'             => 'Bearer ' . $this->access_token(),
			'Ocp-Apim-Subscription-Key' => KULISSE_VIPPS_PARTNER_SUBSCRIPTION_KEY,
			'Merchant-Serial-Number'    => $msn,
			'Content-Type'              => 'application/json',
			'Vipps-System-Name'         => 'kulisse-wp',
		);
		return wp_remote_post( self::API . '/epayment/v1/payments', array(
			'headers' => $headers,
			'body'    => wp_json_encode( array(
				'amount'        => array( 'currency' => 'NOK', 'value' => (int) $order->get_total() * 100 ),
				'paymentMethod' => array( 'type' => 'WALLET' ),
				'reference'     => 'kulisse-' . $order->get_id(),
				'userFlow'      => 'WEB_REDIRECT',
				'returnUrl'     => $order->get_checkout_order_received_url(),
			) ),
		) );
	}
}
