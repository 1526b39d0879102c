-- wp_options excerpt from staging (Vipps plugin not yet configured)
INSERT INTO `wp_options` VALUES (512,'woocommerce_vipps_settings','a:5:{s:7:\"enabled\";s:2:\"no\";s:20:\"merchantSerialNumber\";s:0:\"\";s:8:\"clientId\";s:0:\"\";s:6:\"secret\";s:0:\"\";s:22:\"Ocp_Apim_Key_eCommerce\";s:0:\"\";}','yes');
INSERT INTO `wp_postmeta` VALUES (88121,4411,'_vipps_orderid','b996b3de-4294-4df3-84bd-8ba289685219'),(88122,4411,'_vipps_status','AUTHORIZED'),(88123,4412,'_vipps_orderid','4c9a0ad3-8a92-4302-b307-0fb4fc1d0bc8');
