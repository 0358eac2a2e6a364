#!/usr/bin/env bash
# Builds the double-click app into target/dist/: an app image with a trimmed Java runtime
# (target/dist/ovnscope/ on Linux and Windows, target/dist/ovnscope.app on macOS) and this system's
# installer (.deb on Linux, .dmg on macOS, .msi on Windows). Builds the jar first when it is missing or
# older than the sources. Uses the JDK in $JAVA_HOME, else the one on PATH (17 or later, with jmods).
set -euo pipefail
# Empty arrays are expanded as ${a[@]+"${a[@]}"}: macOS still ships bash 3.2, where "${a[@]}" of an
# empty array is an unbound variable under set -u.
cd "$(dirname "$0")/.."

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=mac ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "packaging: no installer type known for $(uname -s)" >&2; exit 1 ;;
esac

jdk_tool() {
    if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME/bin/$1"; else echo "$1"; fi
}

# jpackage builds a .deb with dpkg-deb under fakeroot and strips native code with objcopy.
install_deb_tools() {
    command -v dpkg-query >/dev/null || return 0
    local missing=() p
    for p in fakeroot dpkg-dev binutils; do
        [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    echo "packaging: installing ${missing[*]}"
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

build_jar_if_stale() {
    local jar=target/ovnscope.jar
    if [ ! -f "$jar" ] || [ -n "$(find pom.xml core collectors views app icons -newer "$jar" -print -quit)" ]; then
        echo "packaging: building $jar"
        mvn -q -B -ntp -Dstyle.color=never -DskipTests package
    fi
}

# The modules the app needs, as jdeps sees the class path the app really runs on: every jar unpacked
# into one unnamed multi-release archive. Handing jdeps the jars themselves makes it treat the modular
# ones as named modules, which then fail to resolve (split packages in Apache SSHD, JavaFX's
# platform jars) although the app never loads them as modules. Kept while the jars are unchanged.
runtime_modules() {
    local flat=$work/jdeps/classes key jar
    key=$(ls -l target/ovnscope.jar target/lib/ | cksum)
    if [ -f "$work/jdeps/modules" ] && [ "$(cat "$work/jdeps/key")" = "$key" ]; then
        cat "$work/jdeps/modules"
        return
    fi
    rm -rf "$work/jdeps"
    mkdir -p "$flat"
    for jar in "$PWD"/target/ovnscope.jar "$PWD"/target/lib/*.jar; do
        (cd "$flat" && LC_ALL=C.UTF-8 "$(jdk_tool jar)" xf "$jar")
    done
    find "$flat" -name module-info.class -delete
    rm -f "$flat/META-INF/MANIFEST.MF"
    printf 'Multi-Release: true\n' >"$work/jdeps/manifest"
    LC_ALL=C.UTF-8 "$(jdk_tool jar)" --create --file "$work/jdeps/classpath.jar" \
        --manifest "$work/jdeps/manifest" -C "$flat" .
    "$(jdk_tool jdeps)" --ignore-missing-deps --print-module-deps --multi-release 17 "$work/jdeps/classpath.jar" \
        >"$work/jdeps/modules"
    rm -rf "$flat" "$work/jdeps/classpath.jar"
    echo "$key" >"$work/jdeps/key"
    cat "$work/jdeps/modules"
}

# The trimmed runtime, rebuilt only when the modules or the JDK change.
build_runtime() {
    local modules key
    modules=$(runtime_modules)
    case ",$modules," in
        *,java.rmi,*) ;;
        *) echo "packaging: jdeps no longer finds java.rmi ($modules); Apache SSHD needs it" >&2; exit 1 ;;
    esac
    # Security providers are found at run time, so jdeps cannot see them: SunEC signs and checks the
    # ECDSA and ed25519 host and user keys of SSH. From JDK 22 on it lives in java.base.
    if "$(jdk_tool java)" --list-modules | grep -q '^jdk\.crypto\.ec@'; then
        modules=$modules,jdk.crypto.ec
    fi
    key="$modules $(command -v "$(jdk_tool jlink)") $("$(jdk_tool java)" -version 2>&1 | tr '\n' ' ')"
    if [ -d "$work/runtime" ] && [ -f "$work/runtime.key" ] && [ "$(cat "$work/runtime.key")" = "$key" ]; then
        echo "packaging: runtime unchanged ($modules)"
        return
    fi
    echo "packaging: runtime modules $modules"
    rm -rf "$work/runtime" "$work/runtime.key"
    # A class data sharing archive of the runtime's own classes starts the app about a quarter second
    # sooner. jlink makes it by running the new image's java, so the native commands go only afterwards,
    # with the archive for heaps over 32 GB, which a desktop app never uses.
    "$(jdk_tool jlink)" --add-modules "$modules" --output "$work/runtime" \
        --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive >/dev/null
    find "$work/runtime" -name classes_nocoops.jsa -delete
    if [ $os = windows ]; then
        rm -f "$work/runtime"/bin/*.exe # bin/ also holds the runtime's DLLs there
    else
        rm -rf "$work/runtime/bin"
    fi
    echo "$key" >"$work/runtime.key"
}

stage_input() {
    rm -rf "$work/input"
    mkdir -p "$work/input/lib"
    cp target/ovnscope.jar "$work/input/"
    cp target/lib/*.jar "$work/input/lib/"
}

# jpackage wants .icns on macOS and .ico on Windows; the sources are the committed PNG sizes.
app_icon() {
    case $os in
        linux) echo icons/ovnscope-256.png ;;
        mac)
            local set=$work/ovnscope.iconset size
            rm -rf "$set"
            mkdir -p "$set"
            for size in 16 32 128 256 512; do
                cp "icons/ovnscope-$size.png" "$set/icon_${size}x${size}.png"
            done
            cp icons/ovnscope-32.png "$set/icon_16x16@2x.png"
            cp icons/ovnscope-64.png "$set/icon_32x32@2x.png"
            cp icons/ovnscope-256.png "$set/icon_128x128@2x.png"
            cp icons/ovnscope-512.png "$set/icon_256x256@2x.png"
            iconutil -c icns -o "$work/ovnscope.icns" "$set"
            echo "$work/ovnscope.icns"
            ;;
        windows)
            if command -v magick >/dev/null; then
                magick icons/ovnscope-{16,32,48,64,128,256}.png "$work/ovnscope.ico"
                echo "$work/ovnscope.ico"
            fi
            ;;
    esac
}

work=target/packaging
dist=target/dist
mkdir -p "$work" "$dist"
[ $os = linux ] && install_deb_tools
build_jar_if_stale
version=$("$(jdk_tool java)" -jar target/ovnscope.jar --version | tr -d '\r' | sed -n 's/^ovnscope //p')
version=${version%%-*}
build_runtime
echo "packaging: runtime $work/runtime (${SECONDS} s)"
stage_input
icon=$(app_icon)
icon_args=()
[ -n "$icon" ] && icon_args=(--icon "$icon")

image_args=()
[ $os = windows ] && image_args=(--add-launcher "ovnscope-cli=packaging/jpackage/windows-cli-launcher.properties")
image=$dist/ovnscope
[ $os = mac ] && image=$dist/ovnscope.app
rm -rf "$image"
"$(jdk_tool jpackage)" @packaging/jpackage/common.args @packaging/jpackage/app-image.args \
    --type app-image --app-version "$version" --input "$work/input" --runtime-image "$work/runtime" \
    ${icon_args[@]+"${icon_args[@]}"} ${image_args[@]+"${image_args[@]}"} --dest "$dist"
echo "packaging: app image $image (${SECONDS} s)"

installer_args=()
if [ $os = linux ]; then
    installer_args=(--resource-dir packaging/linux)
    # The payload is jars and a compressed runtime image already: dpkg-deb's default xz makes the deb
    # 4 MB smaller than gzip does and takes a minute longer.
    export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=9
fi
rm -f "$dist"/*.deb "$dist"/*.dmg "$dist"/*.msi
"$(jdk_tool jpackage)" @packaging/jpackage/common.args "@packaging/jpackage/$os.args" \
    --app-version "$version" --app-image "$image" --license-file LICENSE \
    ${icon_args[@]+"${icon_args[@]}"} ${installer_args[@]+"${installer_args[@]}"} --dest "$dist"
echo "packaging: installer $(ls "$dist"/*.deb "$dist"/*.dmg "$dist"/*.msi 2>/dev/null) (${SECONDS} s)"
