# Sourced by the window tests: finds ovnscope's main window on $DISPLAY and waits for it to be painted.
# GTK maps a 10x10 leader window with the same title first, so a title match alone is not the main window.

# Prints the id of a viewable window titled ovnscope wider than 100 px; fails when there is none yet.
ovnscope_main_window() {
    local id info
    for id in $(xwininfo -root -tree 2>/dev/null | awk '/ "ovnscope": / {print $1}'); do
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
