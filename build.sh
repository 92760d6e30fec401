#!/usr/bin/env bash
# Servicebench build helper.
#   ./build.sh run     install what is missing, build, create a demo workbook, start the program
#   ./build.sh test    install what is missing, build, run every test (CTest's summary comes last)
#   ./build.sh build   install what is missing and build
#   ./build.sh bench   build and run the benchmark program (servicebench-bench)
#   ./build.sh package build release packages (.deb and .tar.gz) with CPack
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${SB_BUILD_DIR:-build}
JOBS=${SB_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian 12 packages: to build and test, and the extras to run the desktop program.
BUILD_PACKAGES=(cmake ninja-build g++ pkg-config libsqlite3-dev catch2
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6 qt6-svg-dev
  libgraphviz-dev xz-utils)
RUN_PACKAGES=(fonts-noto-cjk)

say() { printf '%s\n' "$*" >&2; }

install_missing() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "build.sh: not a Debian system; install the equivalents of: $*"
    return 0
  fi
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      say "build.sh: these packages are missing and I am not root: ${missing[*]}"
      say "build.sh: run as root, or install them with: apt-get install ${missing[*]}"
      exit 2
    fi
  fi
  say "build.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

configure_and_build() {
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
  fi
  cmake --build "$BUILD_DIR" -j "$JOBS" >&2
}

demo_workbook() {
  local dir=${XDG_DATA_HOME:-$HOME/.local/share}/servicebench
  mkdir -p "$dir"
  local file=$dir/demo.sbw
  if [ ! -f "$file" ]; then
    "$BUILD_DIR/bin/servicebench" init "$file" --demo --scale 2 --lang "${SB_DEMO_LANG:-en}" >&2
  fi
  printf '%s\n' "$file"
}

cmd=${1:-}
case "$cmd" in
  run)
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    configure_and_build
    file=$(demo_workbook)
    shift
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      if command -v xvfb-run >/dev/null 2>&1; then
        say "build.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset); starting under xvfb-run."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/bin/servicebench" "$file" "$@"
      fi
      say "build.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset) and xvfb-run is not installed; run it on a desktop, or: apt-get install xvfb xauth"
      exit 2
    fi
    exec "$BUILD_DIR/bin/servicebench" "$file" "$@"
    ;;
  test)
    install_missing "${BUILD_PACKAGES[@]}"
    configure_and_build
    # CTest's summary is the last thing printed; its exit status is ours.
    exec ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j "$JOBS" --timeout 900
    ;;
  build)
    install_missing "${BUILD_PACKAGES[@]}"
    configure_and_build
    ;;
  bench)
    install_missing "${BUILD_PACKAGES[@]}"
    configure_and_build
    shift
    exec "$BUILD_DIR/bin/servicebench-bench" "$@"
    ;;
  package)
    install_missing "${BUILD_PACKAGES[@]}" dpkg-dev file
    cmake --preset release >&2
    cmake --build build-release -j "$JOBS" >&2
    (cd build-release && cpack -G "DEB;TGZ")
    ;;
  *)
    say "usage: ./build.sh run|test|build|bench|package"
    exit 2
    ;;
esac
