#!/usr/bin/env bash
# validate.sh desktop|appstream|manpage FILE: the distribution's own validator on one file. Fails on
# an error or a warning, and on any hint, info or pedantic note it reports, so that the file stays clean.
# Reads exit statuses and machine-readable reports only, never decorated text: the same in every locale.
set -u
# The validators run in C.UTF-8 (in every Debian libc) whatever the caller's locale: one that is named
# but not generated makes man warn "can't set the locale", and the man page is UTF-8.
export LC_ALL=C.UTF-8
unset LANGUAGE
kind=$1 file=$2
case $kind in
    desktop)
        output=$(desktop-file-validate "$file" 2>&1); status=$? ;;
    appstream) # the YAML report: empty for a clean file, one "- tag:" item an issue, in any locale
        # (the text report's decoration, a check mark, is "?" in the POSIX locale and words elsewhere)
        report=$(appstreamcli validate --no-net --pedantic --format yaml "$file" 2>&1); status=$?
        output=
        if grep -q '^- tag:' <<<"$report" || [ "$status" -ne 0 ]; then
            output=$report
        fi ;;
    manpage) # the rendered page goes nowhere; groff's and man's warnings are the output
        output=$(MANWIDTH=80 man --warnings -E UTF-8 --local-file "$file" 2>&1 >/dev/null); status=$? ;;
    *)
        echo "validate.sh: unknown kind '$kind'" >&2; exit 2 ;;
esac
if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    printf '%s\n' "$output"
    echo "FAIL: $kind validation of $file (exit status $status) reported the above" >&2
    exit 1
fi
echo "ok: $kind validation of $file"
