<?php
/**
 * WooCommerce payment gateway: Vipps MobilePay.
 *
 * @package Vipps_Checkout_Fjord
 */

defined( 'ABSPATH' ) || exit;

class WC_Gateway_Vipps_Fjord extends WC_Payment_Gateway {

	public function __construct() {
		$this->id                 = 'vipps_fjord';
		$this->method_title       = __( 'Vipps MobilePay', 'vipps-checkout-fjord' );
		$this->method_description = __( 'Betal med Vipps MobilePay (ePayment API).', 'vipps-checkout-fjord' );
		$this->has_fields         = false;
		$this->supports           = array( 'products', 'refunds' );

		$this->init_form_fields();
		$this->init_settings();
		$this->title = $this->get_option( 'title' );

		add_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'                => array(
				'title'   => __( 'Enable', 'vipps-checkout-fjord' ),
				'type'    => 'checkbox',
				'default' => 'no',
			),
			'title'                  => array(
				'title'   => __( 'Title', 'vipps-checkout-fjord' ),
				'type'    => 'text',
				'default' => 'Vipps',
			),
			'merchant_serial_number' => array(
				'title'       => __( 'Merchant Serial Number', 'vipps-checkout-fjord' ),
				'type'        => 'text',
				'placeholder' => '123456',
			),
			'client_id'              => array(
				'title'       => __( 'client_id', 'vipps-checkout-fjord' ),
				'type'        => 'text',
				'placeholder' => 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
				'description' => __( 'Found on portal.vipps.no under Utvikler.', 'vipps-checkout-fjord' ),
			),
			'client_secret'          => array(
				'title'       => __( 'client_secret', 'vipps-checkout-fjord' ),
				'type'        => 'password',
				'placeholder' => 'YOUR-CLIENT-SECRET',
			),
			'subscription_key'       => array(
				'title'       => __( 'Ocp-Apim-Subscription-Key', 'vipps-checkout-fjord' ),
				'type'        => 'password',
				'placeholder' => '<subscription-key>',
			),
			'test_mode'              => array(
				'title'       => __( 'Test mode (apitest.vipps.no)', 'vipps-checkout-fjord' ),
				'type'        => 'checkbox',
				'default'     => 'yes',
			),
		);
	}

	public function log( $message, $level = 'info' ) {
		wc_get_logger()->log( $level, $message, array( 'source' => $this->id ) );
	}
}
