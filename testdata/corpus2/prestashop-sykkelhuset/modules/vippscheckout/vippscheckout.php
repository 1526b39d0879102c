<?php
/**
 * Vipps Checkout for PrestaShop – Sykkelhuset.
 */
if (!defined('_PS_VERSION_')) {
    exit;
}

class VippsCheckout extends PaymentModule
{
    const CONFIG_KEYS = [
        'VIPPS_ENVIRONMENT',
        'VIPPS_MSN',
        'VIPPS_CLIENT_ID',
        'VIPPS_CLIENT_SECRET',
        'VIPPS_SUBSCRIPTION_KEY',
    ];

    public function __construct()
    {
        $this->name = 'vippscheckout';
        $this->tab = 'payments_gateways';
        $this->version = '1.3.0';
        $this->author = 'Sykkelhuset';
        $this->need_instance = 0;
        parent::__construct();
        $this->displayName = $this->l('Vipps Checkout');
        $this->description = $this->l('Betal med Vipps MobilePay i kassen.');
    }

    public function install()
    {
        return parent::install()
            && $this->registerHook('paymentOptions')
            && Configuration::updateValue('VIPPS_ENVIRONMENT', 'test')
            && Configuration::updateValue('VIPPS_CLIENT_SECRET', '');
    }

    public function getApiBaseUrl()
    {
        return Configuration::get('VIPPS_ENVIRONMENT') === 'production'
            ? 'https://api.vipps.no'
            : 'https://apitest.vipps.no';
    }

    public function getAuthHeaders()
    {
        return [
            'client_id: ' . Configuration::get('VIPPS_CLIENT_ID'),
            'client_secret: ' . Configuration::get('VIPPS_CLIENT_SECRET'),
            'Ocp-Apim-Subscription-Key: ' . Configuration::get('VIPPS_SUBSCRIPTION_KEY'),
            'Vipps-System-Name: prestashop',
            'Vipps-System-Version: ' . _PS_VERSION_,
            'Vipps-System-Plugin-Name: vippscheckout',
            'Vipps-System-Plugin-Version: ' . $this->version,
        ];
    }

    public function getContent()
    {
        if (Tools::isSubmit('submitVippsCheckout')) {
            foreach (self::CONFIG_KEYS as $key) {
                $value = Tools::getValue($key);
                if ($key === 'VIPPS_CLIENT_SECRET' && $value === '') {
                    continue; // keep the stored secret when the field is left blank
                }
                Configuration::updateValue($key, $value);
            }
        }
        return $this->renderForm();
    }
}
