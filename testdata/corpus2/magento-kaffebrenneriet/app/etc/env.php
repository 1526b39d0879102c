<?php
return [
    'backend' => [
        'frontName' => 'admin_kbr7'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1
    ],
    'crypt' => [
        'key' => 'c173d7492928ea37abe68a6771b79f7a'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.kaffebrenneriet.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'mShQtbm7C308YFBrG9',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis.kaffebrenneriet.internal',
            'port' => '6379',
            'database' => '2'
        ]
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'full_page' => 1
    ],
    // Låst med: bin/magento config:set --lock-env payment/vipps/... (se driftsdok.)
    'system' => [
        'default' => [
            'payment' => [
                'vipps' => [
                    'active' => '1',
                    'title' => 'Vipps MobilePay',
                    'environment' => 'production',
                    'merchant_serial_number' => '8806607',
                    'client_id' => '53c26f83-ff4c-4cf0-82df-c98f2248844d',
                    'client_secret' => '/TUEM5SUlwaZGRIgUwjuX12b9Is=',
                    'subscription_key1' => 'b4bebf60cf29ff3953db4506ba8f99c6',
                    'subscription_key2' => '',
                    'order_status' => 'pending_payment'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 14 Mar 2023 09:12:44 +0000'
    ]
];
