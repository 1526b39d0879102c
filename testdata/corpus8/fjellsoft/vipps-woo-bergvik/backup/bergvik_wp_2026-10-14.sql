-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
-- Host: localhost    Database: bergvik_wp
LOCK TABLES `wp_options` WRITE;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://butikk.bergvik.kommune.no','yes'),(2,'blogname','Bergvik kommune nettbutikk','yes');
INSERT INTO `wp_options` VALUES (412,'woocommerce_vipps_settings','a:6:{s:7:\"enabled\";s:3:\"yes\";s:20:\"merchantSerialNumber\";s:6:\"298696\";s:8:\"clientId\";s:36:\"3b451f8f-85c8-4da7-9dcb-e5714efd9794\";s:6:\"secret\";s:44:\"Jh1jifTKqUPuvaJ3RZVPi+J9Qotf4eTlVyIVvG51ilg=\";s:22:\"Ocp_Apim_Key_eCommerce\";s:32:\"ebafae6c0a42a8b366ab6736b147087b\";s:8:\"testmode\";s:2:\"no\";}','yes');
INSERT INTO `wp_options` VALUES (413,'woocommerce_vipps_version','4.1.2','yes'),(414,'_transient_wc_count_comments','f19507315ce49070237b7cbfe5b17c2f','no');
UNLOCK TABLES;
