-- Magento 2 core_config_data export (payment section)
INSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`, `updated_at`) VALUES
(901, 'default', 0, 'payment/vipps/active', '1', '2024-01-15 10:22:31'),
(902, 'default', 0, 'payment/vipps/env', 'production', '2024-01-15 10:22:31'),
(903, 'default', 0, 'payment/vipps/merchant_serial_number', '282788', '2024-01-15 10:22:31'),
(904, 'default', 0, 'payment/vipps/client_id', '0:3:qLvQG6PGVwA8hh2ZumG4FtDAWb72lCWCBO6vUMt5VdGOUnl+J257Xcg86RThZC2v', '2024-01-15 10:22:31'),
(905, 'default', 0, 'payment/vipps/client_secret', '0:3:VlGDKC9Zk3IeWJehKp/Tv5fGTQqqXfILYhm0VWJTQ85L8838Em35RP1FLK4CkD1X', '2024-01-15 10:22:31'),
(906, 'default', 0, 'payment/vipps/subscription_key1', '0:3:qdf2/rlcxr1A4AW0fcxGt0qsnzGgt0baUIO7NC2HeqmR0juJWFqWhzaQomzfBzJc', '2024-01-15 10:22:31'),
(907, 'default', 0, 'payment/vipps/subscription_key2', '0:3:T631O9e3xL6+7xe8XyYfOjKVZ22m5oDwknPnye0OIBOy8ozOAb0MZmug4UT4UXSj', '2024-01-15 10:22:31');
