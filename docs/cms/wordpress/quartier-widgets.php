<?php
/**
 * Plugin Name: Quartier Widgets
 * Description: Loads the Quartier Widgets script (self-hosted) as an ES module on every front-end page, so that editors can place <quartier-card>, <partner-list> and <offer-map>, or their data-quartier divs, in posts and pages.
 * Version:     0.1.0
 * License:     MIT
 * Requires at least: 6.1
 *
 * A must-use plugin: copy this file to wp-content/mu-plugins/ (create the
 * folder if it is missing). WordPress loads it by itself; it cannot be
 * switched off in the admin by mistake.
 *
 * Where the script is. By default the kit's files (quartier-widgets.js with
 * its chunks/ folder next to it) are expected in
 *
 *     wp-content/quartier-widgets/<QUARTIER_WIDGETS_VERSION>/
 *
 * One folder per version: the URL changes with each release, so browsers
 * never mix an old entry script with new chunks, and no "?ver=" is appended.
 * To use another place, set the script's full URL in wp-config.php:
 *
 *     define( 'QUARTIER_WIDGETS_URL', 'https://www.example.org/assets/quartier-widgets/0.1.0/quartier-widgets.js' );
 *
 * or filter it per request ('quartier_widgets_script_url'; return '' to leave
 * a page without the script). A consent manager's bridge must import exactly
 * the URL printed in the page's script tag.
 *
 * WordPress 6.5 and later: the script goes through the Script Modules API
 * (wp_enqueue_script_module). WordPress 6.1 to 6.4 lack that API (calling it
 * there is a fatal error on every page); they get a classic enqueued script
 * whose tag is rewritten to type="module". Either way the tag is printed by
 * wp_head()/wp_footer(), which block themes and classic themes both call.
 *
 * This plugin reads no request data and changes nothing in the content
 * filters: authors and contributors (no unfiltered_html) use the
 * data-quartier divs, which WordPress keeps; see docs/embedding.md.
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'QUARTIER_WIDGETS_VERSION' ) ) {
	define( 'QUARTIER_WIDGETS_VERSION', '0.1.0' );
}

/**
 * The script's URL: QUARTIER_WIDGETS_URL, or the versioned folder in
 * wp-content; then the 'quartier_widgets_script_url' filter.
 *
 * @return string The URL, or '' for no script on this page.
 */
function quartier_widgets_script_url() {
	$url = defined( 'QUARTIER_WIDGETS_URL' )
		? QUARTIER_WIDGETS_URL
		: content_url( 'quartier-widgets/' . QUARTIER_WIDGETS_VERSION . '/quartier-widgets.js' );
	return (string) apply_filters( 'quartier_widgets_script_url', $url );
}

add_action(
	'wp_enqueue_scripts',
	function () {
		$url = quartier_widgets_script_url();
		if ( '' === $url ) {
			return;
		}
		if ( function_exists( 'wp_enqueue_script_module' ) ) {
			// WordPress 6.5+. Version null: no "?ver=" on the URL.
			wp_enqueue_script_module( 'quartier-widgets', $url, array(), null );
			return;
		}
		// WordPress 6.1–6.4: a classic script in the footer, made a module below.
		wp_enqueue_script( 'quartier-widgets', $url, array(), null, true );
	}
);

add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 'quartier-widgets' !== $handle ) {
			return $tag;
		}
		// The whole tag, not an added attribute: a classic theme on 6.1 prints
		// type='text/javascript', and a second type attribute would be ignored.
		return wp_get_script_tag(
			array(
				'type' => 'module',
				'src'  => esc_url( $src ),
				'id'   => 'quartier-widgets-js',
			)
		);
	},
	10,
	3
);
