<?php
defined('ABSPATH') || exit;

class Acme_Vipps_Api {
    private $gateway;

    public function __construct(WC_Gateway_Acme_Vipps $gateway) {
        $this->gateway = $gateway;
    }

    public function create_payment(WC_Order $order) {
        // MSN is entered by the shop owner under WooCommerce > Settings > Payments > Vipps
        $msn = $this->gateway->get_option('merchant_serial_number');
        $headers = array(
            'Authorization'             => 'Bearer ' . acme_vipps_partner_token(),
            'Ocp-Apim-Subscription-Key' => ACME_VIPPS_PARTNER_SUBSCRIPTION_KEY_FROM_ENV,
            'Merchant-Serial-Number'    => $msn,
            'Idempotency-Key'           => wp_generate_uuid4(),
            'Content-Type'              => 'application/json',
        );
        $body = array(
            'amount'        => array('currency' => 'NOK', 'value' => (int) round($order->get_total() * 100)),
            'paymentMethod' => array('type' => 'WALLET'),
            'reference'     => 'acme-' . $order->get_id(),
            'userFlow'      => 'WEB_REDIRECT',
            'returnUrl'     => $order->get_checkout_order_received_url(),
        );
        return wp_remote_post('https://api.vipps.no/epayment/v1/payments', array(
            'headers' => $headers,
            'body'    => wp_json_encode($body),
            'timeout' => 15,
        ));
    }
}
