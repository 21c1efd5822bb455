#!/usr/bin/env bash
# Takes the screenshots of docs/screenshots: the real window on a demo database, under a
# virtual display, every page in French (and a few in English), driven by its keyboard
# shortcuts as a user would. Needs a built `bilan` (argument 1, default build/src/app/bilan)
# and xvfb, xdotool and imagemagick (apt-get install xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
BILAN=$(realpath "${1:-build/src/app/bilan}")
OUT=$(realpath docs/screenshots)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
"$BILAN" demo --db "$WORK/demo.sqlite" >/dev/null

cat >"$WORK/drive.sh" <<'DRIVE'
#!/usr/bin/env bash
# Runs inside xvfb-run: opens the window, then one key sequence per screenshot.
set -euo pipefail
BILAN=$1 DB=$2 OUT=$3 LANGUAGE_CODE=$4
shift 4
"$BILAN" --db "$DB" &
PID=$!
for _ in $(seq 150); do
  WID=$(xdotool search --onlyvisible --class "bilan" 2>/dev/null | head -1 || true)
  [ -n "$WID" ] && break
  sleep 0.2
done
[ -n "$WID" ] || { echo "the window did not appear" >&2; kill "$PID"; exit 1; }
# No window manager under Xvfb: place the window and give it the keyboard by hand.
xdotool windowmove "$WID" 0 0 windowsize "$WID" ${WINDOW_SIZE:-1400 900}
sleep 1
xdotool windowfocus --sync "$WID"
sleep 0.5
while [ $# -gt 0 ]; do
  NAME=$1 KEYS=$2
  shift 2
  for KEY in $KEYS; do
    case "$KEY" in
      type:*) xdotool type --delay 40 "${KEY#type:}" ;;                    # e.g. type:Maxime
      click:*)                                                             # e.g. click:265,99
        POINT=${KEY#click:}
        xdotool mousemove "${POINT%,*}" "${POINT#*,}" click 1
        ;;
      *x[0-9]*) xdotool key --delay 30 --repeat "${KEY##*x}" "${KEY%x*}" ;; # e.g. alt+Leftx80
      *) xdotool key "$KEY" ;;
    esac
    sleep 0.4
  done
  sleep 1
  import -window root "$OUT/$NAME-$LANGUAGE_CODE.png"
  # Closes a dialog opened for the shot.
  case "$NAME" in import | preferences | export | connect)
    xdotool key Escape
    sleep 0.5
    xdotool windowfocus --sync "$WID"
    ;;
  esac
done
kill "$PID"
wait "$PID" 2>/dev/null || true
DRIVE
chmod +x "$WORK/drive.sh"

# shots LANG [NAME KEYS]...: on the demo database (DB=… another), at 1400×900 (SCREEN=1024x768
# and WINDOW_SIZE="1024 768" a small screen).
shots() {
  local lang=$1
  shift
  LANG="${lang}_CA.UTF-8" LC_ALL="${lang}_CA.UTF-8" LANGUAGE="$lang" \
    xvfb-run -a -s "-screen 0 ${SCREEN:-1400x900}x24" "$WORK/drive.sh" "$BILAN" "${DB:-$WORK/demo.sqlite}" "$OUT" "$lang" "$@"
}

# Ctrl+1 Hours, Ctrl+2 Board, Ctrl+3 Members, Ctrl+4 Experts, Ctrl+5 Finances, Ctrl+6 Development,
# Ctrl+7 Reports, Ctrl+8 Cooperative, Ctrl+9 Overview; Engagement, the tenth, has no key: a click
# on its name in the page list.
shots fr hours "ctrl+1 alt+x type:Maxime alt+d alt+Leftx88" board "ctrl+2 click:306,372 Return" mandates "ctrl+2 alt+m" members "ctrl+3 type:Shawinigan click:300,130" \
  experts "ctrl+4" finances "ctrl+5" development "ctrl+6" reports "ctrl+7 alt+c Down" cooperative "ctrl+8" overview "ctrl+9" \
  engagement "click:50,161" \
  import "ctrl+i" export "ctrl+e" preferences "ctrl+comma"
# File ▸ Connect to Server… (a click on File, then s: Alt+F is the Hours page's Field), filled in as a user would; the password shows as dots.
shots en hours "ctrl+1 alt+x type:Maxime alt+d alt+Leftx88" board "ctrl+2" reports "ctrl+7 alt+y Down" engagement "click:50,161" \
  connect "click:20,8 s type:db.coop-services.example Tab Tab type:bilan Tab type:marie Tab type:s3cret"
# A small screen, and a new empty database: the first-run checklist.
SCREEN=1024x768 WINDOW_SIZE="1024 768" shots fr small-hours "ctrl+1" small-members "ctrl+3"
# The History page, on a copy of the demo with an import (one event) and an entry added in the
# window on 2026-10-01, more than 30 days before: it is flagged late (typed in English, whose
# Alt letters these are, and without accents: xdotool cannot type them). The last page, reached by the View menu's last item.
cp "$WORK/demo.sqlite" "$WORK/history.sqlite"
printf 'date,expert,organisation,duration,field,note\n2026-10-01,Maxime Lachance,Réseau COOP,1:30,,Bilan de mi-année\n' >"$WORK/heures-octobre.csv"
"$BILAN" import --db "$WORK/history.sqlite" hours "$WORK/heures-octobre.csv" >/dev/null
DB="$WORK/history.sqlite" shots en history "ctrl+1 alt+d type:2026-10-01 alt+x type:Maxime alt+o type:Reseau space type:COOP alt+u type:1:30 Return alt+v Up Return"
DB="$WORK/history.sqlite" shots fr history "alt+a Up Return"
DB="$WORK/new.sqlite" shots fr first-run ""
DB="$WORK/new.sqlite" shots en first-run ""
ls "$OUT"
