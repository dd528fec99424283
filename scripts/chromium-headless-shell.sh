#!/bin/sh
# The browser the tests drive through chromedriver: Debian's
# chromium-headless-shell, Chromium's own engine (Blink and V8, the same
# build as the `chromium` package) without the desktop browser around it.
# A session starts in about a third of the CPU of the full browser, and the
# browser tests are most of what the suite costs on two cores.
#
# chromedriver passes its arguments as switches only, and the shell opens
# no page without a URL, so chromedriver would wait for a page forever:
# this wrapper gives it a blank one.
exec /usr/lib/chromium/chromium-headless-shell "$@" about:blank
