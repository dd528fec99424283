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
kind-report_back = Report back

phase-not_started = Starting soon
phase-ended = The assembly has ended
connection-reconnecting = Reconnecting…
connection-hall = Reconnecting to the hall… What you see may be out of date, and check-ins wait until the link is back.

## Start page and pages not found

home-join = Check in and follow along
home-join-note = (attendees’ phones)
home-screen = Projector screen
home-stage = Speaker’s timer
home-poster = Printable poster with the QR code
home-report = The report
home-report-note = (the record, printable)
home-chair = Chair
home-chair-note = (needs the chair link printed at start)
home-setup = Set up the plan
home-setup-note = (the chair’s: edit it in the browser)
notfound-title = Not found
notfound-text = There is no page at this address.
notfound-home = Go to the start page



## Refusals: why a command was not done (refusal-<code>)

# The chair's refusals are read on the chair's tablet and by API clients;
# the phone's (bad_device to pledge_closed, too_many_changes to
# wrong_address) by an attendee. Ids stay in `backticks`.
refusal-bad_command_id = `id` must be 1 to { $max } characters; use a fresh random string per command
refusal-not_started = the assembly has not started yet: send `start` first
refusal-ended = the assembly has ended; `undo` reopens it if `end` was a mistake
refusal-already_running = the assembly is already running
refusal-cannot_restart = the assembly has ended; it cannot start again
refusal-last_item = this is the last item: there is no next one; send `end` to close the assembly
refusal-first_item = this is the first item: there is nothing before it
refusal-no_such_item = there is no item { $item }: items are numbered 0 to { $last }
refusal-already_current = item { $item } is already the current item
refusal-already_paused = the timer is already paused
refusal-not_paused = the timer is not paused
refusal-bad_extension = `seconds` must be between -{ $max } and { $max }, and not 0
refusal-below_zero = that would leave "{ $title }" a planned length below zero: it is planned for { $left ->
    [one] { $left } second
   *[other] { $left } seconds
} with extensions, so at most { $left ->
    [one] { $left } second
   *[other] { $left } seconds
} can be taken away
refusal-no_such_ask = there is no ask `{ $ask }`; { $n ->
    [0] the plan has no asks
   *[other] the asks are: { $asks }
}
refusal-not_put_to = ask `{ $ask }` is not put to `{ $holder }`; it is put to: { $holders }
refusal-no_such_institution = there is no institution `{ $institution }`; check the id in the plan
refusal-bad_turnout = `count` must be between 0 and { $max }
refusal-turnout_unlikely = { $count } for { $name } is { $promised ->
    [0] far above its { $phones } phones checked in, and it promised nothing
   *[other] more than three times the { $promised } it promised ({ $phones } phones checked in)
}; if the room really holds that many, send it again with `confirm` set to true
refusal-no_such_pledge = there is no pledge `{ $pledge }`; { $n ->
    [0] the plan has no pledges
   *[other] the pledges are: { $pledges }
}
refusal-already_revealed = pledge `{ $pledge }` is already revealed
refusal-no_message = there is no message to clear
refusal-display_unchanged = the screen already shows that; name `qr`, `timer` or `turnout` with true or false
refusal-undo_exhausted = undo reaches back only the last { $depth } chair changes, and they have all been undone; make any older change again by hand (for example with `goto`)
refusal-nothing_to_undo = there is nothing to undo
refusal-control_character = the { $field ->
    [note] note
    [public_note] public note
    [owner] owner
   *[message] message
} holds a control character ({ $character }) at character { $at }; take it out and send plain text (line breaks and tabs are fine)
refusal-too_long = the { $field ->
    [note] note
    [public_note] public note
    [owner] owner
   *[message] message
} is { $length } characters long; keep it to { $max }
refusal-step_day_format = the day of the step (`at`) must be written YYYY-MM-DD, such as 2026-06-03, not "{ $text }"; leave the day out for today
refusal-step_not_a_day = the day of the step (`at`), { $text }, is not a day in the calendar: check the month (01 to 12) and the day of the month
refusal-step_too_early = the day of the step (`at`), { $text }, is before { $first }, the earliest a step may be dated: check the year
refusal-due_day_format = the due day (`due`) must be written YYYY-MM-DD, such as 2026-09-30, not "{ $text }"; leave it empty for no due day
refusal-due_not_a_day = the due day (`due`), { $text }, is not a day in the calendar: check the month (01 to 12) and the day of the month
refusal-due_too_early = the due day (`due`), { $text }, is before { $first }, the earliest a day may be: check the year
refusal-not_earlier = the home's other assemblies hold no ask `{ $ask }` put to `{ $holder }` at assembly `{ $assembly }`: report back on a commitment the chair's page lists, or leave `assembly` out for this assembly's own
refusal-step_in_future = the day of the step (`at`) is { $day }, but today is { $today }: record a step once it has happened, dated the day it happened (leave the day out for today)
# The organiser's desk (follow-up): a step dated before the assembly.
refusal-step_before_assembly = the day of the step (`at`), { $day }, is before the assembly ({ $assembly }): check the year and the month, or confirm that the step was taken before the assembly
refusal-bad_device = this phone could not be recognised: reload the page and try again
refusal-unknown_group = the group "{ $institution }" is not on the list; pick one from the list, or check in on your own
refusal-unknown_pledge = that pledge is not part of this assembly; reload the page to see the pledge that is open
refusal-not_checked_in = check in first, then you can pledge
refusal-pledge_closed = this pledge is not open right now; you can answer it when the chair opens it
refusal-too_many_changes = this phone has changed its answer many times in a short while; wait a few seconds and try again
refusal-too_many_phones = a great many phones are checking in from this network right now; wait ten seconds and try again
refusal-bad_answer = the answer must be yes or no; reload the page and tap Yes or No
refusal-wrong_address = this must come from the assembly's own pages; open them from the server's address
refusal-unavailable = the assembly cannot record anything right now; try again in a minute, and tell an organiser if it keeps failing
refusal-reconnecting = this page has lost its link to the hall, so nothing was sent; try again in a moment
refusal-conflict = another chair change was made first; look at the fresh state and try again if still needed
refusal-stale_plan = the plan was changed by someone else since you opened it; reload the plan, make your edit again and save
refusal-plan_locked = the record refers to what this change would take away or rewrite ({ $n ->
    [one] { $n } problem
   *[other] { $n } problems
}): { $reasons }; nothing was changed
error-title = Not done
error-back = Back to the assembly page






## Phone: /join and the pledge

# The page's title; $title is the assembly's.
join-title = Check in: { $title }
join-refresh = Refresh to see the latest
join-hall-full = { $n ->
    [one] The hall is full online: { $n } phone is following live, so this page will not update by itself. Your check-in still counts: use the form below, and reload the page to see what is happening.
   *[other] The hall is full online: { $n } phones are following live, so this page will not update by itself. Your check-in still counts: use the form below, and reload the page to see what is happening.
}
# $name is the group's name, shown in bold.
join-checked-in-with = You are checked in with { $name }. Thank you for coming.
join-checked-in-alone = You are checked in on your own. Thank you for coming.
join-check-in-heading = Check in
join-search = Search for your group
join-who = Who did you come with?
join-own = On my own
join-check-in = Check in
join-change-group = Change my group
# $query is what the person typed.
join-no-match = No group matches “{ $query }”. Check the spelling, or choose On my own.
join-now-heading = Now
join-ended-thanks = Thank you for taking part. Below is every ask and how each power-holder answered: the alliance will follow each one up.
join-roll-call-heading = Roll call
# $n chooses the form; $count is the same number in bold; $promised a number.
join-announced = { $n ->
    [one] { $count } person announced from the floor, of { $promised } promised
   *[other] { $count } people announced from the floor, of { $promised } promised
}
# A hall where no institution promised a number: no "of 0 promised".
join-announced-unpromised = { $n ->
    [one] { $count } person announced from the floor
   *[other] { $count } people announced from the floor
}
join-group-announced = { $n ->
    [one] Your group, { $name }: { $count } person announced, of { $promised } promised
   *[other] Your group, { $name }: { $count } people announced, of { $promised } promised
}
join-group-waiting = Your group, { $name }: not announced yet ({ $promised } promised)
# On stage (issue 22): a group that promised no number.
join-group-announced-unpromised = Your group, { $name }: { $count } announced, no number promised
join-group-waiting-unpromised = Your group, { $name }: not announced yet (no number promised)
join-results-heading = Pledge results
# How many people pledged yes or no: $n chooses the form, $count is it in bold.
join-said-yes = { $count } said yes
join-said-no = { $count } said no
join-pledge-heading = Your pledge
join-yes = Yes
join-no = No
# $answer is the button pressed (join-yes or join-no), in bold.
join-answered = You answered { $answer }. You can change it while the pledge is open.
join-asks-heading = The asks
join-asks-heading-ended = What was asked, and the answers
join-not-yet = not yet
join-no-answer = no answer
join-order-heading = Running order
join-wrong-group = Checked in with the wrong group?
# $n chooses the form; $count is the same number in bold.
join-turnout = { $n ->
    [one] { $count } phone checked in so far. Each phone counts once.
   *[other] { $count } phones checked in so far. Each phone counts once.
}
join-turnout-ended = { $n ->
    [one] { $count } phone checked in. Each phone counts once.
   *[other] { $count } phones checked in. Each phone counts once.
}
join-failed = That did not work; try again.
join-poster-title = Poster: { $title }
join-poster-qr = QR code for the check-in page
join-poster-scan = Scan the code with your phone’s camera, or type the address.
join-poster-why = Check in with your group so we can count who came, and follow the asks live.
join-poster-why-pledge = Check in with your group so we can count who came, and follow the asks and the pledge live.
join-poster-print = Print this page (A4) for tables and seat backs.





## Projector and timer: /screen and /stage

screen-page-title = Screen: { $title }
screen-check-in = Check in
screen-scan = Scan to check in
screen-phones-label = { $n ->
    [one] phone checked in
   *[other] phones checked in
}
screen-kind-ask = The ask
screen-kind-close = Thank you
screen-welcome = Welcome: we start soon
screen-thanks = Thank you for coming.
screen-thanks-answers = Thank you for coming. What each power-holder answered:
screen-no-asks = No asks were put tonight.
screen-awaiting = Awaiting answer
screen-no-answer = No answer
screen-promised = { $announced } of { $promised } promised
# On stage (issue 22): a blank promise, and the end recap.
screen-announced = { $announced } announced
screen-not-promised = { $count } · not promised
screen-recap-turnout = Turnout: { $announced } of { $promised } promised
screen-recap-turnout-none = Turnout: { $announced }
screen-recap-pledge = { $yes } · { $no }
screen-answer-on-phone = Answer Yes or No on your phone
screen-page = page { $page } of { $pages }
stage-page-title = Timer: { $title }
stage-next = Next: { $title }
stage-paused = Paused
stage-over = Over time
stage-paused-over = Paused · over time
stage-wrap-up = Time to wrap up

## Livestream overlay: /overlay (the lower third OBS lays over the camera)

# The page's title; $title is the assembly's.
overlay-page-title = Livestream overlay: { $title }






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
# Pages drawn once: /chair, /stage, /screen and /overlay are drawn by their
# scripts; without JavaScript they say so instead.
page-noscript = This page needs JavaScript: turn it on in this browser's settings and reload the page.
stage-noscript = This timer needs JavaScript: turn it on in this browser's settings and reload the page.
# On stage (issue 22): pinned messages, Next on the last item, counts to confirm.
chair-pin = Keep after Next
chair-pinned = pinned
chair-next-end = End the assembly
chair-not-promised = not promised
chair-count-check = { $count } for { $name } ({ $promised ->
    [0] nothing promised, { $phones } phones checked in
   *[other] promised { $promised }
})?
chair-count-show = Show it
chair-count-fix = Fix it
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

report-title = Report: { $title }
report-eyebrow-public = Accountability assembly: the public record
report-eyebrow-chair = Accountability assembly: the full record
report-zone = Times are { $zone }.
report-venue = Venue
report-planned-start = Planned start
report-date = Date
report-started = Started
report-ended = Ended
report-status = Status
report-not-started = Not started yet
report-in-progress = In progress (reload for the latest)
report-as-of = Record as of
report-access-public = This is the public record: what the projector could show, and where each commitment stands since. Notes (on answers and on follow-up steps), replaced answers and pledge tallies not yet revealed are in the full record, open to the chair.
report-access-chair = This is the full record, with the chair's notes, replaced answers, notes on follow-up steps and every pledge tally: share it only with the organisers.
report-downloads = Download the record
report-export-record-json = everything in this report, for other programs
report-export-responses-csv = one row per answer
report-export-turnout-csv = one row per institution
report-export-timings-csv = one row per item of the running order
report-export-follow-ups-csv = one row per commitment: the chase list, with where each stands
report-export-record-xlsx = the running order, turnout, answers, pledges and follow-ups as one spreadsheet
report-footer = Made with assembly.
report-scorecard = Scorecard
report-holder = Power-holder
report-answer = Answer
report-note = Note
report-when = When
report-follow-up = Follow-up
report-no-answer = No answer
report-reported-heading = Reported back at this assembly
report-reported-intro = Power-holders back on stage said where their commitments from the alliance's earlier assemblies stand.
report-reported-commitment = Commitment
report-reported-said = Said on stage
report-reported-on = Day
report-replaced = Replaced during negotiation: { $answers }
report-answer-at = { $answer } at { $time }
report-follow-up-heading = Follow-up: where each commitment stands
report-follow-up-intro = Every ask put to every power-holder, whatever they answered on the night (or if they never answered), by where it stands now. The date is the day of its latest step.
report-by-status = Commitments by status
report-record-step = Record a step on the follow-up page
report-none = None.
report-ask = Ask
report-answer-night = Answer on the night
report-latest-step = Latest step
report-history = History
report-no-step = No step yet
report-recorded = (recorded { $when })
report-owner = Owner
report-due = Due
report-overdue = Overdue
report-not-set = Not set
report-turnout = Turnout
report-institution = Institution
report-promised = Promised
report-announced = Announced
report-phones = Phones checked in
report-total = Total
report-on-own = { $total } ({ $n } on their own)
report-turnout-chart = Turnout per institution: promised, announced and phones checked in
report-turnout-caption = Outlined bar: promised. Solid bar: announced at the roll call. Thin bar: phones checked in.
report-running-order = Running order: planned against actual
report-item = Item
report-planned = Planned
report-actual = Actual
report-difference = Difference
report-not-reached = not reached
report-timing-chart = Planned and actual length of each item
report-timing-caption = Outlined bar: planned length. Solid line: actual running time (red where it ran over).
report-drift-ended = Planned { $planned }; ran { $ran } ({ $whole }{ $why }).
report-drift-running = Planned { $planned }; at this pace it runs { $ran } ({ $whole }{ $why }).
report-drift-why = : { $parts }
report-over = { $time } over
report-under = { $time } under
report-on-time = on time
report-drift-items = the items ran { $by }
report-drift-items-so-far = so far the items ran { $by }
report-drift-skipped = { $n ->
    [one] { $n } item ({ $time } planned) was not reached
   *[other] { $n } items ({ $time } planned) were not reached
}
report-drift-paused = the assembly was paused for { $time }
report-list-more = { $head }, { $next }
report-list-last = { $head } and { $last }
report-pledges = Audience pledges
report-pledge = Pledge
report-not-revealed = not revealed
report-one-per-phone = One answer per checked-in phone.
report-plan-changes = Changes to the plan
report-plan-changes-intro = The running order above is the plan as it is now; these are its changes since the record began, each with the last change that made it.
report-day = { $day } { $month } { $year }
report-date-long = { $weekday } { $day } { $month } { $year }
report-day-time = { $day }, { $time }
report-month-1 = January
report-month-2 = February
report-month-3 = March
report-month-4 = April
report-month-5 = May
report-month-6 = June
report-month-7 = July
report-month-8 = August
report-month-9 = September
report-month-10 = October
report-month-11 = November
report-month-12 = December
report-weekday-1 = Monday
report-weekday-2 = Tuesday
report-weekday-3 = Wednesday
report-weekday-4 = Thursday
report-weekday-5 = Friday
report-weekday-6 = Saturday
report-weekday-7 = Sunday

# The record and the report (h22-record): lengths the chair set, blank
# promises, plan changes in plain words, the workbook's steps sheet.
report-set-length = planned { $planned }, set to { $set }, ran { $ran }: { $by }
report-drift-set-shorter = the chair set the items { $time } shorter
report-drift-set-longer = the chair set the items { $time } longer
report-timing-set-caption = Dashed line: the length the chair set with +1/-1 min.
report-not-promised = not promised
report-change-at = { $when }: { $change }
report-change-renamed = renamed { $from } to { $to }
report-change-edited = { $entry }: { $field } changed from “{ $from }” to “{ $to }”
report-change-set = { $entry }: { $field } set to “{ $to }”
report-change-cleared = { $entry }: { $field } cleared
report-change-added = added { $part } “{ $name }”
report-change-removed = removed { $part } “{ $name }”
report-change-moved = moved “{ $name }” from position { $from } to { $to }
report-part-assembly = the assembly
report-part-institution = the institution
report-part-power_holder = the power-holder
report-part-ask = the ask
report-part-pledge = the pledge
report-part-item = the item
report-field-title = title
report-field-name = name
report-field-venue = venue
report-field-starts = start
report-field-timezone = time zone
report-field-promised = promised turnout
report-field-role = role
report-field-text = text
report-field-to = put to
report-field-kind = kind
report-field-duration = length
report-field-lead = lead
report-field-notes = chair’s notes
export-set-length = Set by the chair
export-id = Id
export-sheet-steps = Follow-up steps
export-commitment = Commitment
followup-not_started = Not started
followup-in_progress = In progress
followup-achieved = Achieved
followup-broken = Broken
export-sheet-running-order = Running order
export-sheet-turnout = Turnout
export-sheet-answers = Answers
export-sheet-pledges = Pledges
export-sheet-follow-ups = Follow-ups
export-kind = Kind
export-lead = Lead
export-over-under = Over (+) / under (-) seconds
export-visits = Visits
export-started-in = Started ({ $zone })
export-ended-in = Ended ({ $zone })
export-chair-notes = Chair notes
export-ask-title = Ask title
export-holder = Holder
export-holder-name = Holder name
export-answered-in = Answered at ({ $zone })
export-note-for-chair = Note for chair
export-earlier = Earlier answers
export-text = Text
export-revealed = Revealed
export-status = Status
export-status-since = Status since
export-steps = Steps
export-latest-note = Latest note

## The desk: every assembly of an alliance's home
desk-title = Desk: your assemblies
desk-heading = Your assemblies
desk-made = { $title } is made. Go live with it to set it up.
desk-went-live = { $title } is live: the chair, projector and phones now show it.
desk-none-live = No assembly is live. Go live with one below: the chair, the projector and the phones will show it.
desk-live = Live now: { $title }
desk-chair-link = The chair's link (private: it steers the assembly; send it only to the chair):
desk-open-chair = Chair
desk-open-setup = Set up the plan
desk-open-import = Import a spreadsheet
desk-open-follow-up = Follow up commitments
desk-open-screen = Projector
desk-open-stage = Speaker's timer
desk-open-poster = Poster with the QR code
desk-open-report = Report
desk-every = Every assembly
desk-empty = There is no assembly here yet: make the first one below.
desk-day = Day
desk-no-day = not set yet
desk-venue = Venue
desk-stage = Stage
desk-stage-planned = Planned
desk-stage-live = Live
desk-stage-unfinished = Started, not ended
desk-stage-ended = Ended
desk-turnout = Turnout
desk-came = { $came } came of { $promised } promised
desk-commitments = Commitments
desk-asked = { $asked } asked, { $yes } said yes
desk-by-status = { $achieved } achieved, { $progress } in progress, { $waiting } not started, { $broken } broken
desk-is-live = Live on this server now.
desk-row-follow-up = Its commitments
desk-row-report = Its report
desk-go-live = Go live
desk-go-live-setup = Go live and set up
desk-go-live-import = Go live and import a spreadsheet
desk-new = New assembly
desk-new-title = Title
desk-new-day = Day it is held (optional)
desk-new-venue = Venue (optional)
desk-new-from = Start from
desk-new-blank = A blank plan
desk-new-same = The institutions and power-holders of { $title } { $day }
desk-new-make = Make the assembly
desk-home-heading = Where everything is kept
desk-home = Every assembly is a folder in { $dir }. To back them all up, copy that folder (with the desk stopped, or copy it again after the night).
desk-key = The key that opens this desk is kept there too: { $command } prints it and this desk's link.
desk-nothing-title = No assembly is live
desk-nothing-heading = No assembly is live yet
desk-nothing-text = The organisers have not started tonight's assembly on this server yet. Try again in a moment.
desk-nothing-desk = Organisers: open the desk
desk-locked-title = Desk: key needed
desk-locked-text = The desk is for the alliance's organisers. Open the link the server printed when it started, or run { $command } on the machine that keeps the assemblies.
desk-braked = Too many wrong keys from this network. Try again in { $minutes } minutes with the desk's link.
desk-cross-site-title = Refused
desk-cross-site = This change did not come from the desk's own page. Open the desk and do it there.
desk-confirm-title = Stop the assembly under way?
desk-confirm-text = { $title } is under way. Going live with another assembly stops it for the chair, the projector and every phone (its record is kept and it can go live again).
desk-confirm-yes = Yes, go live with the other one
desk-confirm-no = No, back to the desk
desk-follow-link = Every commitment of every assembly
desk-follow-title = Desk: every commitment
desk-follow-heading = Every commitment
desk-follow-back = Back to the desk
desk-follow-holder = Power-holder
desk-follow-assembly = Assembly
desk-follow-answer = Answer on the night
desk-follow-status = Where it stands
desk-follow-all = All
desk-follow-no-answer = No answer
desk-follow-no-step = No follow-up step yet
desk-follow-no-owner = Nobody yet
desk-follow-show = Show
desk-follow-count = { $shown } of { $total } commitments
desk-follow-at = Asked at
desk-follow-said = Said on the night
desk-follow-now = Now
desk-follow-since = since { $day }
desk-follow-record = Record a step
export-owner = Owner
export-due = Due
export-overdue = Overdue
export-public-note = Public note
export-latest-public-note = Latest public note
desk-follow-overdue-only = Overdue only
desk-follow-overdue = Overdue
desk-follow-owner = Chased by
desk-follow-due = Due
desk-publish = Publish the scorecard (a .zip of the public site)
desk-follow-saved = The step is saved.
desk-follow-day = Day it happened (empty: today)
desk-follow-public-note = Public note (published on the report and the scorecard)
desk-follow-private-note = Private note (organisers only, never published)
desk-follow-save = Save the step
desk-follow-open-live = Open this assembly's follow-up page

## A report-back: what a power-holder was asked at the home's earlier assemblies
recall-heading = What { $name } was asked before
recall-when = { $day } · { $title }
recall-none = No commitment of { $name } is in this home's earlier assemblies.
recall-said = answered { $answer }
recall-unanswered = no answer on the night
recall-now = now: { $status }
recall-not-chased = not chased yet
chair-recall-note-placeholder = Public note (optional)
chair-recall-note-label = Public note on “{ $ask }”
chair-recall-status-of = Where “{ $ask }” stands now
chair-recall-recorded = Recorded: “{ $ask }” is { $status }
chair-recall-said-here = said tonight
chair-cmd-report-back = { $name } reporting back

## The published scorecard (`assembly publish`)
publish-title = Scorecard: who said yes, and what they did
publish-intro = Every commitment power-holders made in public at the alliance's assemblies, and where each stands now.
publish-holders = Power-holders
publish-asked = Asked
publish-said-yes = Said yes
publish-overdue = Overdue
publish-assemblies = Assemblies
publish-json = The same data as JSON
publish-all-holders = All power-holders
publish-holder-title = { $name }: commitments
publish-counts = { $asked } asked, { $yes } said yes, { $achieved } achieved, { $broken } broken, { $overdue } overdue.
publish-asked-at = Asked at
publish-now = Now
publish-chased-by = Chased by
publish-steps = Steps
publish-no-step = no step yet
publish-overdue-tag = overdue
publish-languages = Languages

## The report-back item an assembly made from an earlier one starts with
plan-reports-back = { $name } reports back
