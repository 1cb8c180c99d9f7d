# Shared by scripts/run and scripts/test: install what is missing, configure, build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CRM_AGENT_BUILD_DIR:-$ROOT/build}"

PACKAGES=(
    g++ cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev libxkbcommon-dev qt6-charts-dev
    catch2 libsodium-dev libsqlite3-dev sqlite3
    libqt6sql6-psql libpq-dev postgresql-15 postgresql-client-15
    libxlsxwriter-dev python3-openpyxl
    desktop-file-utils appstream dpkg-dev
    xvfb xauth
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing missing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# Options a script adds to the first configure of its build folder (scripts/test-sanitizers).
CMAKE_OPTIONS=()

configure_and_build() {
    if [ ! -f "$BUILD/build.ninja" ]; then
        # Under CI a compiler warning fails the build.
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCRM_AGENT_WERROR="$([ -n "${CI:-}" ] && echo ON || echo OFF)" "${CMAKE_OPTIONS[@]}"
    fi
    cmake --build "$BUILD" -j2 "$@"
}
