### The interface in English: the source every other catalogue translates.
# Adding a language: copy this file to <code>.ftl (the language's ISO 639
# code), translate every message, and set language-name and
# language-direction. Keep each message's id and variables ($n, $name).
# Plurals: give the categories the language has (Welsh and Arabic: zero,
# one, two, few, many, other; Polish: one, few, many, other).

language-name = English
language-direction = ltr
language-label = Language

## Shared: the codes every page renders

answer-yes = Yes
answer-no = No
answer-waffle = Waffle
answer-absent = Absent

kind-welcome = Welcome
kind-roll_call = Roll call
kind-testimony = Testimony
kind-ask = Ask
kind-response = Response
kind-pledge = Pledge
kind-speech = Speech
kind-close = Close

phase-not_started = Starting soon
phase-ended = The assembly has ended
connection-reconnecting = Reconnecting…



## Refusals: why a command was not done (refusal-<code>)






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair

chair-page-title = Chair: { $title }
chair-language-change = Change
chair-nav-label = Other pages
chair-nav-screen = Screen
chair-nav-timer = Timer
chair-nav-record = Record
chair-nav-follow-up = Follow-up
chair-nav-plan = Plan
chair-now = Now
chair-phase-not-started = Not started
chair-phase-ended = Ended
chair-phase-item = Item { $n } of { $total }
chair-start = Start the assembly
chair-back = ◀ Back
chair-next = Next ▶
chair-pause = Pause
chair-resume = Resume
chair-extend-more = +{ $n } min
chair-extend-less = −{ $n } min
chair-undo = Undo
chair-end = End
chair-end-confirm = End the assembly? (Undo can reopen it.)
chair-upnext = Next: { $title }
chair-last-item = — (last item)
chair-notes-heading = Your notes
chair-no-notes = No notes for this item.
chair-messages-heading = Messages
chair-presets-label = Show at once to the speaker
# Sent to the speaker as written, in the stage's language.
chair-preset-wrap-up = Wrap up
chair-preset-minute = 1 minute
chair-preset-speak-up = Speak up
chair-preset-time = Time
chair-to-speaker = To the speaker
chair-to-speaker-example = e.g. Please wrap up
chair-on-screen = On the screen
chair-on-screen-example = e.g. Please take your seats
chair-show = Show
chair-clear = Clear
chair-speaker-sees = Speaker sees: { $text }
chair-screen-shows = Screen shows: { $text }
chair-nothing = nothing
chair-quoted = “{ $text }”
chair-display-heading = Projector shows
chair-display-qr = QR code
chair-display-timer = Timer
chair-display-turnout = Turnout
chair-order-heading = Running order
chair-go = Go
chair-on-time = on time
chair-behind = { $time } behind
chair-ahead = { $time } ahead
chair-finish = the assembly ends about { $at } at this pace
chair-finish-planned = the assembly ends about { $at } at this pace (planned { $planned })
chair-paused = paused
# Between parts of one line: "on time · the assembly ends about 21:30".
chair-separator = { " · " }
chair-ended-at = Ended at { $at }
chair-planned-length = Planned length of the whole assembly { $time }
chair-ready = Ready
chair-ready-hint = Tap Start when the hall is ready. The clock starts with the first item.
chair-ask-heading = Ask: { $title }
chair-answer-of = Answer of { $name }
chair-note-placeholder = Note (optional)
chair-note-label = Note with { $name }’s answer, sent with the next answer tapped
chair-holder-now = now: { $answer }
chair-no-answer-yet = no answer yet
chair-replaced-earlier = replaced { $answers }
chair-col-institution = Institution
chair-col-promised = Promised
chair-col-phones = Phones
chair-col-announced = Announced
chair-col-count = Count from the floor
chair-total = Total
chair-set = Set
chair-set-count = Set the count for { $name }
chair-count-range = Enter a count from 0 to { $max } for { $name }.
chair-rollcall-summary = Announced { $announced } of { $promised } promised · { $phones ->
    [one] { $phones } phone
   *[other] { $phones } phones
} checked in
chair-pledge-heading = Audience pledge
chair-reveal = Reveal on the screen
chair-tally-shown = Yes { $yes } · No { $no } · shown on the screen
chair-tally-hidden = Yes { $yes } · No { $no } · not shown yet
chair-led-by = Led by { $name }
# What a command is, in notices: "Next will be sent ...".
chair-cmd-start = Start
chair-cmd-next = Next
chair-cmd-back = Back
chair-cmd-goto = Go to “{ $title }”
chair-cmd-respond = { $answer } from { $name }
chair-cmd-turnout = the count for { $name }
chair-cmd-reveal = Reveal
chair-cmd-message-stage = the message to the speaker
chair-cmd-message-screen = the message to the screen
chair-cmd-clear-stage = Clear (speaker)
chair-cmd-clear-screen = Clear (screen)
chair-cmd-display = the projector setting
chair-still-sending = Still sending { $first }: tap { $what } again in a moment.
chair-queued = Not connected: { $what } will be sent when the connection is back (within { $seconds } s), or you will be told it was not.
chair-failed = { $what } did not work.
chair-failed-unknown = That did not work.
chair-went-through = { $what } went through before the connection dropped.
chair-moved-on = { $what } was not sent: the connection dropped and the assembly moved on. Tap again if you still want it.
chair-stale = Another chair device changed this first. You now see the latest state; nothing was applied twice. Tap again if you still want it.
chair-not-sent = { $n ->
    [one] { $what } was not sent: the connection dropped. Tap again if you still want it.
   *[other] { $what } were not sent: the connection dropped. Tap again if you still want it.
}
chair-no-reply = { $what } got no answer. Check the running order before tapping again.
chair-offline = Not connected: reconnecting…
chair-offline-pending = Not connected: reconnecting… { $what } will be sent again when the connection is back.
chair-replaced = Replaced { $before } with { $after } for { $name }.
chair-recorded-note = { $answer } from { $name }, with the note, recorded.
chair-undid = Undid: { $what }
chair-undid-move = { $what } (back to “{ $title }”)
chair-undid-move-start = { $what } (back to before the start)
chair-undid-end = End (back to “{ $title }”)
chair-undid-answer = { $answer } from { $name } (back to { $before })
chair-undid-turnout = { $n } for { $name }
chair-undid-message-stage = the message to the speaker “{ $text }”
chair-undid-message-screen = the message to the screen “{ $text }”
chair-undid-display = projector { $what } { $shown ->
    [yes] on
   *[no] off
}
chair-undid-reveal = Reveal of the pledge tally
chair-undid-other = the last change
chair-braked-title = Chair: too many wrong keys
chair-braked-heading = Too many wrong chair keys
chair-braked-text = Too many wrong chair keys came from this network, so chair keys from it are not checked for the next { $minutes } min. Then open the chair link the server printed when it started again.
chair-locked-title = Chair: key needed
chair-locked-heading = This is the chair's page
chair-locked-text = It needs the chair link the server printed when it started: it ends in { $link }. Scan its QR code in the server's terminal, or copy the link from there. The key is also kept in the data dir.
chair-locked-others = Everyone else: { $link }.
chair-locked-join = check in and follow { $title }





## Report and exports: /report, assembly export
