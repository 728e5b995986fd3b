#!/usr/bin/env bash
# (A copy of ../shared/wordpress/rig.sh, the team's recipe, kept in the project so that a clean clone —
# CI — has it; tests/e2e/wordpress.test.mjs runs it. Change the shared one first, then copy it here.)
# A real WordPress (Debian bookworm's `wordpress` package, 6.1.x) for tests, served
# on http://127.0.0.1:8081 only (loopback), by a private Apache (prefork + mod_php 8.2) and a private
# MariaDB that listens on a unix socket only. Nothing is started through the system's service scripts,
# and the system's own apache2/mariadb configurations are left as the packages ship them.
#
#   bash rig.sh [start]   install (first time, apt-get), configure, start; prints on its last line
#                               WP_URL=http://127.0.0.1:8081 POST_ID=<id>      (idempotent; a re-run takes ~1-2 s)
#   bash rig.sh stop      stop the Apache and MariaDB that this script started (by their pid files)
#   bash rig.sh status    say what runs
#   bash rig.sh export    print a WXR export of the site (posts with their comments) to stdout
#
# State lives under $WP_RIG_DIR (default /var/lib/wp-rig): database files, pid files, logs, the rig's
# web folder (served at /rig/, same origin as WordPress) and rig.env (mode 600) with the URL, the post id,
# the admin login and an application password (for REST calls as admin), the database socket and login.
# The WordPress site config is Debian's: /etc/wordpress/config-127.0.0.1.php.
# Must be run as root (apt-get, and Apache drops to www-data / MariaDB to mysql).
set -euo pipefail

HOST=127.0.0.1
PORT="${WP_RIG_PORT:-8081}"
WP_URL="http://$HOST:$PORT"
RIG="${WP_RIG_DIR:-/var/lib/wp-rig}"
DATADIR="$RIG/mysql"
MYRUN="$RIG/mysqld"
SOCK="$MYRUN/mysqld.sock"
MYPID="$MYRUN/mysqld.pid"
APDIR="$RIG/apache"
APCONF="$APDIR/httpd.conf"
APPID="$APDIR/run/apache2.pid"
LOGDIR="$RIG/log"
WWW="$RIG/www"
ENVFILE="$RIG/rig.env"
WPCONF="/etc/wordpress/config-$HOST.php"
CONTENT=/var/lib/wordpress/wp-content
MUPLUGIN="$CONTENT/mu-plugins/test-rig.php"
DB_NAME=wordpress
DB_USER=wordpress
ADMIN_USER=admin
PKGS=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php php-cli php-mysql php-mbstring php-xml
      mariadb-server mariadb-client curl ca-certificates)

say() { printf 'rig.sh: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
[ "$(id -u)" = 0 ] || die "run as root"

# pid of a live process whose command line contains $2, from pid file $1 (else nothing)
live_pid() {
  local f=$1 needle=$2 pid
  [ -s "$f" ] || return 0
  pid=$(tr -dc 0-9 <"$f")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 0
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$needle" && echo "$pid"
  return 0
}
mysqld_pid() { live_pid "$MYPID" "--datadir=$DATADIR"; }
apache_pid() { live_pid "$APPID" "$APCONF"; }

stop_pid() { # pid name
  local pid=$1 name=$2 i
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 150); do # gone, or a zombie waiting for its reaper
    { [ -d "/proc/$pid" ] && ! grep -q '^[0-9]* (.*) Z' "/proc/$pid/stat" 2>/dev/null; } || { say "stopped $name (pid $pid)"; return 0; }
    sleep 0.2
  done
  die "$name (pid $pid) did not stop within 30 s"
}

cmd_stop() {
  local p
  p=$(apache_pid); if [ -n "$p" ]; then stop_pid "$p" apache2; else say "apache2: not running (no live pid in $APPID)"; fi
  p=$(mysqld_pid); if [ -n "$p" ]; then stop_pid "$p" mariadbd; else say "mariadbd: not running (no live pid in $MYPID)"; fi
  rm -f "$APPID"
}

cmd_status() {
  local a m; a=$(apache_pid); m=$(mysqld_pid)
  echo "apache2:  $([ -n "$a" ] && echo "running, pid $a" || echo stopped)   ($APCONF, $WP_URL)"
  echo "mariadbd: $([ -n "$m" ] && echo "running, pid $m" || echo stopped)   (socket $SOCK)"
  [ -s "$ENVFILE" ] && grep -E '^(WP_URL|POST_ID)=' "$ENVFILE" || true
}

# ---------------------------------------------------------------- packages
install_packages() {
  local missing=() p
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (apt-get)"
  # keep the packages' maintainer scripts from starting the system apache2 (:80) and mariadb services
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; made_policy=1; fi
  local rc=0
  {
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "${missing[@]}" >"$LOGDIR/apt.log" 2>&1 \
      || { apt-get update -q >>"$LOGDIR/apt.log" 2>&1 && apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$LOGDIR/apt.log" 2>&1; }
  } || rc=$?
  [ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
  [ $rc = 0 ] || { tail -20 "$LOGDIR/apt.log" >&2; die "apt-get install failed (log: $LOGDIR/apt.log)"; }
}

# ---------------------------------------------------------------- secrets (made once, kept in rig.env)
load_secrets() {
  DB_PASSWORD=; WP_ADMIN_PASSWORD=; WP_APP_PASSWORD=
  if [ -s "$ENVFILE" ]; then
    DB_PASSWORD=$(sed -n 's/^DB_PASSWORD=//p' "$ENVFILE")
    WP_ADMIN_PASSWORD=$(sed -n 's/^WP_ADMIN_PASSWORD=//p' "$ENVFILE")
    WP_APP_PASSWORD=$(sed -n 's/^WP_APP_PASSWORD=//p' "$ENVFILE")
  fi
  rnd() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "$1"; }
  [ -n "$DB_PASSWORD" ] || DB_PASSWORD=$(rnd 24)
  [ -n "$WP_ADMIN_PASSWORD" ] || WP_ADMIN_PASSWORD=$(rnd 20)
  if [ ! -s "$RIG/salts.php" ]; then
    { echo '<?php'; for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
        echo "define('$k', '$(rnd 64)');"; done; } >"$RIG/salts.php"
    chgrp www-data "$RIG/salts.php"; chmod 640 "$RIG/salts.php"
  fi
}

# ---------------------------------------------------------------- MariaDB (private instance, socket only)
start_mariadb() {
  install -d -o mysql -g mysql -m 750 "$DATADIR"
  install -d -o mysql -g mysql -m 755 "$MYRUN"
  if [ ! -d "$DATADIR/mysql" ]; then
    say "initialising MariaDB data directory $DATADIR"
    mariadb-install-db --no-defaults --user=mysql --datadir="$DATADIR" --auth-root-authentication-method=socket \
      --skip-test-db >"$LOGDIR/mariadb-install.log" 2>&1 || { tail -20 "$LOGDIR/mariadb-install.log" >&2; die "mariadb-install-db failed"; }
  fi
  if [ -z "$(mysqld_pid)" ]; then
    say "starting mariadbd (socket $SOCK)"
    rm -f "$SOCK" "$MYPID"
    setsid /usr/sbin/mariadbd --no-defaults --user=mysql --datadir="$DATADIR" --socket="$SOCK" --pid-file="$MYPID" \
      --skip-networking --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-buffer-pool-size=64M --skip-name-resolve </dev/null >>"$LOGDIR/mariadb.log" 2>&1 &
  fi
  local i
  for i in $(seq 1 150); do
    mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  tail -20 "$LOGDIR/mariadb.log" >&2; die "mariadbd did not come up within 30 s"
}

sql_root() { mariadb --no-defaults --socket="$SOCK" -uroot "$@"; }

setup_db() {
  sql_root <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
ALTER USER '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
SQL
}

# write $2 to file $1 only when it differs; returns 0 when it changed
put() { local f=$1 c=$2; if [ -f "$f" ] && [ "$(cat "$f")" = "$c" ]; then return 1; fi; printf '%s\n' "$c" >"$f"; return 0; }

# ---------------------------------------------------------------- WordPress config (Debian's per-host file)
write_wp_config() {
  put "$WPCONF" "<?php
// Written by shared/wordpress/rig.sh (the WordPress test rig). Debian's /usr/share/wordpress/wp-config.php
// loads this file for requests whose Host is $HOST (any port).
define('DB_NAME', '$DB_NAME');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
require '$RIG/salts.php';
\$table_prefix = 'wp_';
define('WP_HOME', '$WP_URL');
define('WP_SITEURL', '$WP_URL');
define('WP_CONTENT_DIR', '$CONTENT');
// 'local' lets application passwords (HTTP Basic auth for REST) work over plain http
define('WP_ENVIRONMENT_TYPE', 'local');
// no internet here: fail outbound HTTP (update checks, oEmbed, ...) at once instead of timing out
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);" || true
  chown root:www-data "$WPCONF"; chmod 640 "$WPCONF"
  install -d -m 755 "$CONTENT/mu-plugins"
  put "$MUPLUGIN" "<?php
/**
 * Plugin Name: Test rig - anonymous REST comments
 * Description: Lets logged-out visitors create comments with POST /wp-json/wp/v2/comments (WordPress core
 * refuses that with 401 rest_comment_login_required unless this filter says yes). Written by shared/wordpress/rig.sh.
 * No CORS header is added: the rig's test pages are served from the same origin as WordPress.
 */
add_filter( 'rest_allow_anonymous_comments', '__return_true' );" || true
  chmod 644 "$MUPLUGIN"
}

# ---------------------------------------------------------------- Apache (private instance, loopback only)
start_apache() {
  install -d -m 755 "$APDIR" "$APDIR/run" "$WWW"
  local mods=/usr/lib/apache2/modules conf
  conf="# Written by shared/wordpress/rig.sh: a private Apache for the test rig (not the system's apache2).
ServerRoot /etc/apache2
DefaultRuntimeDir $APDIR/run
PidFile $APPID
Listen $HOST:$PORT
ServerName $HOST
User www-data
Group www-data
LoadModule mpm_prefork_module $mods/mod_mpm_prefork.so
LoadModule authz_core_module $mods/mod_authz_core.so
LoadModule dir_module $mods/mod_dir.so
LoadModule mime_module $mods/mod_mime.so
LoadModule alias_module $mods/mod_alias.so
LoadModule rewrite_module $mods/mod_rewrite.so
LoadModule php_module $mods/libphp8.2.so
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 16
Timeout 60
KeepAlive On
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
AddDefaultCharset off
LogFormat \"%h %t \\\"%r\\\" %>s %b %D \\\"%{Content-Type}o\\\"\" rig
ErrorLog $LOGDIR/apache-error.log
CustomLog $LOGDIR/apache-access.log rig
LogLevel warn
<FilesMatch \"\\.php\$\">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  Options None
  AllowOverride None
  Require all denied
</Directory>
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
  # WordPress's standard rewrite (what its .htaccess would hold): pretty permalinks and /wp-json/
  RewriteEngine On
  RewriteBase /
  RewriteRule ^index\\.php\$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
Alias /wp-content $CONTENT
<Directory $CONTENT>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
# the rig's static test pages and bundles, same origin as WordPress; no PHP there
Alias /rig/ $WWW/
<Directory $WWW>
  Options None
  AllowOverride None
  Require all granted
  php_admin_flag engine off
  <FilesMatch \"\\.php\$\">
    SetHandler none
  </FilesMatch>
</Directory>"
  local changed=0
  put "$APCONF" "$conf" && changed=1
  /usr/sbin/apache2 -t -f "$APCONF" >"$LOGDIR/apache-configtest.log" 2>&1 || { cat "$LOGDIR/apache-configtest.log" >&2; die "apache2 config test failed"; }
  local pid; pid=$(apache_pid)
  if [ -n "$pid" ]; then
    [ $changed = 1 ] && { say "apache2 config changed: graceful restart"; /usr/sbin/apache2 -f "$APCONF" -k graceful; }
  else
    if curl -s -o /dev/null --max-time 2 "$WP_URL/" 2>/dev/null; then die "something else already answers on $WP_URL (not this rig's apache2)"; fi
    say "starting apache2 on $WP_URL"
    rm -f "$APPID"
    /usr/sbin/apache2 -f "$APCONF" -k start
  fi
  local i
  for i in $(seq 1 100); do
    [ -n "$(apache_pid)" ] && curl -s -o /dev/null --max-time 2 "$WP_URL/wp-includes/images/blank.gif" && return 0
    sleep 0.1
  done
  tail -20 "$LOGDIR/apache-error.log" >&2; die "apache2 did not come up on $WP_URL"
}

# ---------------------------------------------------------------- WordPress install + content (its own PHP API)
write_setup_php() {
  cat >"$RIG/wp-setup.php" <<'PHP'
<?php
// Drives WordPress's own PHP API from the command line (what wp-cli would do; wp-cli is not in Debian 12).
//   php wp-setup.php install     create the site (wp_install) unless it is installed
//   php wp-setup.php configure   settings, permalinks, the test post, admin password, application password
//   php wp-setup.php export      print a WXR export (posts, comments, authors) to stdout
// Environment: RIG_URL, RIG_ADMIN_USER, RIG_ADMIN_PASSWORD, RIG_APP_PASSWORD (may be empty).
$url = rtrim(getenv('RIG_URL'), '/');
$u = parse_url($url);
$_SERVER['HTTP_HOST'] = $u['host'] . (isset($u['port']) ? ':' . $u['port'] : '');
$_SERVER['SERVER_NAME'] = $u['host'];
$_SERVER['SERVER_PORT'] = (string) ($u['port'] ?? 80);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$mode = $argv[1] ?? 'configure';
if ($mode === 'install') define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
add_filter('pre_wp_mail', '__return_false'); // no MTA here; this helper mails nobody
$login = getenv('RIG_ADMIN_USER');
$adminpw = getenv('RIG_ADMIN_PASSWORD');

if ($mode === 'export') { // a WordPress eXtended RSS (WXR) export of everything, as Tools → Export writes it
  require_once ABSPATH . 'wp-admin/includes/export.php';
  wp_set_current_user(get_user_by('login', $login)->ID);
  export_wp(['content' => 'all']);
  exit(0);
}

if ($mode === 'install') {
  require_once ABSPATH . 'wp-admin/includes/upgrade.php';
  if (is_blog_installed()) { echo "STATE=installed\n"; exit(0); }
  $r = wp_install('Test rig', $login, 'rig-admin@example.com', true, '', wp_slash($adminpw), '');
  echo "STATE=fresh\n";
  exit(0);
}

$admin = get_user_by('login', $login);
if (!$admin) { fwrite(STDERR, "no user $login\n"); exit(1); }
wp_set_current_user($admin->ID);
if (!wp_check_password($adminpw, $admin->user_pass, $admin->ID)) wp_set_password($adminpw, $admin->ID);

update_option('home', $url);
update_option('siteurl', $url);
// WordPress's own defaults for discussion settings, restated so the rig always starts from them:
// name and email required, no manual approval of every comment, but a first-time commenter is held
// for moderation until one of their comments has been approved; 15 s comment-flood throttle (core filter).
foreach ([
  'require_name_email' => '1', 'comment_registration' => '0', 'comment_moderation' => '0',
  'comment_previously_approved' => '1', 'default_comment_status' => 'open', 'close_comments_for_old_posts' => '0',
  'comment_max_links' => '2', 'moderation_keys' => '', 'disallowed_keys' => '', 'thread_comments' => '1',
  'thread_comments_depth' => '5', 'page_comments' => '0', 'show_comments_cookies_opt_in' => '1',
  'timezone_string' => '', 'gmt_offset' => '0',
] as $k => $v) update_option($k, $v);

global $wp_rewrite;
if (get_option('permalink_structure') !== '/%postname%/') $wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules(false);

$title = 'China Sees Chance to Woo Canada as PM Mark Carney Visits Beijing';
$paras = [
  'Beijing rolled out the red carpet for Canadian Prime Minister Mark Carney this week, as Chinese officials signalled they see an opening to pull Ottawa closer at a time of strained ties between Canada and its largest trading partner, the United States.',
  'The visit, the first by a Canadian leader in several years, comes after months of tariff disputes over electric vehicles, canola and steel. Chinese state media described it as a chance to put relations back on a stable footing.',
  'Carney told reporters he was pursuing a pragmatic relationship that protects Canadian interests while opening new markets for Canadian farmers and energy producers. Officials on both sides said trade, climate and consular cases were on the agenda.',
  'Analysts cautioned that any thaw would be tested by security concerns in Ottawa and by pressure from Washington, which has urged allies to limit their economic exposure to China.',
];
$content = implode("\n\n", array_map(fn($p) => "<!-- wp:paragraph -->\n<p>$p</p>\n<!-- /wp:paragraph -->", $paras));
$postarr = [
  'post_type' => 'post', 'post_title' => $title, 'post_name' => sanitize_title($title), 'post_content' => $content,
  'post_excerpt' => $paras[0], 'post_status' => 'publish', 'comment_status' => 'open', 'ping_status' => 'closed',
  'post_author' => $admin->ID,
];
$ids = get_posts(['post_type' => 'post', 'post_status' => 'any', 'meta_key' => '_test_rig', 'meta_value' => 'story',
  'fields' => 'ids', 'numberposts' => 1, 'orderby' => 'ID', 'order' => 'ASC', 'suppress_filters' => true]);
$md5 = md5($title . $content);
if ($ids) {
  $id = (int) $ids[0]; $p = get_post($id);
  if ($p->post_status !== 'publish' || $p->comment_status !== 'open' || get_post_meta($id, '_test_rig_md5', true) !== $md5) {
    $r = wp_update_post(['ID' => $id] + $postarr, true);
    if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
  }
} else {
  $id = wp_insert_post($postarr, true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  add_post_meta($id, '_test_rig', 'story', true);
}
update_post_meta($id, '_test_rig_md5', $md5);
echo "POST_ID=$id\n";

// an application password for REST calls as the admin (HTTP Basic auth), kept while it still matches
$app = getenv('RIG_APP_PASSWORD');
$ok = false;
foreach (WP_Application_Passwords::get_user_application_passwords($admin->ID) as $item) {
  if ($item['name'] === 'test-rig' && $app && wp_check_password($app, $item['password'], $admin->ID)) $ok = true;
}
if (!$ok) {
  foreach (WP_Application_Passwords::get_user_application_passwords($admin->ID) as $item)
    if ($item['name'] === 'test-rig') WP_Application_Passwords::delete_application_password($admin->ID, $item['uuid']);
  $r = WP_Application_Passwords::create_new_application_password($admin->ID, ['name' => 'test-rig']);
  if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); }
  echo "APP_PASSWORD=$r[0]\n";
}
PHP
  chmod 644 "$RIG/wp-setup.php"
}

wp_php() { # mode -> stdout of the helper, run as www-data like the site itself
  runuser -u www-data -- env RIG_URL="$WP_URL" RIG_ADMIN_USER="$ADMIN_USER" RIG_ADMIN_PASSWORD="$WP_ADMIN_PASSWORD" \
    RIG_APP_PASSWORD="$WP_APP_PASSWORD" php -d display_errors=stderr "$RIG/wp-setup.php" "$1"
}

write_env() {
  local tmp="$ENVFILE.tmp"
  umask 077
  cat >"$tmp" <<EOF
# test rig (written by rig.sh); secrets: keep this file root-only
WP_URL=$WP_URL
POST_ID=$POST_ID
WP_ADMIN_USER=$ADMIN_USER
WP_ADMIN_PASSWORD=$WP_ADMIN_PASSWORD
WP_APP_PASSWORD=$WP_APP_PASSWORD
WP_VERSION=$WP_VERSION
RIG_WWW=$WWW
RIG_WWW_URL=/rig/
DB_SOCKET=$SOCK
DB_NAME=$DB_NAME
DB_USER=$DB_USER
DB_PASSWORD=$DB_PASSWORD
LOG_DIR=$LOGDIR
EOF
  mv "$tmp" "$ENVFILE"
  umask 022
}

health() {
  local code body
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$WP_URL/") || true
  [ "$code" = 200 ] || { tail -20 "$LOGDIR/apache-error.log" >&2; die "GET $WP_URL/ answered $code"; }
  body=$(curl -s --max-time 20 "$WP_URL/wp-json/wp/v2/posts/$POST_ID") || true
  grep -q '"comment_status":"open"' <<<"$body" && grep -q 'Mark Carney Visits Beijing' <<<"$body" \
    || die "REST GET /wp-json/wp/v2/posts/$POST_ID did not return the open post: ${body:0:300}"
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -u "$ADMIN_USER:$WP_APP_PASSWORD" "$WP_URL/wp-json/wp/v2/users/me") || true
  [ "$code" = 200 ] || die "application password rejected (GET /wp-json/wp/v2/users/me answered $code)"
}

cmd_start() {
  local t0=$SECONDS out
  install -d -m 755 "$RIG" "$LOGDIR"
  install_packages
  WP_VERSION=$(dpkg-query -W -f='${Version}' wordpress)
  case "$WP_VERSION" in 6.1.*) ;; *) say "warning: wordpress package is $WP_VERSION, not 6.1.x";; esac
  load_secrets
  start_mariadb
  setup_db
  write_wp_config
  write_setup_php
  out=$(wp_php install) || die "WordPress install failed"
  case "$out" in *STATE=fresh*) say "WordPress $WP_VERSION installed (admin user: $ADMIN_USER)";; esac
  out=$(wp_php configure) || die "WordPress configure failed"
  POST_ID=$(sed -n 's/^POST_ID=//p' <<<"$out")
  local newapp; newapp=$(sed -n 's/^APP_PASSWORD=//p' <<<"$out")
  [ -n "$newapp" ] && WP_APP_PASSWORD=$newapp
  [ -n "$POST_ID" ] || die "no POST_ID from the setup helper: $out"
  write_env
  start_apache
  health
  say "ready in $((SECONDS - t0)) s; admin login and secrets in $ENVFILE; logs in $LOGDIR"
  echo "WP_URL=$WP_URL POST_ID=$POST_ID"
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  export) [ -s "$ENVFILE" ] || die "not set up yet: run '$0 start' first"; set -a; . "$ENVFILE"; set +a; write_setup_php; wp_php export ;;
  -h|--help|help) sed -n '2,17p' "$0" ;;
  *) die "usage: $0 [start|stop|status|export]" ;;
esac
