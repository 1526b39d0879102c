-- staging: options exported with WP-CLI (wp db export --tables=wp_options)
-- fjordkaffe-staging.kinsta.cloud

LOCK TABLES `wp_options` WRITE;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://fjordkaffe-staging.kinsta.cloud','yes'),(2,'home','https://fjordkaffe-staging.kinsta.cloud','yes');
INSERT INTO `wp_options` VALUES (48190,'woocommerce_vipps_settings','a:12:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:5:\"Vipps\";s:20:\"merchantSerialNumber\";s:0:\"\";s:8:\"clientId\";s:0:\"\";s:6:\"secret\";s:0:\"\";s:22:\"Ocp_Apim_Key_eCommerce\";s:0:\"\";s:25:\"merchantSerialNumber_test\";s:6:\"123456\";s:13:\"clientId_test\";s:36:\"fb492b5e-7907-4d83-bc20-c7fb60ca35de\";s:11:\"secret_test\";s:24:\"Y8Kteew6GE3ZmeycEt6egg==\";s:27:\"Ocp_Apim_Key_eCommerce_test\";s:32:\"0f14ebcab0eb4b29ae0cb90d91b4a84a\";s:13:\"developermode\";s:3:\"yes\";s:8:\"testmode\";s:3:\"yes\";}','yes');
INSERT INTO `wp_options` VALUES (48201,'woocommerce_stripe_settings','a:5:{s:7:\"enabled\";s:2:\"no\";s:8:\"testmode\";s:3:\"yes\";s:20:\"test_publishable_key\";s:11:\"pk_test_xxx\";s:15:\"test_secret_key\";s:11:\"sk_test_xxx\";s:14:\"webhook_secret\";s:8:\"changeme\";}','yes');
INSERT INTO `wp_options` VALUES (48215,'_transient_wc_vipps_checksum','52a377629878f21031303278e73d34c3','no');
UNLOCK TABLES;
