<?php
/**
 * Settings page for a venue subsite. Shows the venue's MSN and whether the network
 * has Vipps configured; it never prints the partner keys.
 */

defined( 'ABSPATH' ) || exit;

class Kulisse_Vipps_Settings {
	public function render() {
		$msn        = get_option( 'kulisse_vipps_msn' );
		$key        = defined( 'KULISSE_VIPPS_PARTNER_SUBSCRIPTION_KEY' ) ? KULISSE_VIPPS_PARTNER_SUBSCRIPTION_KEY : '';
		$configured = defined( 'KULISSE_VIPPS_PARTNER_CLIENT_SECRET' ) && KULISSE_VIPPS_PARTNER_CLIENT_SECRET !== '';
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Vipps MobilePay', 'kulisse-vipps' ); ?></h1>
			<form method="post" action="options.php">
				<?php settings_fields( 'kulisse_vipps' ); ?>
				<label>MSN <input name="kulisse_vipps_msn" value="<?php echo esc_attr( $msn ); ?>"></label>
				<?php submit_button(); ?>
			</form>
			<p>Nettverksnøkler: <?php echo $configured ? 'konfigurert' : 'mangler'; ?></p>
			<p>Abonnementsnøkkel: <?php echo esc_html( substr( $key, 0, 4 ) . str_repeat( '*', 8 ) ); ?></p>
		</div>
		<?php
		if ( ! $configured ) {
			error_log( 'Kulisse Vipps: KULISSE_VIPPS_PARTNER_CLIENT_SECRET is not defined in wp-config.php' );
		}
	}
}
