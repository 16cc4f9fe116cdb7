#!/usr/bin/env bash
# validate.sh desktop|appstream|manpage FILE: the distribution's own validator on one file. Fails on
# an error or a warning, and on any hint, info or pedantic note it prints, so that the file stays clean.
set -u
kind=$1 file=$2
case $kind in
    desktop)
        output=$(desktop-file-validate "$file" 2>&1); status=$? ;;
    appstream)
        output=$(appstreamcli validate --no-net --pedantic --no-color "$file" 2>&1); status=$?
        output=$(grep -v '^✔ Validation was successful' <<<"$output") ;;
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
