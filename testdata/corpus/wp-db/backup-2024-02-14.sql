-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: wp_fjordkaffe
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `wp_options`
--

DROP TABLE IF EXISTS `wp_options`;
CREATE TABLE `wp_options` (
  `option_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `option_name` varchar(191) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT '',
  `option_value` longtext COLLATE utf8mb4_unicode_520_ci NOT NULL,
  `autoload` varchar(20) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT 'yes',
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_name` (`option_name`)
) ENGINE=InnoDB AUTO_INCREMENT=48213 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

--
-- Dumping data for table `wp_options`
--

LOCK TABLES `wp_options` WRITE;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://fjordkaffe.no','yes'),(2,'home','https://fjordkaffe.no','yes'),(3,'blogname','Fjordkaffe','yes'),(48,'woocommerce_currency','NOK','yes');
INSERT INTO `wp_options` VALUES (48190,'woocommerce_vipps_settings','a:14:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:5:\"Vipps\";s:11:\"description\";s:22:\"Betal enkelt med Vipps\";s:20:\"merchantSerialNumber\";s:6:\"550346\";s:8:\"clientId\";s:36:\"89bf7eae-49bd-41c4-8115-187740124682\";s:6:\"secret\";s:44:\"zj0aCZM5tNpYx4VoCwZc4JYGY2WGM2nydXhxh9mebGc=\";s:22:\"Ocp_Apim_Key_eCommerce\";s:32:\"be203c0853644bf2b777d7955e52bf58\";s:25:\"merchantSerialNumber_test\";s:0:\"\";s:13:\"clientId_test\";s:0:\"\";s:11:\"secret_test\";s:0:\"\";s:27:\"Ocp_Apim_Key_eCommerce_test\";s:0:\"\";s:13:\"developermode\";s:2:\"no\";s:8:\"testmode\";s:2:\"no\";s:21:\"vippsorderattribution\";s:3:\"yes\";}','yes');
INSERT INTO `wp_options` VALUES (48191,'woocommerce_vipps_version','2.1.3','yes'),(48192,'_transient_timeout_vipps_access_token','1707919200','no');
UNLOCK TABLES;
