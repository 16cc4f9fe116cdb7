#!/usr/bin/env bash
# deb_check.sh desktop|headless DEB VERSION: one built package as a user meets it. Its files, its
# control fields, Depends against what the binary links, and the binary itself, run from the package:
# --version, and for the headless package `match --demo ec2` and the "no window" message, for the
# desktop package the window rendered offscreen. The headless package must link, depend on and pull
# in nothing of Qt Gui, Qt Widgets or X11.
set -uo pipefail
kind=$1 deb=$2 version=$3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb --extract "$deb" "$root" || { echo "FAIL: dpkg-deb cannot extract $deb" >&2; exit 1; }
field() { dpkg-deb --field "$deb" "$1"; }
# The package names a relationship field names, one a line (versions dropped, alternatives listed).
names() { tr ',|' '\n\n' <<<"$1" | sed 's/(.*//; s/[[:space:]]//g' | grep .; }
names_package() { names "$1" | grep -Fxq "$2"; }
package=$(field Package)
binary=$root/usr/bin/mackerel-inspector
# Nothing from the environment may point the binary at a real endpoint.
run() { env -u MACKEREL_APIKEY -u MACKEREL_APIBASE -u AWS_EC2_METADATA_SERVICE_ENDPOINT -u GCE_METADATA_HOST "$@"; }
gui_libraries='libQt6Gui|libQt6Widgets|libQt6OpenGL|libX11|libxcb|libGL|libEGL|libxkbcommon'
gui_packages='libqt6gui6|libqt6widgets6|libqt6opengl6|qt6-qpa-plugins|libx11-6|libxcb[a-z0-9-]*|libgl1|libegl1|libxkbcommon[a-z0-9-]*'

echo "== $package $(field Version) ($deb)"
dpkg-deb --field "$deb"

[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is '$version'"
[ "$(run "$binary" --version)" = "mackerel-inspector $version" ] \
    || fail "--version prints '$(run "$binary" --version)', not 'mackerel-inspector $version'"

files=(usr/bin/mackerel-inspector usr/share/man/man1/mackerel-inspector.1.gz
       usr/share/bash-completion/completions/mackerel-inspector usr/share/zsh/vendor-completions/_mackerel-inspector
       "usr/share/doc/$package/copyright" "usr/share/doc/$package/changelog.gz"
       usr/share/mackerel-inspector/ansible/inspect.yml usr/share/mackerel-inspector/ansible/guard.yml
       usr/share/mackerel-inspector/mackerel-inspector-guard.conf)
if [ "$kind" = desktop ]; then
    files+=(usr/share/applications/io.mackerel.inspector.desktop usr/share/metainfo/io.mackerel.inspector.metainfo.xml
            usr/share/icons/hicolor/scalable/apps/mackerel-inspector.svg)
    for size in 16 24 32 48 64 128 256; do
        png=usr/share/icons/hicolor/${size}x${size}/apps/mackerel-inspector.png
        files+=("$png")
        # IHDR: width and height as 32-bit big-endian numbers at bytes 16 and 20.
        [ -f "$root/$png" ] && [ "$(od -An -tx1 -N8 "$root/$png" | tr -d ' \n')" = 89504e470d0a1a0a ] \
            && [ "$(od -An -tu1 -j16 -N8 "$root/$png" | awk '{print $3*256+$4 "x" $7*256+$8}')" = "${size}x${size}" ] \
            || fail "$png is not a ${size}x${size} PNG"
    done
fi
for file in "${files[@]}"; do
    [ -f "$root/$file" ] || fail "/$file is not in the package"
done
# The guard's drop-in is carried, never enabled by the package itself (issue 20).
[ -e "$root/etc/systemd" ] && fail "the package installs into /etc/systemd; the guard's drop-in must not be enabled by it"
grep -q '^ExecStartPre=/usr/bin/mackerel-inspector guard ' "$root/usr/share/mackerel-inspector/mackerel-inspector-guard.conf" \
    || fail "the guard's drop-in does not run /usr/bin/mackerel-inspector guard"

# Depends is what the binary needs: every library it links comes from a package Depends names.
depends=$(field Depends)
# The simulators serve plain HTTP with their own server: neither Qt HttpServer nor the Qt WebSockets
# it needs is linked or depended on (issue 14: they cost start-up time, and Qt HttpServer loads TLS).
for library in libqt6httpserver6 libqt6websockets6; do
    names_package "$depends" "$library" && fail "Depends names $library"
done
needed=$(readelf --dynamic "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || fail "readelf lists no NEEDED library for $binary"
for library in $needed; do
    path=$(ldd "$binary" | awk -v name="$library" '$1 == name { print $3 }')
    owner=$(dpkg-query --search "$path" 2>/dev/null || dpkg-query --search "/usr$path" 2>/dev/null || dpkg-query --search "${path#/usr}" 2>/dev/null)
    owner=${owner%%:*}
    if [ -z "$owner" ]; then
        fail "no installed package ships $library ($path)"
    elif ! names_package "$depends" "$owner"; then
        fail "the binary links $library from $owner, which Depends does not name"
    fi
done
if grep -Eq 'libQt6HttpServer|libQt6WebSockets' <<<"$needed"; then fail "the binary links $(grep -E 'libQt6HttpServer|libQt6WebSockets' <<<"$needed" | xargs)"; fi

if [ "$kind" = headless ]; then
    if grep -Eq "$gui_libraries" <<<"$needed"; then fail "the headless binary links $(grep -E "$gui_libraries" <<<"$needed" | xargs)"; fi
    if ldd "$binary" | grep -Eq "$gui_libraries"; then fail "the headless binary loads, indirectly: $(ldd "$binary" | grep -E "$gui_libraries" | awk '{print $1}' | xargs)"; fi
    for required in libqt6core6 libqt6network6; do
        names_package "$depends" "$required" || fail "Depends lacks $required"
    done
    # What installing it pulls in on a system that has nothing yet: the Depends closure.
    closure=$(names "$depends" | xargs apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces --no-enhances \
        | grep -E '^[a-z0-9]' | sort -u)
    [ "$(wc -l <<<"$closure")" -gt 10 ] || fail "apt-cache could not resolve the Depends closure (apt lists missing?)"
    if grep -Exq "$gui_packages" <<<"$closure"; then fail "installing it pulls in $(grep -Ex "$gui_packages" <<<"$closure" | xargs)"; fi
    names_package "$(field Conflicts)" mackerel-inspector || fail "it does not conflict with mackerel-inspector"

    run "$binary" match --demo ec2 >"$work/match.out" 2>&1; status=$?
    cat "$work/match.out"
    [ "$status" -eq 0 ] || fail "match --demo ec2 exited with $status"
    grep -q attach "$work/match.out" || fail "match --demo ec2 does not say attach"
    run "$binary" --demo ec2 >"$work/window.out" 2>&1; status=$?
    [ "$status" -eq 2 ] && grep -q 'has no window' "$work/window.out" \
        || fail "asked for the window, it exited with $status: $(cat "$work/window.out")"
else
    for required in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6; do
        names_package "$depends" "$required" || fail "Depends lacks $required"
    done
    names_package "$(field Recommends)" fonts-noto-cjk || fail "it does not recommend fonts-noto-cjk"
    names_package "$(field Conflicts)" mackerel-inspector-cli || fail "it does not conflict with mackerel-inspector-cli"
    grep -q "mackerel-inspector-cli (= $version)" <<<"$(field Provides)" || fail "it does not provide mackerel-inspector-cli (= $version)"
    # The packaged (stripped) binary opens and renders the window.
    run env QT_QPA_PLATFORM=offscreen "$binary" --demo ec2 --screenshot "$work/window.png"; status=$?
    [ "$status" -eq 0 ] || fail "the window exited with $status"
    [ "$(od -An -tx1 -N8 "$work/window.png" 2>/dev/null | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the window rendered no PNG"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) of $package failed" >&2
    exit 1
fi
echo "ok: $package"
