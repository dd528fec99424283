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
report-plan-changes-intro = The running order above is the plan as it is now; these changes were made to it, in order.
report-change = (change { $seq })
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
export-name = Name
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
