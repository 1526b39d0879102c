-- Magento 2 core_config_data export (kantinebutikken), Vipps-modulen
INSERT INTO `core_config_data` (`scope`,`scope_id`,`path`,`value`) VALUES
('default',0,'payment/vipps/merchant_serial_number','468114'),
('default',0,'payment/vipps/client_id','0:3:TK/A+Mm6LLUjAFQvmga0Usckh6+ZqsW9BsPnNGfjP2MqiLW4lSas3GGGLZYyXJa9'),
('default',0,'payment/vipps/client_secret','0:3:L/HRp9ULHF2x3oo+e5GU7dO8w0iqUFO3CWNFoyyGORqjnV0hUzVZNgaBMpgGXALmK45RLIYicGr8m6/W'),
('default',0,'payment/vipps/subscription_key1','0:3:GfJc13tDIRRPNlzWuN+KOYitG/n3+nbhNuVG7ChVvfP6SYJLctErae4r/Ikig19hj8bYr+w+F2h7Svy7'),
('default',0,'payment/vipps/environment','production');
