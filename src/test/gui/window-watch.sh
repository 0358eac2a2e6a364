# Sourced by the window tests: finds ovnscope's main window on $DISPLAY and waits for it to be painted.
# GTK maps a 10x10 leader window with the same title first, so a title match alone is not the main window.

# Prints the id of a viewable window titled ovnscope wider than 100 px; fails when there is none yet.
ovnscope_main_window() {
    local id info
    for id in $(xwininfo -root -tree 2>/dev/null | awk '/ "ovnscope( — [^"]*)?": / {print $1}'); do
        info=$(xwininfo -id "$id" 2>/dev/null) || continue
        grep -q 'Map State: IsViewable' <<<"$info" || continue
        [ "$(awk '/^ *Width:/ {print $2}' <<<"$info")" -gt 100 ] || continue
        echo "$id"
        return 0
    done
    return 1
}

# The number of colours in a capture of window $1 (1 while it is still blank).
window_colours() {
    import -window "$1" -format '%k' info: 2>/dev/null || echo 0
}

# Waits until process $1 shows its main window with at least 16 colours, or $2 seconds pass.
# Prints the window id; fails if the process exits or time runs out.
wait_for_painted_window() {
    local app=$1 deadline=$(($(date +%s) + $2)) id
    while [ "$(date +%s)" -lt "$deadline" ]; do
        kill -0 "$app" 2>/dev/null || return 1
        if id=$(ovnscope_main_window) && [ "$(window_colours "$id")" -ge 16 ]; then
            echo "$id"
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# Starts a virtual X server for this script (log in $1/xvfb.log), exports DISPLAY, waits until it answers,
# and on exit stops it and the app whose pid is in $app.
start_virtual_display() {
    display=:$((90 + RANDOM % 400))
    Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$1/xvfb.log" 2>&1 &
    xvfb=$!
    app=
    trap 'if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi; kill "$xvfb" 2>/dev/null || true' EXIT
    export DISPLAY=$display
    for _ in $(seq 1 50); do
        xwininfo -root >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "no virtual X server answered on $display (see $1/xvfb.log)" >&2
    return 1
}

# Captures the whole screen into $1 and prints its colour count; fails when the capture looks blank.
screenshot_not_blank() {
    local colours
    import -window root "$1"
    colours=$(convert "$1" -format '%k' info:)
    echo "$colours"
    [ "$colours" -ge 16 ]
}

# Waits until a window's title contains $1 (a fixed string), or $2 seconds pass; prints the title.
wait_for_title() {
    local deadline=$(($(date +%s) + $2)) title
    while [ "$(date +%s)" -lt "$deadline" ]; do
        title=$(xwininfo -root -tree 2>/dev/null | grep -F -- "$1" | head -n 1 | sed 's/^[^"]*"\([^"]*\)".*/\1/')
        if [ -n "$title" ]; then
            echo "$title"
            return 0
        fi
        sleep 0.1
    done
    return 1
}
