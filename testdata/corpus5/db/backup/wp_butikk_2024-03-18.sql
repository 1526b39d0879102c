-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: wp_butikk
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` VALUES (1,'siteurl','https://butikk.example.no','yes'),(2,'home','https://butikk.example.no','yes'),(3,'blogname','Butikken AS','yes');
INSERT INTO `wp_options` VALUES (412,'woocommerce_vipps_settings','a:9:{s:7:\"enabled\";s:3:\"yes\";s:5:\"title\";s:5:\"Vipps\";s:11:\"description\";s:22:\"Betal enkelt med Vipps\";s:20:\"merchantSerialNumber\";s:6:\"611057\";s:8:\"clientId\";s:36:\"79d3c39c-3721-43f0-8475-81cefef44b5f\";s:6:\"secret\";s:24:\"mWmzxxzgkxRKrWdvvAGUpA==\";s:22:\"Ocp_Apim_Key_eCommerce\";s:32:\"f6c797b62d948d56f34819997fbf3b30\";s:14:\"payment_action\";s:9:\"authorize\";s:5:\"debug\";s:2:\"no\";}','yes');
INSERT INTO `wp_options` VALUES (413,'woocommerce_vipps_version','2.1.4','yes'),(414,'_transient_timeout_vipps_access_token','1712345678','no');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;
