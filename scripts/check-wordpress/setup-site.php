<?php
/**
 * Sets up one WordPress site for `npm run check:wordpress`, from PHP's command
 * line, through WordPress's own functions (no HTTP, no installer form):
 *
 *   php setup-site.php <wp-load.php> install <task.json> <result.json>
 *     installs WordPress (wp_install), adds an Author, and saves each post of
 *     the task as its user: wp_set_current_user() lets WordPress add its kses
 *     filters for a user without unfiltered_html, as it does for a save from
 *     the editor, so the stored content is what the filters left.
 *   php setup-site.php <wp-load.php> theme <slug> <result.json>
 *     switches to the theme <slug>.
 *
 * Writes what it did as JSON to <result.json>. HTTP_HOST (and, for Debian's
 * wordpress package, WORDPRESS_CONFIG) come from the environment.
 */

if ( PHP_SAPI !== 'cli' || $argc !== 5 ) {
	fwrite( STDERR, "usage: php setup-site.php <wp-load.php> install <task.json> <result.json> | theme <slug> <result.json>\n" );
	exit( 2 );
}
list( , $wp_load, $command, $argument, $result_file ) = $argv;

$_SERVER['HTTP_HOST']   = getenv( 'HTTP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $wp_load;

/** The role names and the unfiltered_html capability of a user. */
function quartier_check_user( $user_id ) {
	$user = get_userdata( $user_id );
	return array(
		'login'           => $user->user_login,
		'roles'           => array_values( $user->roles ),
		'unfiltered_html' => user_can( $user, 'unfiltered_html' ),
	);
}

if ( 'install' === $command ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$task      = json_decode( file_get_contents( $argument ), true );
	$installed = wp_install( $task['title'], 'admin', 'admin@example.invalid', false, '', wp_generate_password( 24 ), $task['language'] );
	$users     = array(
		'admin'  => (int) $installed['user_id'],
		'author' => wp_insert_user(
			array(
				'user_login' => 'autorin',
				'user_pass'  => wp_generate_password( 24 ),
				'user_email' => 'autorin@example.invalid',
				'role'       => 'author',
			)
		),
	);
	if ( is_wp_error( $users['author'] ) ) {
		fwrite( STDERR, $users['author']->get_error_message() . "\n" );
		exit( 1 );
	}
	$posts = array();
	foreach ( $task['posts'] as $post ) {
		wp_set_current_user( $users[ $post['as'] ] );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $post['title'],
					'post_content' => $post['content'],
					'post_status'  => 'publish',
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		$posts[] = array(
			'as'      => $post['as'],
			'user'    => quartier_check_user( $users[ $post['as'] ] ),
			'url'     => get_permalink( $id ),
			'content' => get_post_field( 'post_content', $id, 'raw' ),
		);
	}
	$result = array(
		'version'       => get_bloginfo( 'version' ),
		'php'           => PHP_VERSION,
		'scriptModules' => function_exists( 'wp_enqueue_script_module' ),
		'theme'         => get_stylesheet(),
		'blockTheme'    => wp_is_block_theme(),
		'posts'         => $posts,
	);
} elseif ( 'theme' === $command ) {
	switch_theme( $argument );
	$result = array(
		'theme'      => get_stylesheet(),
		'blockTheme' => wp_is_block_theme(),
	);
} else {
	fwrite( STDERR, "unknown command: $command\n" );
	exit( 2 );
}

file_put_contents( $result_file, wp_json_encode( $result ) );
