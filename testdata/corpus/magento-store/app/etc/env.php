<?php
return [
    'backend' => [
        'frontName' => 'admin_fjh21'
    ],
    'crypt' => [
        'key' => 'dc2d43a9a9ed5abd97f65b32bf430d33'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'changeme',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1'
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis'
    ],
    'system' => [
        'default' => [
            'payment' => [
                'fjordhandel_vipps' => [
                    'active' => '1',
                    'environment' => 'production',
                    'api_url' => 'https://api.vipps.no',
                    'merchant_serial_number' => '587244',
                    'client_id' => '0:3:/pC1O11t+4xsZEo/ebKegcXzKPWpXBkQUVfc2US70yXNrvuq5/jgASl6EfNDZz8R4E1+iV8TTtf0J+PJ',
                    'client_secret' => '0:3:c5CV2a55GViDhQWit9AZu5C0hNQZ1xuv9Gtn/La2RkiwHJLVXe88xHKA9+YNODCo',
                    'subscription_key' => '0:3:Un8a2RK8uCED/IqDnz4cQKEpQto+DgUbV8jbh93OKLcnBPVKzITPW6KiQCEn33kNpsni'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 05 Mar 2024 09:12:44 +0000'
    ]
];
