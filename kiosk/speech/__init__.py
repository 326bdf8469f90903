"""Audio guidance: the kiosk read aloud, in the visitor's language, through QtTextToSpeech.

Speech is a view like the screens (DESIGN.md section 10). Its parts:

* `engine`: one `QTextToSpeech` (Speech Dispatcher on Linux, SAPI/WinRT on Windows, the
  system's voices on macOS; Qt's ``mock`` engine in tests), a voice per language, rate and
  volume, and interruption: a new utterance never waits behind a stale one. The
  `QTextToSpeech` object itself works in a thread of its own (`voice_thread`), so a slow
  engine never stalls the screen.
* `voices`: which voice serves which language, and which languages have none.
* `narrator` and `phrasebook`: what is said, as translated sentences (pure functions of what
  the screen shows; typed text is never read aloud unless the kiosk is set to allow it).
* `guidance`: the on/off state and what is said when; `keypad`, `touch`, `hold` and `outputs`
  are the ways a visitor drives it without sight.
* `screen`: the small protocol a screen implements so that speech can read it.

Nothing here imports the API client, the delivery layer or the controllers.
"""
