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
   *[message] message
} holds a control character ({ $character }) at character { $at }; take it out and send plain text (line breaks and tabs are fine)
refusal-too_long = the { $field ->
    [note] note
   *[message] message
} is { $length } characters long; keep it to { $max }
refusal-step_day_format = the day of the step (`at`) must be written YYYY-MM-DD, such as 2026-06-03, not "{ $text }"; leave the day out for today
refusal-step_not_a_day = the day of the step (`at`), { $text }, is not a day in the calendar: check the month (01 to 12) and the day of the month
refusal-step_too_early = the day of the step (`at`), { $text }, is before { $first }, the earliest a step may be dated: check the year
refusal-step_in_future = the day of the step (`at`) is { $day }, but today is { $today }: record a step once it has happened, dated the day it happened (leave the day out for today)
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
refusal-conflict = another chair change was made first (you saw change { $expected }, the latest chair change is { $latest }); look at the fresh state and try again if still needed
refusal-stale_plan = the plan was changed by someone else since you opened it (you started from change { $expected }, the plan's latest change is { $latest }); reload the plan, make your edit again and save
refusal-plan_locked = the record refers to what this change would take away or rewrite ({ $n ->
    [one] { $n } problem
   *[other] { $n } problems
}): { $reasons }; nothing was changed
error-title = Not done
error-back = Back to the assembly page






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
