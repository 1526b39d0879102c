-- Eksport av betalingsoppsett fra prod, 2024-01-22 (mysqldump --where="path LIKE 'payment/%'")
-- Sensitive felt er kryptert med crypt/key fra env.php (Magento\Framework\Encryption).

LOCK TABLES `core_config_data` WRITE;
/*!40000 ALTER TABLE `core_config_data` DISABLE KEYS */;
INSERT INTO `core_config_data` (`config_id`, `scope`, `scope_id`, `path`, `value`, `updated_at`) VALUES
(812,'default',0,'payment/vipps/active','1','2023-03-14 09:40:11'),
(813,'default',0,'payment/vipps/title','Vipps MobilePay','2023-03-14 09:40:11'),
(814,'default',0,'payment/vipps/environment','production','2023-03-14 09:40:11'),
(815,'default',0,'payment/vipps/merchant_serial_number','64836','2023-03-14 09:40:11'),
(816,'default',0,'payment/vipps/client_id','0:3:L8onXnr+Qp/Wn7pNpprh7yipAqEfUr5ExfBh76rD4wCsIEzzgrbCjHvOSSEvLyAUEsgPOhIvWmGe3gc6ubJJdUNyhYqgOzfB','2023-03-14 09:40:11'),
(817,'default',0,'payment/vipps/client_secret','0:3:Cu5FUVhwYCZCgzwb1ZLfyrPzUISvc56LaEGlt+OEb0qpBqWL+3fHVqV9seEe5SvcAqqMH26I48lWS79Ejp2w7Q==','2023-11-02 13:05:57'),
(818,'default',0,'payment/vipps/subscription_key1','0:3:joOq0Kt8uc/eobijciAB+MZ/FlvEXayTsqJg25tZYQInrAWx4TROww65iLqLrwKLpDEM7VCJ9DQ1sI8UkU1hEDatgP7qfYLc','2023-11-02 13:05:57'),
(819,'default',0,'payment/vipps/subscription_key2','0:3:0owS5aCo2k4aDfRCDsvFC5+WI9fyiJQ0Mb8TBjT5IkP96xa76x+1lR5g1CPpo6/T5UKVRwlqDSrMx/n50LDCSw==','2023-11-02 13:05:57'),
(820,'default',0,'payment/vipps/order_status','pending_payment','2023-03-14 09:40:11'),
(821,'stores',2,'payment/vipps/active','0','2023-06-01 10:00:00'),
(905,'default',0,'payment/checkmo/active','0','2023-03-14 09:12:44');
/*!40000 ALTER TABLE `core_config_data` ENABLE KEYS */;
UNLOCK TABLES;
