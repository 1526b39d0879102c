<?php
/**
 * Settings page shown to the merchant in wp-admin.
 *
 * Partner mode: API keys are managed by Acme and are never stored on this site, and the
 * sales unit (MSN) is assigned during onboarding and shown read-only.
 * Own-keys mode: the merchant pastes the keys from their own portal.vipps.no.
 */

defined( 'ABSPATH' ) || exit;

$mode = get_option( 'acme_vipps_mode', 'partner' );
$msn  = get_option( 'acme_vipps_assigned_msn', '' );
?>
<div class="wrap">
	<h1><?php esc_html_e( 'Vipps MobilePay', 'acme-vipps-partner' ); ?></h1>
	<form method="post" action="options.php">
		<?php settings_fields( 'acme_vipps' ); ?>
		<table class="form-table">
			<tr>
				<th><?php esc_html_e( 'Sales unit (MSN)', 'acme-vipps-partner' ); ?></th>
				<td><input type="text" readonly class="regular-text" value="<?php echo esc_attr( $msn ); ?>" /></td>
			</tr>
			<?php if ( 'own' === $mode ) : ?>
			<tr>
				<th><label for="acme_vipps_client_id">client_id</label></th>
				<td><input id="acme_vipps_client_id" name="acme_vipps_client_id" type="text" class="regular-text"
					placeholder="fb492b5e-7907-4d83-bc20-c7fb60ca35de"
					value="<?php echo esc_attr( get_option( 'acme_vipps_client_id' ) ); ?>" /></td>
			</tr>
			<tr>
				<th><label for="acme_vipps_client_secret">client_secret</label></th>
				<td><input id="acme_vipps_client_secret" name="acme_vipps_client_secret" type="password" class="regular-text"
					placeholder="Y8Kteew6GE3ZmeycEt6egg==" autocomplete="off" value="" /></td>
			</tr>
			<tr>
				<th><label for="acme_vipps_subscription_key">Ocp-Apim-Subscription-Key</label></th>
				<td><input id="acme_vipps_subscription_key" name="acme_vipps_subscription_key" type="password" class="regular-text"
					placeholder="xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" autocomplete="off" value="" /></td>
			</tr>
			<?php else : ?>
			<tr>
				<th><?php esc_html_e( 'API keys', 'acme-vipps-partner' ); ?></th>
				<td><?php esc_html_e( 'Managed by Acme. Contact support@acme.no to change sales unit.', 'acme-vipps-partner' ); ?></td>
			</tr>
			<?php endif; ?>
		</table>
		<?php submit_button(); ?>
	</form>
</div>
