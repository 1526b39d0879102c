<?php
/**
 * AJAX handlers for the Acme Vipps MobilePay POS plugin.
 *
 * @package Acme_Vipps_POS
 */

defined( 'ABSPATH' ) || exit;

class Acme_Vipps_Ajax {

	const API_BASE = 'https://api.vipps.no';

	public static function init() {
		add_action( 'wp_ajax_acme_vipps_create_payment', array( __CLASS__, 'create_payment' ) );
		add_action( 'wp_ajax_nopriv_acme_vipps_create_payment', array( __CLASS__, 'create_payment' ) );
		add_action( 'wp_ajax_acme_vipps_capture', array( __CLASS__, 'capture' ) );
		add_action( 'wp_ajax_acme_vipps_refund', array( __CLASS__, 'refund' ) );
	}

	/**
	 * Front-end "Betal med Vipps" button; the shortcode renders the store's MSN into a data attribute.
	 */
	public static function create_payment() {
		check_ajax_referer( 'acme_vipps_pay', 'nonce' );

		$msn       = isset( $_POST['msn'] ) ? sanitize_text_field( wp_unslash( $_POST['msn'] ) ) : '';
		$amount    = isset( $_POST['amount'] ) ? absint( $_POST['amount'] ) : 0;
		$reference = 'wp-' . wp_generate_uuid4();

		$response = wp_remote_post(
			self::API_BASE . '/epayment/v1/payments',
			array(
				'timeout' => 20,
				'headers' => array(
					'Content-Type'              => 'application/json',
					'Authorization'             => 'Bearer ' . Acme_Vipps_Auth::access_token(),
					'Ocp-Apim-Subscription-Key' => ACME_VIPPS_SUBSCRIPTION_KEY,
					'Merchant-Serial-Number'    => $msn,
					'Idempotency-Key'           => $reference,
					'Vipps-System-Name'         => 'wordpress',
					'Vipps-System-Plugin-Name'  => 'acme-vipps-pos',
				),
				'body'    => wp_json_encode(
					array(
						'amount'        => array( 'currency' => 'NOK', 'value' => $amount ),
						'paymentMethod' => array( 'type' => 'WALLET' ),
						'reference'     => $reference,
						'returnUrl'     => home_url( '/vipps-takk/?ref=' . rawurlencode( $reference ) ),
						'userFlow'      => 'WEB_REDIRECT',
					)
				),
			)
		);

		if ( is_wp_error( $response ) ) {
			wp_send_json_error( array( 'message' => $response->get_error_message() ), 502 );
		}
		$data = json_decode( wp_remote_retrieve_body( $response ), true );
		wp_send_json_success( array( 'redirectUrl' => $data['redirectUrl'] ?? '' ) );
	}

	/**
	 * Admin order screen "Capture" button.
	 */
	public static function capture() {
		check_ajax_referer( 'acme_vipps_admin', 'nonce' );
		if ( ! current_user_can( 'edit_shop_orders' ) ) {
			wp_send_json_error( null, 403 );
		}

		$reference = sanitize_text_field( wp_unslash( $_REQUEST['reference'] ?? '' ) );
		$response  = wp_remote_post(
			self::API_BASE . '/epayment/v1/payments/' . rawurlencode( $reference ) . '/capture',
			array(
				'headers' => array(
					'Content-Type'              => 'application/json',
					'Authorization'             => 'Bearer ' . Acme_Vipps_Auth::access_token(),
					'Ocp-Apim-Subscription-Key' => ACME_VIPPS_SUBSCRIPTION_KEY,
					'Merchant-Serial-Number'    => sanitize_text_field( wp_unslash( $_REQUEST['msn'] ?? '' ) ),
					'Idempotency-Key'           => wp_generate_uuid4(),
				),
				'body'    => wp_json_encode( array( 'modificationAmount' => array( 'currency' => 'NOK', 'value' => absint( $_REQUEST['amount'] ?? 0 ) ) ) ),
			)
		);
		wp_send_json_success( array( 'status' => wp_remote_retrieve_response_code( $response ) ) );
	}

	/**
	 * Admin refund; the sales unit is the constant defined in wp-config.php by the host.
	 */
	public static function refund() {
		check_ajax_referer( 'acme_vipps_admin', 'nonce' );
		if ( ! current_user_can( 'edit_shop_orders' ) ) {
			wp_send_json_error( null, 403 );
		}

		$reference = sanitize_text_field( wp_unslash( $_POST['reference'] ?? '' ) );
		$response  = wp_remote_post(
			self::API_BASE . '/epayment/v1/payments/' . rawurlencode( $reference ) . '/refund',
			array(
				'headers' => array(
					'Content-Type'              => 'application/json',
					'Authorization'             => 'Bearer ' . Acme_Vipps_Auth::access_token(),
					'Ocp-Apim-Subscription-Key' => ACME_VIPPS_SUBSCRIPTION_KEY,
					'Merchant-Serial-Number'    => ACME_VIPPS_MSN,
					'Idempotency-Key'           => wp_generate_uuid4(),
				),
				'body'    => wp_json_encode( array( 'modificationAmount' => array( 'currency' => 'NOK', 'value' => absint( $_POST['amount'] ?? 0 ) ) ) ),
			)
		);
		wp_send_json_success( array( 'status' => wp_remote_retrieve_response_code( $response ) ) );
	}
}

Acme_Vipps_Ajax::init();
