<?php
define('DB_NAME', 'bergvik_wp');
define('DB_USER', 'wp');
define('AUTH_KEY',         'm$dXVgG!Q4S*arsGFq2qO<P*AoF@W{%XR#c&O2Nis<[T3(S,53xofL6auKCMB=H6');
define('SECURE_AUTH_KEY',  'VWVvr~WS*0IrsR&ilXRh>to)>8idWdMOLx,TpBjq]#dCMWn[l#JgMiuV{*Dc!51J');

// Vipps MobilePay (produksjon) - brukes av bergvik-vipps-mu-plugin
define('VIPPS_API_URL', 'https://api.vipps.no');
define('VIPPS_CLIENT_ID', '6d550ded-e0a1-440e-a0ba-2c274603e1ab');
define('VIPPS_CLIENT_SECRET', 'kGLLgu/o9B8kQeYXDVu4nSbHr9BrrE+UB6YEIqAAOrw=');
define('VIPPS_SUBSCRIPTION_KEY', '12ca1ccb0ce59ceed1e163579ef025d9');
define('VIPPS_MSN', '365082');

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
