-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: wp_acmeshop
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Dumping data for table `wp_options`
--

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://acmeshop.no','yes');
INSERT INTO `wp_options` VALUES (2,'home','https://acmeshop.no','yes');
INSERT INTO `wp_options` VALUES (3,'blogname','Acme Shop','yes');
INSERT INTO `wp_options` VALUES (35,'active_plugins','a:3:{i:0;s:27:\"woocommerce/woocommerce.php\";i:1;s:23:\"woo-vipps/woo-vipps.php\";i:2;s:19:\"akismet/akismet.php\";}','yes');
INSERT INTO `wp_options` VALUES (412,'woocommerce_vipps_settings','a:18:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:5:\"Vipps\";s:11:\"description\";s:31:\"Betal enkelt og trygt med Vipps\";s:11:\"orderprefix\";s:3:\"Woo\";s:20:\"merchantSerialNumber\";s:7:\"5035299\";s:8:\"clientId\";s:36:\"b8f4044b-2698-4adb-823d-1e9885fa0eb3\";s:6:\"secret\";s:24:\"7bK6t5uL4zGnFBABFKfCGg==\";s:22:\"Ocp_Apim_Key_eCommerce\";s:32:\"ac0eb1d0abc4834f3d202f40be6ac09c\";s:25:\"merchantSerialNumber_test\";s:0:\"\";s:13:\"clientId_test\";s:0:\"\";s:11:\"secret_test\";s:0:\"\";s:27:\"Ocp_Apim_Key_eCommerce_test\";s:0:\"\";s:8:\"testmode\";s:2:\"no\";s:13:\"developermode\";s:2:\"no\";s:13:\"result_status\";s:7:\"on-hold\";s:12:\"vippsdefault\";s:3:\"yes\";s:19:\"payment_method_name\";s:5:\"Vipps\";s:24:\"vippsspecialpagetemplate\";s:0:\"\";}','yes');
INSERT INTO `wp_options` VALUES (413,'woo_vipps_dbversion','1.4','yes');
INSERT INTO `wp_options` VALUES (520,'woocommerce_stripe_settings','a:6:{s:7:\"enabled\";s:2:\"no\";s:5:\"title\";s:4:\"Kort\";s:8:\"testmode\";s:2:\"no\";s:15:\"publishable_key\";s:0:\"\";s:10:\"secret_key\";s:0:\"\";s:14:\"webhook_secret\";s:0:\"\";}','yes');
INSERT INTO `wp_options` VALUES (611,'_transient_timeout_woo_vipps_recurring_check','1714641000','no');
INSERT INTO `wp_options` VALUES (702,'db_upgraded','','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;
