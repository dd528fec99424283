### Interfejs po polsku (Polish).
# A native speaker should review this file before an assembly relies on it:
# it was translated with care, but not by one.

language-name = Polski
language-direction = ltr
language-label = Język

## Shared: the codes every page renders

answer-yes = Tak
answer-no = Nie
answer-waffle = Unik
answer-absent = Nieobecność

kind-welcome = Powitanie
kind-roll_call = Sprawdzenie obecności
kind-testimony = Świadectwo
kind-ask = Postulat
kind-response = Odpowiedź
kind-pledge = Zobowiązanie
kind-speech = Przemówienie
kind-close = Zakończenie

phase-not_started = Wkrótce początek
phase-ended = Zgromadzenie się zakończyło
connection-reconnecting = Ponowne łączenie…



## Refusals: why a command was not done (refusal-<code>)

# Odmowy dla prowadzącego czyta się na jego tablecie i w klientach API;
# odmowy dla telefonu (od bad_device do pledge_closed, od too_many_changes
# do wrong_address) czyta uczestnik. Identyfikatory zostają w `backtickach`.
refusal-bad_command_id = `id` musi mieć od 1 do { $max } znaków; dla każdego polecenia użyj nowego losowego ciągu
refusal-not_started = zgromadzenie jeszcze się nie zaczęło: najpierw wyślij `start`
refusal-ended = zgromadzenie się zakończyło; `undo` otworzy je ponownie, jeśli `end` było pomyłką
refusal-already_running = zgromadzenie już trwa
refusal-cannot_restart = zgromadzenie się zakończyło; nie można go zacząć od nowa
refusal-last_item = to ostatni punkt: nie ma następnego; wyślij `end`, aby zamknąć zgromadzenie
refusal-first_item = to pierwszy punkt: nie ma nic przed nim
refusal-no_such_item = nie ma punktu { $item }: punkty są numerowane od 0 do { $last }
refusal-already_current = punkt { $item } jest już bieżącym punktem
refusal-already_paused = minutnik jest już wstrzymany
refusal-not_paused = minutnik nie jest wstrzymany
refusal-bad_extension = `seconds` musi mieścić się między -{ $max } a { $max } i nie może wynosić 0
refusal-below_zero = wtedy planowany czas punktu "{ $title }" byłby mniejszy od zera: z przedłużeniami zaplanowano { $left ->
    [one] { $left } sekundę
    [few] { $left } sekundy
    [many] { $left } sekund
   *[other] { $left } sekundy
}, więc można odjąć najwyżej { $left ->
    [one] { $left } sekundę
    [few] { $left } sekundy
    [many] { $left } sekund
   *[other] { $left } sekundy
}
refusal-no_such_ask = nie ma postulatu `{ $ask }`; { $n ->
    [0] plan nie ma postulatów
   *[other] postulaty to: { $asks }
}
refusal-not_put_to = postulat `{ $ask }` nie jest skierowany do `{ $holder }`; jest skierowany do: { $holders }
refusal-no_such_institution = nie ma instytucji `{ $institution }`; sprawdź identyfikator w planie
refusal-bad_turnout = `count` musi mieścić się między 0 a { $max }
refusal-no_such_pledge = nie ma zobowiązania `{ $pledge }`; { $n ->
    [0] plan nie ma zobowiązań
   *[other] zobowiązania to: { $pledges }
}
refusal-already_revealed = zobowiązanie `{ $pledge }` jest już odsłonięte
refusal-no_message = nie ma komunikatu do usunięcia
refusal-display_unchanged = ekran już to pokazuje; podaj `qr`, `timer` lub `turnout` z wartością true albo false
refusal-undo_exhausted = cofanie sięga tylko { $depth } ostatnich zmian prowadzącego, a wszystkie zostały już cofnięte; starszą zmianę wprowadź ponownie ręcznie (na przykład przez `goto`)
refusal-nothing_to_undo = nie ma czego cofnąć
refusal-control_character = { $field ->
    [note] notatka zawiera
   *[message] komunikat zawiera
} znak sterujący ({ $character }) na pozycji { $at }; usuń go i wyślij zwykły tekst (podziały wierszy i tabulatory są w porządku)
refusal-too_long = { $field ->
    [note] notatka ma
   *[message] komunikat ma
} { $length } znaków; skróć do { $max }
refusal-step_day_format = dzień kroku (`at`) trzeba zapisać jako YYYY-MM-DD, na przykład 2026-06-03, a nie "{ $text }"; jeśli to dzisiaj, pomiń dzień
refusal-step_not_a_day = dzień kroku (`at`), { $text }, nie istnieje w kalendarzu: sprawdź miesiąc (01 do 12) i dzień miesiąca
refusal-step_too_early = dzień kroku (`at`), { $text }, jest przed { $first }, najwcześniejszą datą, jaką może mieć krok: sprawdź rok
refusal-step_in_future = dzień kroku (`at`) to { $day }, a dziś jest { $today }: zapisz krok, gdy już się wydarzy, z datą dnia, w którym się wydarzył (jeśli to dzisiaj, pomiń dzień)
refusal-bad_device = nie udało się rozpoznać tego telefonu: odśwież stronę i spróbuj ponownie
refusal-unknown_group = grupy "{ $institution }" nie ma na liście; wybierz grupę z listy albo zamelduj się indywidualnie
refusal-unknown_pledge = tego zobowiązania nie ma na tym zgromadzeniu; odśwież stronę, aby zobaczyć otwarte zobowiązanie
refusal-not_checked_in = najpierw się zamelduj, potem możesz się zobowiązać
refusal-pledge_closed = to zobowiązanie nie jest teraz otwarte; możesz odpowiedzieć, gdy prowadzący je otworzy
refusal-too_many_changes = ten telefon wiele razy w krótkim czasie zmienił odpowiedź; odczekaj kilka sekund i spróbuj ponownie
refusal-too_many_phones = z tej sieci melduje się teraz bardzo wiele telefonów; odczekaj dziesięć sekund i spróbuj ponownie
refusal-bad_answer = odpowiedź musi brzmieć tak albo nie; odśwież stronę i dotknij Tak lub Nie
refusal-wrong_address = to musi pochodzić ze stron samego zgromadzenia; otwórz je z adresu serwera
refusal-unavailable = zgromadzenie nie może teraz niczego zapisać; spróbuj ponownie za minutę, a jeśli błąd się powtarza, powiedz organizatorowi
refusal-conflict = najpierw wprowadzono inną zmianę prowadzącego (widziałeś zmianę { $expected }, najnowsza zmiana to { $latest }); spójrz na aktualny stan i spróbuj ponownie, jeśli wciąż trzeba
refusal-stale_plan = ktoś inny zmienił plan, odkąd go otworzyłeś (zacząłeś od zmiany { $expected }, najnowsza zmiana planu to { $latest }); wczytaj plan ponownie, wprowadź swoją poprawkę jeszcze raz i zapisz
refusal-plan_locked = zapis odnosi się do tego, co ta zmiana usunęłaby lub przepisała ({ $n ->
    [one] { $n } problem
    [few] { $n } problemy
    [many] { $n } problemów
   *[other] { $n } problemu
}): { $reasons }; nic nie zostało zmienione
error-title = Nie wykonano
error-back = Wróć do strony zgromadzenia






## Phone: /join and the pledge






## Projector and timer: /screen and /stage






## Chair: /chair






## Report and exports: /report, assembly export
