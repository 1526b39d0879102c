-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: bakeriet_wp
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `wp_options`
--

DROP TABLE IF EXISTS `wp_options`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `wp_options` (
  `option_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `option_name` varchar(191) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT '',
  `option_value` longtext COLLATE utf8mb4_unicode_520_ci NOT NULL,
  `autoload` varchar(20) COLLATE utf8mb4_unicode_520_ci NOT NULL DEFAULT 'yes',
  PRIMARY KEY (`option_id`),
  UNIQUE KEY `option_name` (`option_name`),
  KEY `autoload` (`autoload`)
) ENGINE=InnoDB AUTO_INCREMENT=4218 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `wp_options`
--

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://bakerietpahjornet.no','yes');
INSERT INTO `wp_options` VALUES (2,'home','https://bakerietpahjornet.no','yes');
INSERT INTO `wp_options` VALUES (3,'blogname','Bakeriet på Hjørnet','yes');
INSERT INTO `wp_options` VALUES (6,'admin_email','post@bakerietpahjornet.no','yes');
INSERT INTO `wp_options` VALUES (33,'active_plugins','a:3:{i:0;s:27:\"woocommerce/woocommerce.php\";i:1;s:23:\"woo-vipps/woo-vipps.php\";i:2;s:19:\"akismet/akismet.php\";}','yes');
INSERT INTO `wp_options` VALUES (118,'nonce_salt','1[f(--h;2*mC8,)quV0p01YYu(Ei[9R,ZS-SdFhI},1;A3j.WWCimO2a&:5j3|^k','yes');
INSERT INTO `wp_options` VALUES (119,'auth_salt','kJ/)&)Z%OH{mY*mLWmDC9lm?~yD8HS3cs3+[Iy|bgx*$*ggUS5ST?1Vzc9mOF,dO','yes');
INSERT INTO `wp_options` VALUES (412,'woocommerce_currency','NOK','yes');
INSERT INTO `wp_options` VALUES (413,'woocommerce_default_country','NO:','yes');
INSERT INTO `wp_options` VALUES (1893,'woocommerce_vipps_settings','a:18:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:15:\"Vipps MobilePay\";s:11:\"description\";s:31:\"Betal enkelt og trygt med Vipps\";s:14:\"payment_method\";s:8:\"epayment\";s:20:\"merchantSerialNumber\";s:6:\"801421\";s:8:\"clientId\";s:36:\"8e4c8b6e-922d-4e85-86f3-99bba3e0b313\";s:6:\"secret\";s:28:\"BPM6bUqHAQGYvKUVvVyv8aUZOJg=\";s:22:\"Ocp_Apim_Key_eCommerce\";s:32:\"230c7beafe5f9f6aa4362d5cb9b2345c\";s:13:\"result_status\";s:10:\"processing\";s:13:\"developermode\";s:2:\"no\";s:8:\"testmode\";s:2:\"no\";s:25:\"merchantSerialNumber_test\";s:0:\"\";s:13:\"clientId_test\";s:0:\"\";s:11:\"secret_test\";s:0:\"\";s:27:\"Ocp_Apim_Key_eCommerce_test\";s:0:\"\";s:12:\"vippsdefault\";s:3:\"yes\";s:24:\"vippsspecialpagetemplate\";s:0:\"\";s:13:\"singlepayment\";s:3:\"yes\";}','yes');
INSERT INTO `wp_options` VALUES (1894,'woo-vipps_version','4.0.2','yes');
INSERT INTO `wp_options` VALUES (1902,'_transient_timeout_wc_count_comments','1708214400','no');
INSERT INTO `wp_options` VALUES (2217,'woocommerce_bacs_settings','a:3:{s:7:\"enabled\";s:2:\"no\";s:5:\"title\";s:15:\"Bankoverføring\";s:12:\"instructions\";s:0:\"\";}','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;

-- Dump completed on 2024-02-11  3:15:02
