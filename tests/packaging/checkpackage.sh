#!/bin/bash
# The .deb as a user gets it: built by cpack from this build tree, unpacked with dpkg -x into a
# temporary root (no root rights), and its binaries started from there with no help from the build
# (LD_LIBRARY_PATH unset). Usage: checkpackage.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: checkpackage.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package check: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack could not build the .deb"; }
debs=("$work"/out/relais_*.deb)
[ -f "${debs[0]}" ] || fail "no relais_*.deb in $work/out"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

fields=$(dpkg-deb --field "$deb" Package Section Depends Maintainer Description)
grep -q '^Package: relais$' <<<"$fields" || fail "Package is not relais: $fields"
grep -q '^Section: comm$' <<<"$fields" || fail "no Section: comm"
grep -q 'libqt6widgets6' <<<"$fields" || fail "Depends lacks libqt6widgets6 (shlibdeps): $fields"
grep -q 'libqt6sql6-sqlite' <<<"$fields" || fail "Depends lacks the SQLite driver"

dpkg -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/relais usr/bin/relais-cli usr/share/applications/relais.desktop \
         usr/share/icons/hicolor/scalable/apps/relais.svg usr/share/man/man1/relais.1.gz \
         usr/share/man/man1/relais-cli.1.gz; do
  [ -f "$root/$f" ] || fail "missing /$f in the package"
done
gzip -t "$root/usr/share/man/man1/relais.1.gz" "$root/usr/share/man/man1/relais-cli.1.gz"

# The binaries start from the unpacked tree, with their own dependencies only.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
mkdir -p "$HOME"
cli=$root/usr/bin/relais-cli
help=$(env -u LD_LIBRARY_PATH "$cli" --help) || fail "relais-cli --help exited with $?"
grep -q 'Commands:' <<<"$help" || fail "relais-cli --help lists no command"
# Every command listed answers --help with exit code 0.
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "cannot read the command list of relais-cli --help"
for command in $commands; do
  out=$(env -u LD_LIBRARY_PATH "$cli" "$command" --help 2>&1) || fail "relais-cli $command --help exited with $?: $out"
  [ -n "$out" ] || fail "relais-cli $command --help printed nothing"
done
version=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/relais" --version) ||
  fail "relais --version exited with $?"
grep -q 'relais' <<<"${version,,}" || fail "relais --version printed: $version"
echo "started: relais-cli --help ($(wc -w <<<"$commands") commands), relais --version: $version"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/relais.desktop" || fail "the .desktop file is not valid"
else
  echo "desktop-file-validate not installed: .desktop file not validated"
fi
echo "package check passed"
