-- Magento 2 core_config_data export (Vipps module), staging, 2024-03-11
-- Sensitive paths are stored encrypted with the deployment key (app/etc/env.php crypt/key).
INSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`, `updated_at`) VALUES
(1201, 'default', 0, 'payment/vipps/active', '1', '2024-03-11 10:02:11'),
(1202, 'default', 0, 'payment/vipps/title', 'Vipps', '2024-03-11 10:02:11'),
(1203, 'default', 0, 'payment/vipps/environment', 'production', '2024-03-11 10:02:11'),
(1204, 'default', 0, 'payment/vipps/merchant_serial_number', '2754929', '2024-03-11 10:02:11'),
(1205, 'default', 0, 'payment/vipps/client_id', '0:3:9HNEAnZ8ZJ6E3bdBEUbEcnu74CyG7Av0vIcnkSPH/MpU4BtvVDwKk/E1KnQHhQTweda+QgYOFTc57lL3sBSXRkiDBHySfKgoR2jICg==', '2024-03-11 10:02:11'),
(1206, 'default', 0, 'payment/vipps/client_secret', '0:3:Dktv7QpR0MXDNVp7aBdZtb/wwB/pYEFZgRt+dLO4hzwA2JjuLcIiWUYrpkrVbT7gT3eZC33zqeVubXN7QPqewg==', '2024-03-11 10:02:11'),
(1207, 'default', 0, 'payment/vipps/subscription_key1', '0:3:fnoslMoSV6a2OktMngsZ2DSnPtuJDeFk6uViCvLHMLPhcfYT+hfn6qwwK/tQm1kgR3W6f+x3I/QldGB9l2pxXe4Gf+KXeMKu', '2024-03-11 10:02:11'),
(1208, 'default', 0, 'payment/vipps/subscription_key2', '0:3:L9sNDXa73B3SB8dMNTzqAoc+d2JgOuivoWkVaHQJ2sBBLnK059ZX/eT3f/lemOF4gncl4TeLQB50nw8xP35TR2o3gG+QMwOb', '2024-03-11 10:02:11'),
(1209, 'default', 0, 'payment/vipps/order_status', 'pending_payment', '2024-03-11 10:02:11'),
(1210, 'websites', 1, 'payment/vipps/checkout_enabled', '0', '2024-03-11 10:02:11');
